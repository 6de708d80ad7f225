package io.facetwire.sources.extract;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The address that identifies an article: the page's {@code link rel=canonical}, else its
 * {@code og:url}, else the address it was fetched from; without tracking parameters and fragment. The
 * article id is derived from it ({@link io.facetwire.article.ArticleIds}), so one story reached from a
 * feed (with {@code ?utm_source=rss}) and from a sitemap is one article.
 */
public final class CanonicalUrl {

  /** Query parameters that only say where a reader came from. */
  private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid",
      "igshid", "yclid", "_ga", "_gl", "ocid", "cmpid", "ito", "smid", "sr_share", "at_medium", "at_campaign");

  private CanonicalUrl() {}

  public static String of(Document page, String fetchedUrl) {
    for (String selector : List.of("link[rel=canonical][href]", "meta[property=og:url][content]")) {
      Element e = page.selectFirst(selector);
      if (e != null) {
        String candidate = e.hasAttr("href") ? e.absUrl("href") : resolve(fetchedUrl, e.attr("content"));
        if (candidate != null && (candidate.startsWith("http://") || candidate.startsWith("https://"))) {
          return clean(candidate);
        }
      }
    }
    return clean(fetchedUrl);
  }

  /** Without utm_* and other tracking parameters, and without the fragment; the rest is kept in order. */
  public static String clean(String url) {
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      return url.strip();
    }
    if (uri.getScheme() == null || uri.getRawAuthority() == null) {
      return url.strip();
    }
    String query = uri.getRawQuery();
    List<String> kept = new ArrayList<>();
    if (query != null) {
      for (String pair : query.split("&")) {
        String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
        String lower = name.toLowerCase(Locale.ROOT);
        if (!pair.isEmpty() && !lower.startsWith("utm_") && !TRACKING.contains(lower)) {
          kept.add(pair);
        }
      }
    }
    StringBuilder out = new StringBuilder();
    out.append(uri.getScheme().toLowerCase(Locale.ROOT)).append("://").append(uri.getRawAuthority().toLowerCase(Locale.ROOT));
    out.append(uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath());
    if (!kept.isEmpty()) {
      out.append('?').append(String.join("&", kept));
    }
    return out.toString();
  }

  private static String resolve(String base, String href) {
    try {
      return URI.create(base).resolve(href.strip()).toString();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
