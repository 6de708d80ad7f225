package io.facetwire.sources.parse;

import java.time.Instant;

/**
 * One entry of a feed or news sitemap, as the publisher described it.
 *
 * @param url       the item's link (not yet canonical: tracking parameters may still be on it)
 * @param title     the headline, or null
 * @param summary   a short description as plain text, or null
 * @param content   the full text as plain text when the feed carries it (content:encoded, Atom content,
 *                  JSON Feed content_html/content_text), or null
 * @param author    byline, or null
 * @param published publication (or, failing that, update) time, or null
 */
public record FeedItem(String url, String title, String summary, String content, String author, Instant published) {

  /** Items whose own text is shorter than this are fetched and extracted from their page. */
  public static final int FULL_TEXT_MIN_CHARS = 400;

  public boolean hasFullText() {
    return content != null && content.length() >= FULL_TEXT_MIN_CHARS;
  }
}
