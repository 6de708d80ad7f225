package io.facetwire.feed;

import java.time.Instant;
import java.util.List;

/**
 * One article as every Facetwire feed shows it: the same fields whether it comes from a search's
 * feed or a saved search's.
 *
 * @param articleId   the article id; the entry id is derived from it alone ({@link AtomWriter#entryId})
 * @param pageUrl     the article's page on this site (the entry's {@code rel=alternate} link)
 * @param sourceUrl   the original article, or null ({@code rel=related} when it is a web link)
 * @param source      the publisher's name (the entry's author), or blank
 * @param ingestedAt  when Facetwire indexed it: the entry's {@code updated}, so a reader notices an
 *                    article that arrives late; null falls back to {@code publishedAt}
 * @param summary     plain text, no markup
 * @param categories  facet values, one category each
 */
public record FeedEntry(String articleId, String title, String pageUrl, String sourceUrl, String source,
    Instant publishedAt, Instant ingestedAt, String summary, List<Category> categories) {

  /** A facet value: {@code term} within the facet's {@code scheme}, shown as {@code label}. */
  public record Category(String term, String scheme, String label) {}

  /** What the entry's {@code updated} says; null when neither time is known. */
  public Instant updated() {
    return ingestedAt != null ? ingestedAt : publishedAt;
  }
}
