package io.facetwire.article;

/**
 * Turns SGML character references in Reuters text into plain text.
 *
 * <p>The wire service's control codes appear as numeric references ({@code &#2;} opens a story,
 * {@code &#3;} ends it, {@code &#127;} even sits inside words: "arre&#127;st"). They carry no text,
 * so they are dropped; tab, newline and carriage return are kept as whitespace. {@code &lt;},
 * {@code &gt;}, {@code &amp;}, {@code &quot;} and {@code &apos;} become their characters; anything
 * else that merely looks like a reference is left as written.
 */
final class SgmlText {

  private SgmlText() {}

  static String decode(String s) {
    int amp = s.indexOf('&');
    if (amp < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    decode(s, 0, s.length(), out);
    return out.toString();
  }

  /**
   * Appends {@code decode(s.substring(from, to))} to {@code out} without the substring: the reader decodes a
   * story's body straight from its block.
   */
  static void decode(String s, int from, int to, StringBuilder out) {
    int i = from;
    while (i < to) {
      int amp = s.indexOf('&', i);
      if (amp < 0 || amp >= to) {
        out.append(s, i, to);
        return;
      }
      out.append(s, i, amp);
      i = amp;
      int semi = s.indexOf(';', i);
      if (semi < 0 || semi >= to || semi - i > 10) {
        out.append('&');
        i++;
        continue;
      }
      String replacement = replacement(s.substring(i + 1, semi));
      if (replacement == null) {
        out.append('&');
        i++;
      } else {
        out.append(replacement);
        i = semi + 1;
      }
    }
  }

  /** Text for the reference {@code &name;}, "" for a control code, null if it is not a reference. */
  private static String replacement(String name) {
    switch (name) {
      case "lt": return "<";
      case "gt": return ">";
      case "amp": return "&";
      case "quot": return "\"";
      case "apos": return "'";
      default: break;
    }
    if (name.length() < 2 || name.charAt(0) != '#') {
      return null;
    }
    int code;
    try {
      code = name.charAt(1) == 'x' || name.charAt(1) == 'X'
          ? Integer.parseInt(name.substring(2), 16)
          : Integer.parseInt(name.substring(1));
    } catch (NumberFormatException e) {
      return null;
    }
    if (code == '\t' || code == '\n' || code == '\r') {
      return String.valueOf((char) code);
    }
    if (code < 0x20 || (code >= 0x7F && code < 0xA0)) {
      return "";
    }
    return Character.isValidCodePoint(code) ? new String(Character.toChars(code)) : null;
  }
}
