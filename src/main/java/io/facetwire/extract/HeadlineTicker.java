package io.facetwire.extract;

import java.util.Locale;

/**
 * A wire headline in capitals read up to its first mark in angle brackets (written "&lt;" or escaped "&amp;lt;"):
 * "GREAT AMERICAN BANCORP &lt;GRTB&gt; 4TH QTR NET" has "GREAT AMERICAN BANCORP" before a ticker, "&lt;DUNLOP
 * MALAYSIAN INDUSTRIES BHD&gt; ..." a firm's whole name in the brackets. The organisation facet takes the company from
 * it ({@link HeadlineCompanies}), the country facet keeps the firm's country words from counting
 * ({@link ShoutedHeadlineFirms}). One parse of a few characters; most headlines have no mark and give null.
 */
final class HeadlineTicker {

  /** The headline before its first mark, stripped ("" when the mark opens it). */
  final String before;
  /** What the first mark holds, or null when it is not closed. */
  final String marked;

  private HeadlineTicker(String before, String marked) {
    this.before = before;
    this.marked = marked;
  }

  /** The headline's first mark and the words before it, or null: no mark, or a headline not in capitals. */
  static HeadlineTicker of(String title) {
    if (title == null) {
      return null;
    }
    int open = title.indexOf('<');
    int escaped = title.indexOf("&lt;");
    int at = open < 0 ? escaped : escaped < 0 ? open : Math.min(open, escaped);
    if (at < 0 || !Tokenizer.isShouted(title)) {
      return null;
    }
    int from = at + (at == escaped ? 4 : 1);
    int close = title.indexOf('>', from);
    int closeEscaped = title.indexOf("&gt;", from);
    int end = close < 0 ? closeEscaped : closeEscaped < 0 ? close : Math.min(close, closeEscaped);
    return new HeadlineTicker(title.substring(0, at).strip(), end < 0 ? null : title.substring(from, end));
  }

  /** The mark is a ticker: one to eight capitals, digits, dots or hyphens ("GRTB", "BAEL.L"), not a firm's name. */
  boolean marksATicker() {
    return marked != null && tickerShaped(marked, 8);
  }

  /** "SQB", "VOWG.F", "BRK-A": one to {@code maxLength} capitals, digits, dots and hyphens, nothing else. */
  static boolean tickerShaped(String s, int maxLength) {
    if (s.isEmpty() || s.length() > maxLength) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  /**
   * The words before the mark are plain capitals of a name: capitals, digits and {@code & ' . / -}, opening with a
   * capital or a digit ("AT&T", "H.F. AHMANSON AND CO", "OWENS-ILLINOIS INC").
   */
  boolean plainCapitalsBefore() {
    if (before.isEmpty()) {
      return false;
    }
    for (int i = 0; i < before.length(); i++) {
      char c = before.charAt(i);
      boolean name = c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
      if (!name && (i == 0 || "&'./- ".indexOf(c) < 0)) {
        return false;
      }
    }
    return true;
  }

  /** The words before the mark, lower case, dots dropped: "u.s. bancorp" gives us, bancorp. */
  String[] wordsBefore() {
    return WhiteSpace.split(before.replace(".", "").toLowerCase(Locale.ROOT));
  }
}
