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

  /** The URL, stripped, when it is http(s) and has no control characters; else null. */
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
    return u;
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
