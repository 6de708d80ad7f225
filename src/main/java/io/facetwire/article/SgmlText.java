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
    out.append(s, 0, amp);
    int i = amp;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c != '&') {
        out.append(c);
        i++;
        continue;
      }
      int semi = s.indexOf(';', i);
      if (semi < 0 || semi - i > 10) {
        out.append(c);
        i++;
        continue;
      }
      String name = s.substring(i + 1, semi);
      String replacement = replacement(name);
      if (replacement == null) {
        out.append(c);
        i++;
      } else {
        out.append(replacement);
        i = semi + 1;
      }
    }
    return out.toString();
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
