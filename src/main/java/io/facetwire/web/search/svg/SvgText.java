package io.facetwire.web.search.svg;

import io.facetwire.TextChars;
import io.facetwire.search.Html;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;

/**
 * Escaping for everything the SVG renderers write. Their output is inlined with {@code th:utext},
 * so the template engine escapes nothing: every country name, label and URL passes through here.
 * The result is valid both as XML (the tests parse it) and inside HTML.
 */
public final class SvgText {

  /** Schemes a link may use. Anything else (javascript:, data:, vbscript:, ...) is not linked. */
  private static final Set<String> SAFE_SCHEMES = Set.of("http", "https");

  private SvgText() {}

  /**
   * Text content or attribute value: escapes the five XML specials and drops the code points no page
   * or XML document may carry ({@link TextChars#clean}: control characters, lone surrogates,
   * noncharacters), which would make the page's SVG unparseable for an XML consumer.
   */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    // TextChars holds the rule for forbidden code points (C1 controls read as Windows-1252, as on pages);
    // Html the one rule for the five specials.
    return Html.escape(TextChars.clean(text));
  }

  /**
   * An href that is safe to write, already escaped for an attribute, or {@code null} when the URL
   * is missing or uses a scheme other than http/https. Relative URLs ("/search?country=Chad",
   * "?q=x", "#top") are kept. Browsers ignore tabs and newlines inside a URL and strip leading
   * control characters and spaces, so the scheme is read the way a browser would read it:
   * "java&#9;script:" is still javascript.
   */
  public static String safeHref(String url) {
    String checked = cleanHref(url);
    return checked == null ? null : escape(checked);
  }

  /** Whether {@link #safeHref} would link {@code url}. */
  public static boolean isSafeHref(String url) {
    return cleanHref(url) != null;
  }

  /** The URL as a browser would read it, unescaped, or null when it must not be linked. */
  static String cleanHref(String url) {
    if (url == null) {
      return null;
    }
    StringBuilder seen = new StringBuilder(url.length());
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c == '\t' || c == '\n' || c == '\r') {
        continue;
      }
      if (seen.isEmpty() && c <= ' ') {
        continue;
      }
      seen.append(c);
    }
    String trimmed = seen.toString().strip();
    if (trimmed.isEmpty()) {
      return null;
    }
    String scheme = schemeOf(trimmed);
    if (scheme != null && !SAFE_SCHEMES.contains(scheme.toLowerCase(Locale.ROOT))) {
      return null;
    }
    // A backslash or "//" start makes a browser leave the site ("/\evil.example"): only allow
    // those with an explicit http(s) scheme, where leaving is what the caller asked for.
    if (scheme == null && (trimmed.startsWith("//") || trimmed.startsWith("/\\")
        || trimmed.startsWith("\\"))) {
      return null;
    }
    return trimmed;
  }

  /** The URL scheme as RFC 3986 defines it (letters, digits, + - . before the first colon). */
  private static String schemeOf(String url) {
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c == ':') {
        return i == 0 ? "" : url.substring(0, i);
      }
      boolean ok = Character.isLetter(c) && c < 128
          || i > 0 && (Character.isDigit(c) && c < 128 || c == '+' || c == '-' || c == '.');
      if (!ok) {
        // "/", "?" or "#" before any colon: a relative URL, no scheme. Another character no
        // scheme can hold ("ja<x>script:"): see oddPrefix.
        return c == '/' || c == '?' || c == '#' ? null : oddPrefix(url, i);
      }
    }
    return null;
  }

  /**
   * A relative path segment such as "caf\u00e9:x" has a colon after a non-scheme character; browsers
   * treat it as relative too, but there is no good reason for our own links to look like that, so
   * anything with a colon before the first "/", "?" or "#" is refused as an unknown scheme.
   */
  private static String oddPrefix(String url, int from) {
    for (int i = from; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c == '/' || c == '?' || c == '#') {
        return null;
      }
      if (c == ':') {
        return url.substring(0, i);
      }
    }
    return null;
  }

  /** A coordinate or length: at most two decimals, no exponent, no locale. */
  static String number(double value) {
    long hundredths = Math.round(value * 100);
    if (hundredths % 100 == 0) {
      return Long.toString(hundredths / 100);
    }
    return BigDecimal.valueOf(hundredths, 2).stripTrailingZeros().toPlainString();
  }

  /** "1 article", "1,234 articles": counts as a reader sees them. */
  static String articles(long count) {
    // Not String.format: the map labels up to 200 countries per page, and format parses its pattern each time.
    return count == 0 ? "no articles" : grouped(count) + (count == 1 ? " article" : " articles");
  }

  /** 1234567 as "1,234,567", the English grouping. */
  static String grouped(long count) {
    String digits = Long.toString(Math.abs(count));
    StringBuilder out = new StringBuilder(digits.length() + 8);
    if (count < 0) {
      out.append('-');
    }
    int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
    out.append(digits, 0, lead);
    for (int i = lead; i < digits.length(); i += 3) {
      out.append(',').append(digits, i, i + 3);
    }
    return out.toString();
  }
}
