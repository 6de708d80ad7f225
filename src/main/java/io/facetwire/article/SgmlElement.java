package io.facetwire.article;

/**
 * An SGML element by name ({@code <TITLE>}, {@code <BODY ...>}): where its content lies in a text, found as
 * positions, so a reader can take apart a record without a substring per element and per nested element.
 *
 * @param open  its opening tag up to the name ("&lt;TITLE")
 * @param close its closing tag ("&lt;/TITLE&gt;")
 */
record SgmlElement(String open, String close) {

  SgmlElement(String name) {
    this("<" + name, "</" + name + ">");
  }

  /** Where an element's content lies in a text: {@code [start, end)}. */
  record Span(int start, int end) {
    String of(String s) {
      return s.substring(start, end);
    }
  }

  /**
   * The content of the first such element within {@code [from, to)} of {@code s}, or null. The name must be
   * followed by '>' or a space, so TITLE never matches inside a longer name. Each search is bounded by
   * {@code to}, so this finds what a search of {@code s.substring(from, to)} would.
   */
  Span in(String s, int from, int to) {
    int at = from;
    while (true) {
      int start = indexIn(s, open, at, to);
      if (start < 0) {
        return null;
      }
      int after = start + open.length();
      if (after < to && (s.charAt(after) == '>' || s.charAt(after) == ' ')) {
        int gt = indexIn(s, ">", after, to);
        int contentStart = gt < 0 ? from : gt + 1; // no '>': the substring search took its start (-1 + 1)
        int end = indexIn(s, close, contentStart, to);
        return end < 0 ? null : new Span(contentStart, end);
      }
      at = after;
    }
  }

  /** The first {@code part} at or after {@code from} that lies wholly before {@code to}, or -1. */
  static int indexIn(String s, String part, int from, int to) {
    int i = s.indexOf(part, from);
    return i >= 0 && i + part.length() <= to ? i : -1;
  }
}
