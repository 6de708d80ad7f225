package io.facetwire.extract;

/**
 * "CSR has agreed to sell its &lt;Delhi Australia Fund&gt; ... the Delhi interest ... the sale of Delhi": a capital
 * that opens a firm's name in the wire's angle brackets is that firm's short name wherever the article writes it
 * alone (session 35, test32: India was counted for an Australian oil fund). The country still counts where any
 * other word of it is counted ("India", "Indian", another city). Not thread-safe: one per call.
 */
final class CapitalsNamingFirms {

  /** Countries whose capital opened a firm's mark; null until one did (most articles have none). */
  private java.util.BitSet countries;
  /** The capitals' words, lower case, as the marks wrote them. */
  private java.util.Set<String> words;

  /** Tokens [start, end) are a capital that opens a firm's mark of more than the capital ("&lt;Delhi Petroleum"). */
  void noteIfOpensAFirm(Tokens t, int start, int end, CountryGazetteer.Entry match) {
    if (match.kind() != CountryGazetteer.Kind.CAPITAL || !t.has(start, Tokens.MARK_BEFORE) || end >= t.size
        || !t.has(end, Tokens.IN_MARK)) {
      return;
    }
    if (countries == null) {
      countries = new java.util.BitSet();
      words = new java.util.HashSet<>(2);
    }
    countries.set(match.country());
    words.add(phrase(t, start, end));
  }

  /** Drops each noted country whose every counted mention is the capital the firm is named for. */
  void drop(Tokens t, byte[] state) {
    if (countries == null) {
      return;
    }
    java.util.BitSet otherwise = new java.util.BitSet();
    for (int m = 0; m < t.countryMentionCount; m++) {
      t.steps++;
      int c = t.countryMentions[m * 3 + 2];
      int start = t.countryMentions[m * 3];
      if (countries.get(c) && !t.has(start, Tokens.DATELINE) && !words.contains(phrase(t, start, t.countryMentions[m * 3 + 1]))) {
        otherwise.set(c);
      }
    }
    for (int c = countries.nextSetBit(0); c >= 0; c = countries.nextSetBit(c + 1)) {
      if (!otherwise.get(c)) {
        state[c] = 0;
      }
    }
  }

  private static String phrase(Tokens t, int start, int end) {
    return end - start == 1 ? t.lower[start] : String.join(" ", java.util.Arrays.copyOfRange(t.lower, start, end));
  }
}
