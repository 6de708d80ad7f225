package io.facetwire.extract;

import java.util.Set;

/**
 * A North American broadcaster's call sign with its band: "WJTC-TV", "KHJ-TV", "WOR-TV", "WRAZ-TV" (session 14). The
 * station is an organisation (LABELLING.md: media outlets) that no word of a run names: its letters are no known
 * acronym, and "TV" alone ends no name ("US TV", "Mobile TV" are no outlets). Only the shape of a call sign, three
 * or four capitals starting with K or W, joined by a hyphen to TV, FM or AM.
 */
final class CallSigns {

  private CallSigns() {
  }

  private static final Set<String> BANDS = Lookups.setOf("tv", "fm", "am");

  /** The band's token when a call sign starts at token i ("WJTC" of "WJTC-TV"), else -1. */
  static int end(Tokens t, int i) {
    int band = i + 1;
    // The tokens' flags first (asked for every token of the organisation step), then the word's letters.
    if (band >= t.size || !t.has(i, Tokens.ALL_CAPS) || t.has(i, Tokens.SHOUT) || t.has(i, Tokens.DIGIT)
        || !t.has(band, Tokens.HYPHEN_BEFORE)) {
      return -1;
    }
    String w = t.text[i];
    if (w.length() < 3 || w.length() > 4 || w.charAt(0) != 'K' && w.charAt(0) != 'W' || !BANDS.contains(t.lower[band])) {
      return -1;
    }
    return band;
  }
}
