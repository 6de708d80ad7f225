package io.facetwire.sources.poll;

import io.facetwire.article.Article;
import io.facetwire.sources.extract.ArticlePage;
import io.facetwire.sources.extract.CanonicalUrl;
import io.facetwire.sources.extract.PageExtractor;
import io.facetwire.sources.fetch.FetchException;
import io.facetwire.sources.fetch.FetchResult;
import io.facetwire.sources.fetch.PoliteFetcher;
import io.facetwire.sources.parse.FeedItem;
import java.util.Map;

/**
 * A feed item becomes an article: with the feed's own full text when it has it, else with the text,
 * title, author and date extracted from the item's page (fetched politely, robots.txt honoured). The
 * page's canonical address is the article's address, so its id is the same whichever feed or sitemap
 * led to it.
 */
final class ItemArticles {

  /** Extracted text shorter than this is not an article (a paywall, a video page, an error page). */
  static final int MIN_PAGE_TEXT = 200;

  /** An item that did not become an article, with the reason. */
  static final class ItemFailure extends Exception {
    ItemFailure(String message) {
      super(message);
    }
  }

  /** The article and whether its page was fetched (for the poll's counts). */
  record Made(Article article, boolean fetchedPage, String note) {}

  private final PoliteFetcher fetcher;
  private final PageExtractor extractor;

  ItemArticles(PoliteFetcher fetcher, PageExtractor extractor) {
    this.fetcher = fetcher;
    this.extractor = extractor;
  }

  Made toArticle(FeedItem item, String sourceName) throws ItemFailure {
    if (item.hasFullText()) {
      return new Made(Article.fromInput(null, CanonicalUrl.clean(item.url()), title(item.title(), item.content()),
          item.content(), sourceName, item.published(), Map.of()), false, null);
    }
    FetchResult page;
    try {
      page = fetcher.fetchPage(item.url());
    } catch (FetchException e) {
      throw new ItemFailure(e.getMessage());
    }
    ArticlePage found = extractor.extract(page.body(), page.contentType(), page.finalUrl());
    String title = item.title() != null ? item.title() : found.title();
    if (found.text().length() >= MIN_PAGE_TEXT) {
      return new Made(Article.fromInput(null, found.canonicalUrl(), title(title, found.text()), found.text(), sourceName,
          item.published() != null ? item.published() : found.published(), Map.of()), true, null);
    }
    String fallback = item.content() != null ? item.content() : item.summary();
    if (fallback == null || fallback.isBlank()) {
      throw new ItemFailure("no article text on " + page.finalUrl() + " and none in the feed");
    }
    return new Made(Article.fromInput(null, found.canonicalUrl(), title(title, fallback), fallback, sourceName,
        item.published() != null ? item.published() : found.published(), Map.of()), true,
        "no article text on " + page.finalUrl() + ": the feed's summary is kept");
  }

  /** Articles need a title: an untitled item takes its first words. */
  private static String title(String title, String text) {
    if (title != null && !title.isBlank()) {
      return title.strip();
    }
    String t = text.strip();
    int end = t.indexOf('\n');
    t = end > 0 ? t.substring(0, end) : t;
    return t.length() > 100 ? t.substring(0, Character.isHighSurrogate(t.charAt(99)) ? 99 : 100) + "…" : t;
  }
}
