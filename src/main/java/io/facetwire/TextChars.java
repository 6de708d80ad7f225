package io.facetwire;

/**
 * Characters a page or a feed may carry. Article text from files and feeds, and text people type, can hold
 * code points that no HTML or XML document may contain: C0 controls other than tab, line feed and carriage
 * return, DEL and the C1 controls, lone surrogates, and the Unicode noncharacters (U+FFFE, U+FDD0...). A page
 * with one of them fails the HTML checker ("Forbidden code point") and an XML feed reader stops at it, so
 * they are removed where text enters (the article readers, the search parameters) and again where text
 * leaves as XML.
 *
 * <p>The C1 controls U+0080-U+009F are nearly always Windows-1252 punctuation read as Latin-1 (curly quotes,
 * dashes, the euro sign); like the HTML standard does for {@code &#128;}-{@code &#159;}, they become the
 * characters Windows-1252 means by them, and the five it leaves undefined are removed.
 */
public final class TextChars {

  /** Windows-1252's characters for the bytes 0x80-0x9F; 0 where it defines none. */
  private static final char[] WINDOWS_1252 = {
      '\u20AC', 0, '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
      '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', 0, '\u017D', 0,
      0, '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
      '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', 0, '\u017E', '\u0178'};

  private TextChars() {
  }

  /**
   * At most the first {@code max} chars of {@code text}, one fewer when the cut would split a surrogate pair (an
   * emoji, a CJK extension character): half a pair is a lone surrogate, which every page and feed then drops and
   * JSON writes as an escape, so a cut name or query would end in nothing, or in a different text in each output.
   * Null stays null.
   */
  public static String atMost(String text, int max) {
    if (text == null || text.length() <= max) {
      return text;
    }
    int end = max > 0 && Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
    return text.substring(0, end);
  }

  /**
   * The text with every forbidden code point removed (C1 controls mapped as described above); the same
   * instance when there is nothing to change, so clean text costs one scan and no copy. Null stays null.
   */
  public static String clean(String text) {
    if (text == null) {
      return null;
    }
    int first = firstForbidden(text);
    if (first < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    out.append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, text.charAt(i + 1));
        if (!isNoncharacter(cp)) {
          out.append(c).append(text.charAt(i + 1));
        }
        i++;
      } else if (c >= 0x80 && c <= 0x9F) {
        char meant = WINDOWS_1252[c - 0x80];
        if (meant != 0) {
          out.append(meant);
        }
      } else if (allowedBmp(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * What {@link #clean} keeps of one UTF-16 unit that is not a surrogate: the unit itself, the character
   * Windows-1252 means by a C1 control, or 0 when it goes (0 itself is never kept). For writers that clean
   * text as it passes ({@code web.http.Utf8PageBuffer}); surrogates are theirs to pair.
   */
  public static char kept(char c) {
    if (c >= 0x80 && c <= 0x9F) {
      return WINDOWS_1252[c - 0x80];
    }
    return allowedBmp(c) ? c : 0;
  }

  /** Whether {@link #clean} would change the text. */
  public static boolean isClean(String text) {
    return text == null || firstForbidden(text) < 0;
  }

  private static int firstForbidden(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c < 0x7F) {
        continue; // the common case, decided by one comparison pair
      }
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        if (isNoncharacter(Character.toCodePoint(c, text.charAt(i + 1)))) {
          return i;
        }
        i++;
      } else if (!allowedBmp(c) || c >= 0x80 && c <= 0x9F) {
        return i;
      }
    }
    return -1;
  }

  /** A single UTF-16 unit that may stand alone in a document (not a surrogate, control or noncharacter). */
  private static boolean allowedBmp(char c) {
    if (c < 0x20) {
      return c == '\t' || c == '\n' || c == '\r';
    }
    if (c >= 0x7F && c <= 0x9F) {
      return false;
    }
    if (Character.isSurrogate(c)) {
      return false;
    }
    return !isNoncharacter(c);
  }

  /**
   * Whether a code point draws nothing where it is shown, though it is no space: controls, format characters
   * (zero-width space, soft hyphen, bidi marks), unassigned and private-use code points, lone surrogates, line and
   * paragraph separators, the Hangul and Mongolian fillers and the variation selectors (U+3164 HANGUL FILLER is a
   * letter to {@link Character#isLetter}, so a rule by letter class lets it through). One set for every place that
   * asks whether a name someone typed can be seen: an account's address, a saved search's name, a CSV cell's start.
   */
  public static boolean drawsNothing(int c) {
    int type = Character.getType(c);
    return type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
        || type == Character.PRIVATE_USE || type == Character.SURROGATE || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR || c == 0x034F || c == 0x115F || c == 0x1160 || c == 0x3164
        || c == 0xFFA0 || (c >= 0x180B && c <= 0x180F) || (c >= 0xFE00 && c <= 0xFE0F)
        || (c >= 0xE0100 && c <= 0xE01EF);
  }

  /** U+FDD0-U+FDEF and the last two code points of every plane (U+FFFE, U+FFFF, U+1FFFE, ...). */
  public static boolean isNoncharacter(int cp) {
    return cp >= 0xFDD0 && cp <= 0xFDEF || (cp & 0xFFFE) == 0xFFFE;
  }
}
