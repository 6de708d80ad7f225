package io.facetwire.article;

import java.util.Locale;

/**
 * The one rule for an article's own URL in every output (pages, JSON API, Atom, CSV, alert
 * payloads): only an http or https address is given out; anything else the input carried
 * ({@code javascript:}, {@code data:}, {@code file:}, bare text) is left out, so no reader of any output
 * can be handed a link that runs code. The stored article keeps what it was given (its id may derive from it).
 */
public final class WebLinks {

  private WebLinks() {}

  /**
   * The URL, stripped, when it is http(s), has no control characters and names a host without characters a
   * host cannot have; else null. Characters a URL cannot hold after its host (a space, {@code " < > \ ^ `
   * { | } [ ]}, a C1 control, a {@code %} not starting an escape, a second {@code #}) come percent-encoded,
   * as a browser sends them when it follows the link: the Nu Html Checker refuses such an {@code href}, and
   * an Atom link must be an IRI (RFC 4287, RFC 3987), so every output gives the address a reader can use.
   * Bidirectional controls and marks come percent-encoded too (session 16): an IRI must not hold them (RFC 3987,
   * 4.1), a spreadsheet or feed reader showing the address would draw it reordered ("report{RLO}fdp.exe" reads
   * as "reportexe.pdf"), and a CSV cell balancing them would add a character the address never had.
   */
  public static String httpOrNull(String url) {
    if (url == null) {
      return null;
    }
    String u = url.strip();
    String lower = u.toLowerCase(Locale.ROOT);
    if (!lower.startsWith("http://") && !lower.startsWith("https://") || u.length() == lower.indexOf("//") + 2) {
      return null;
    }
    for (int i = 0; i < u.length(); i++) {
      char c = u.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        return null;
      }
    }
    int hostStart = lower.indexOf("//") + 2;
    int hostEnd = hostStart;
    while (hostEnd < u.length() && "/?#".indexOf(u.charAt(hostEnd)) < 0) {
      hostEnd++;
    }
    for (int i = hostStart; i < hostEnd; i++) {
      if (NOT_IN_URL.indexOf(u.charAt(i)) >= 0 && u.charAt(i) != '[' && u.charAt(i) != ']' || isBidiControl(u.charAt(i))) {
        return null;
      }
    }
    String rest = u.substring(hostEnd);
    String encoded = encodedAfterHost(rest);
    return encoded == rest ? u : u.substring(0, hostEnd) + encoded;
  }

  /** What a URL cannot hold after its host, printable ASCII (controls are refused before, C1 ones encoded). */
  private static final String NOT_IN_URL = " \"<>\\^`{|}[]";

  private static String encodedAfterHost(String rest) {
    StringBuilder out = null;
    boolean inFragment = false;
    for (int i = 0; i < rest.length(); i++) {
      char c = rest.charAt(i);
      boolean encode = NOT_IN_URL.indexOf(c) >= 0 || (c >= 0x80 && c <= 0x9f) || isBidiControl(c)
          || (c == '%' && !(i + 2 < rest.length() && isHex(rest.charAt(i + 1)) && isHex(rest.charAt(i + 2))))
          || (c == '#' && inFragment);
      inFragment |= c == '#';
      if (encode && out == null) {
        out = new StringBuilder(rest.length() + 16).append(rest, 0, i);
      }
      if (encode) {
        for (byte b : String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
          out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
              .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
        }
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? rest : out.toString();
  }

  /** RFC 3987's bidirectional formatting characters (LRM, RLM, LRE … RLO, PDF), the isolates and the Arabic letter mark. */
  private static boolean isBidiControl(char c) {
    return c == '\u200E' || c == '\u200F' || c == '\u061C' || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069');
  }

  private static boolean isHex(char c) {
    return Character.digit(c, 16) >= 0;
  }

  /** The path of an article's page; ids are opaque, so they are always encoded (a space as %20, not "+"). */
  public static String articlePath(String id) {
    return "/articles/" + java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** The article as outputs show it: its URL through {@link #httpOrNull}. */
  public static Article forOutput(Article a) {
    String url = httpOrNull(a.url());
    return java.util.Objects.equals(url, a.url()) ? a : a.withUrl(url);
  }
}
