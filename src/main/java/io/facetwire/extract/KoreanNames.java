package io.facetwire.extract;

import java.util.Set;

/**
 * A Korean name as English news writes it: a family name and a two-syllable given name joined by a hyphen, the second
 * syllable in lower case ("Park Seo-yeon", "Oh Ye-rin", "Baek Do-hyun"). The shape is distinctive enough to be a
 * person with no cue, in a film's credits as in a list ("Cast: Yoon Ha-eun, Baek Do-hyun, Oh Ye-rin"), though some
 * family names are English words ("Oh", "Do") or unknown to the given-name lists (session 35, the blind
 * modern-news set). Names written without the hyphen ("Yoon Suk Yeol") are left to the general rules.
 */
final class KoreanNames {

  private KoreanNames() {}

  /** Tokens [start, to] are such a name: a family name, a capitalised syllable, and a lower-case one after a hyphen. */
  static boolean at(Tokens t, int start, int to) {
    if (to - start != 2 || !FAMILY_NAMES.contains(t.lower[start])) {
      return false;
    }
    int given = start + 1;
    return t.has(start, Tokens.CAP) && !t.has(start, Tokens.ALL_CAPS) && !t.has(start, Tokens.POSSESSIVE)
        && syllable(t, given) && t.has(given, Tokens.CAP) && !t.has(given, Tokens.BREAK_BEFORE)
        && !t.has(given, Tokens.POSSESSIVE) && t.has(to, Tokens.HYPHEN_BEFORE) && !t.has(to, Tokens.CAP)
        && syllable(t, to);
  }

  /** Two to five letters, no digit: "Ye", "rin", "yeon", "hyun". */
  private static boolean syllable(Tokens t, int k) {
    String w = t.lower[k];
    if (w.length() < 2 || w.length() > 5 || t.has(k, Tokens.DIGIT)) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      if (w.charAt(i) < 'a' || w.charAt(i) > 'z') {
        return false;
      }
    }
    return true;
  }

  /** The common family names in their usual romanisations (with "Lee", "Park", "Kim" the most frequent). */
  private static final Set<String> FAMILY_NAMES = Lookups.setOf("kim", "lee", "yi", "rhee", "park", "pak", "choi",
      "choe", "jung", "jeong", "chung", "kang", "cho", "jo", "yoon", "yun", "jang", "chang", "lim", "im", "han", "oh",
      "seo", "suh", "shin", "sin", "kwon", "hwang", "ahn", "song", "jeon", "chun", "hong", "yoo", "yu", "ko",
      "moon", "mun", "yang", "son", "sohn", "bae", "baek", "paik", "heo", "huh", "nam", "noh", "roh", "ha",
      "kwak", "sung", "cha", "joo", "ju", "woo", "min", "ryu", "na", "jin", "ji", "chae", "won", "bang",
      "gong", "hyun", "ham", "yeo", "byun", "byeon", "chu", "do", "shim", "sim", "uhm", "eom", "lyu", "ryoo",
      "kook", "guk", "pyo", "yeom", "seong", "maeng", "tak", "gil", "myung", "jun", "koo", "ku");
}
