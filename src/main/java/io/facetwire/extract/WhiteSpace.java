package io.facetwire.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * White space as the regular expression {@code \s} reads it (ASCII white space only), for the look-ups that run once
 * per person of every article: {@code String.split("\\s+")} and {@code replaceAll("\\s+", " ")} compiled their
 * expression on every call (session 22), so the gazetteer and the known-persons list split and join here by hand.
 */
final class WhiteSpace {

  private WhiteSpace() {
  }

  /** True for a char {@code \s} matches. */
  static boolean is(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** The index of the first white space at or after {@code from}, or -1. */
  static int indexOf(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      if (is(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /** The words of a stripped text, as {@code split("\\s+")} gives them. */
  static String[] split(String stripped) {
    List<String> words = new ArrayList<>(4);
    int from = 0;
    for (int gap = indexOf(stripped, 0); gap >= 0; gap = indexOf(stripped, from)) {
      if (gap > from) {
        words.add(stripped.substring(from, gap));
      }
      from = gap + 1;
    }
    words.add(stripped.substring(from)); // a stripped text ends with no white space
    return words.toArray(new String[0]);
  }

  /**
   * Every run of white space as one space, as {@code replaceAll("\\s+", " ")} gives it; the text itself when its
   * words are split by single spaces already (most names).
   */
  static String collapse(String s) {
    StringBuilder b = null;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (!is(c)) {
        if (b != null) {
          b.append(c);
        }
        continue;
      }
      int end = i + 1;
      while (end < n && is(s.charAt(end))) {
        end++;
      }
      if (b == null && (c != ' ' || end > i + 1)) {
        b = new StringBuilder(n).append(s, 0, i); // the first run that is not one space already
      }
      if (b != null) {
        b.append(' ');
      }
      i = end - 1;
    }
    return b == null ? s : b.toString();
  }
}
