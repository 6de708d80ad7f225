package io.facetwire.extract;

import java.util.Set;

/**
 * A Burmese name: no given name and surname, a run of one-syllable words from a small stock ("Kyaw Thu Ya", "Tin Aung
 * San", "Win Myint"). Asked where "U" (the Burmese "Mr") may open a name: the English "U" opens no name ("U Turn",
 * "U Mobile"), so every word after it must be such a syllable (session 47, news42's development half).
 */
final class BurmeseNames {

  /** The syllables Burmese names are built of, as English-language news spells them. */
  private static final Set<String> SYLLABLES = Lookups.setOf("aung", "aye", "ba", "chit", "han", "hla", "hlaing",
      "htay", "htet", "htin", "htun", "htut", "khin", "khine", "kyaw", "kyi", "kyaing", "lin", "lwin", "ma", "maung",
      "min", "mya", "myat", "myint", "myo", "naing", "nay", "ne", "nu", "nyan", "nyein", "nyi", "nyo", "nyunt", "oo",
      "phyo", "pyae", "san", "sein", "shwe", "soe", "suu", "than", "thant", "thaung", "thein", "thet", "thi", "thu",
      "thura", "tin", "tint", "tun", "wai", "win", "ya", "yan", "ye", "yin", "zaw", "zin", "zeya", "ko", "moe", "hein",
      "kyu", "mg", "myaing", "ohn", "pe", "sann", "sit", "swe", "tha", "thawda", "wunna", "yi");

  private BurmeseNames() {}

  /** True if every word of tokens [from, to] is a Burmese name's syllable, written with its capital. */
  static boolean at(Tokens t, int from, int to) {
    for (int k = from; k <= to; k++) {
      if (!t.has(k, Tokens.CAP) || t.has(k, Tokens.BREAK_BEFORE) || !SYLLABLES.contains(t.lower[k])) {
        return false;
      }
    }
    return true;
  }
}
