package io.facetwire.article;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Stable article ids, so that importing the same input twice updates articles instead of duplicating
 * them.
 *
 * <p>Order of preference: an id the input gave; else one derived from the URL (the most stable
 * identity a web article has), normalised so that trivial spelling differences (scheme or host case,
 * a #fragment, a trailing slash) do not make a new article; else one derived from source, title and
 * publication day (or, for undated articles, the text itself). Derived ids are the first 20 hex characters (80 bits) of a SHA-256: short,
 * URL-safe, and with no practical chance of collision at corpus sizes. The derivation rules are part
 * of the data format: changing them re-keys every stored article.
 */
public final class ArticleIds {

  private static final int HEX_CHARS = 20;
  /** Elasticsearch refuses a whole bulk request when one of its ids is longer (in UTF-8 bytes). */
  public static final int MAX_ID_BYTES = 512;

  private ArticleIds() {}

  /** The article with its given id kept, or with a derived one. */
  public static Article withStableId(Article article) {
    if (article.id() != null && !article.id().isBlank()) {
      return article.id().equals(article.id().strip()) ? article : article.withId(article.id().strip());
    }
    return article.withId(derive(article));
  }

  /**
   * Why a given id cannot be stored, or null when it can. Checked before anything is sent, so such a
   * record fails alone instead of taking its bulk request (up to a thousand others) with it.
   *
   * <ul>
   *   <li>longer than {@value #MAX_ID_BYTES} UTF-8 bytes: Elasticsearch's limit;
   *   <li>"." or "..", or a "/"-separated step that is one ("../../x"): the article's address
   *       ({@code /articles/{id}}) would walk out of its folder, browsers resolve such steps before
   *       sending, so the article could be stored but never opened. Other ids, "/" and "%" included,
   *       are opaque and encoded in links;
   *   <li>a control character (U+0000 to U+001F, U+007F to U+009F), or half of a surrogate pair: the first can
   *       be stored but not opened, the second cannot be written to Elasticsearch (session 31).
   * </ul>
   */
  public static String problem(String id) {
    int bytes = id.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > MAX_ID_BYTES) {
      return "id is " + bytes + " bytes long; Elasticsearch allows at most " + MAX_ID_BYTES;
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (Character.isISOControl(c)) {
        // "nul-\u0000-x" was stored, listed, and never opened: its address is refused before any route runs.
        return String.format("id holds the control character U+%04X; an article address cannot carry it", (int) c);
      }
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < id.length() && Character.isLowSurrogate(id.charAt(i + 1))) {
          i++;
          continue;
        }
        // A lone half of a UTF-16 pair has no UTF-8 form: the bulk request could not be written at all, and every
        // record of the batch failed with it (session 31's attack).
        return "id holds half of a UTF-16 surrogate pair (a broken character)";
      }
    }
    for (String step : id.split("/", -1)) {
      if (step.equals(".") || step.equals("..")) {
        return "id \"" + id + "\" cannot be an article address: \".\" and \"..\" are path steps";
      }
    }
    return null;
  }

  /** The id {@link #withStableId} would give an article that has none. */
  public static String derive(Article article) {
    if (article.url() != null && !article.url().isBlank()) {
      return hash("url\n" + normaliseUrl(article.url()));
    }
    String key = "text\n" + nullToEmpty(article.source()) + "\n" + nullToEmpty(article.title()).strip() + "\n";
    if (article.publishedAt() == null) {
      // Without a date, a headline is not an identity (the BBC corpus has different undated stories
      // under one headline), so the text decides: identical input still gets the same id.
      return hash(key + "\nbody\n" + nullToEmpty(article.body()).strip());
    }
    // The day, not the instant: a re-import that gained or lost the time of day is the same article.
    return hash(key + article.publishedAt().atOffset(ZoneOffset.UTC).toLocalDate());
  }

  /**
   * Lower-case scheme and host, no fragment, no trailing slash on the path; the rest (path case,
   * query) is kept because servers may treat it as meaningful. Text that is not a URI is only trimmed.
   */
  static String normaliseUrl(String url) {
    String s = url.strip();
    try {
      URI uri = new URI(s);
      if (uri.getScheme() == null || uri.getRawAuthority() == null) {
        return stripTrailingSlash(stripFragment(s));
      }
      String path = uri.getRawPath() == null ? "" : uri.getRawPath();
      path = stripTrailingSlash(path);
      String authority = uri.getRawAuthority();
      int at = authority.lastIndexOf('@');
      authority = authority.substring(0, at + 1) + authority.substring(at + 1).toLowerCase(Locale.ROOT);
      return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + authority + path
          + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    } catch (URISyntaxException e) {
      return stripTrailingSlash(stripFragment(s));
    }
  }

  private static String stripFragment(String s) {
    int hash = s.indexOf('#');
    return hash < 0 ? s : s.substring(0, hash);
  }

  private static String stripTrailingSlash(String s) {
    String r = s;
    while (r.endsWith("/")) {
      r = r.substring(0, r.length() - 1);
    }
    return r;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  private static String hash(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, HEX_CHARS);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
    }
  }
}
