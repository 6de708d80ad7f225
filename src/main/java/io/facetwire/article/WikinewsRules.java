package io.facetwire.article;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The quirks of the Wikinews CSV export (see the fixture's wikinews-SOURCE.md), kept apart from the
 * generic CSV reader so that other CSV files are never rewritten by Wikinews-only rules.
 */
final class WikinewsRules {

  /**
   * The dateline Wikinews puts on its own line before the story: "Friday, January 4, 2019" plus a
   * no-break space. Only a line holding nothing else matches, so a story that starts with
   * "Thursday, United States forces ..." keeps its first sentence.
   */
  private static final Pattern DATELINE = Pattern.compile(
      "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), "
          + "(January|February|March|April|May|June|July|August|September|October|November|December) "
          + "\\d{1,2}, \\d{4}[\\s\\u00a0]*");

  private WikinewsRules() {}

  /** True when the URL is on a wikinews.org host (any language). */
  static boolean isWikinews(String url) {
    String host = host(url);
    return host != null && (host.equals("wikinews.org") || host.endsWith(".wikinews.org"));
  }

  /** {@code https://en.wikinews.org//wiki/X} becomes {@code https://en.wikinews.org/wiki/X}. */
  static String normaliseUrl(String url) {
    int start = url.indexOf("://");
    if (start < 0) {
      return url;
    }
    int pathStart = url.indexOf('/', start + 3);
    if (pathStart < 0) {
      return url;
    }
    return url.substring(0, pathStart) + url.substring(pathStart).replaceAll("/{2,}", "/");
  }

  /** Drops a leading dateline line (and the blank lines around it); other text is returned as is. */
  static String stripDateline(String text) {
    String s = text.stripLeading();
    int end = s.indexOf('\n');
    String first = end < 0 ? s : s.substring(0, end);
    if (DATELINE.matcher(first.replace('\u00a0', ' ').strip()).matches()) {
      return end < 0 ? "" : s.substring(end + 1).strip();
    }
    return text.strip();
  }

  private static String host(String url) {
    if (url == null) {
      return null;
    }
    try {
      String host = URI.create(url.strip()).getHost();
      return host == null ? null : host.toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
