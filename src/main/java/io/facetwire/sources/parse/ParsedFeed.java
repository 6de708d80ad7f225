package io.facetwire.sources.parse;

import java.util.List;

/**
 * What a source's document held.
 *
 * @param format   e.g. "rss_2.0", "atom_1.0", "rss_1.0", "json_feed", "news_sitemap"
 * @param title    the feed's own title, or null (sitemaps have none)
 * @param items    entries with a link, in document order
 * @param skipped  entries left out, each with its reason (e.g. "item 4: no link")
 */
public record ParsedFeed(String format, String title, List<FeedItem> items, List<String> skipped) {

  public ParsedFeed {
    items = List.copyOf(items);
    skipped = List.copyOf(skipped);
  }
}
