package io.facetwire.sources.poll;

import io.facetwire.article.Article;
import io.facetwire.article.ArticleIds;
import io.facetwire.article.RecordError;
import io.facetwire.article.RecordSink;
import io.facetwire.ingest.ImportSummary;
import io.facetwire.ingest.Importer;
import io.facetwire.sources.extract.CanonicalUrl;
import io.facetwire.sources.extract.PageExtractor;
import io.facetwire.sources.fetch.FetchException;
import io.facetwire.sources.fetch.FetchResult;
import io.facetwire.sources.fetch.PoliteFetcher;
import io.facetwire.sources.parse.FeedItem;
import io.facetwire.sources.parse.FeedParseException;
import io.facetwire.sources.parse.FeedParser;
import io.facetwire.sources.parse.ParsedFeed;
import io.facetwire.sources.store.Source;
import io.facetwire.sources.store.SourceLeases;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls one source (leased by the caller): fetch the feed (conditional GET), parse it, turn the new
 * items into articles and send them through the same import pipeline as {@code import} and the API
 * (ids, facets, bulk writer, then alerts). Every outcome, good or bad, ends as the source's status;
 * nothing a feed does reaches the caller as an exception.
 */
public final class SourcePoller {

  /** Items read from one document per poll; a longer feed gives the rest on the next poll. */
  public static final int MAX_ITEMS_PER_POLL = 200;

  private static final Logger LOG = LoggerFactory.getLogger(SourcePoller.class);

  private final PoliteFetcher fetcher;
  private final FeedParser parser;
  private final ItemArticles items;
  private final Importer importer;
  private final KnownArticles known;
  private final SeenLinks seen = new SeenLinks(50_000);
  /** Cleaned links a poll on this server is turning into articles now: a feed and a sitemap of the same
   * site, polled side by side, fetch each page once. */
  private final Set<String> inProgress = java.util.concurrent.ConcurrentHashMap.newKeySet();
  private final SourceLeases leases;
  private final Clock clock;

  public SourcePoller(PoliteFetcher fetcher, FeedParser parser, PageExtractor extractor, Importer importer,
      co.elastic.clients.elasticsearch.ElasticsearchClient client, String articlesAlias, SourceLeases leases, Clock clock) {
    this.fetcher = fetcher;
    this.parser = parser;
    this.items = new ItemArticles(fetcher, extractor);
    this.importer = importer;
    this.known = new KnownArticles(client, articlesAlias);
    this.leases = leases;
    this.clock = clock;
  }

  public PoliteFetcher fetcher() {
    return fetcher;
  }

  /** Polls {@code source}, records the outcome on it and gives its lease back. */
  public PollReport poll(Source source) {
    Instant started = clock.instant();
    Map<String, Object> status = new HashMap<>();
    status.put("last_fetch_at", started);
    PollReport report;
    try {
      report = fetchAndImport(source, started, status);
      status.put("last_success_at", clock.instant());
      status.put("failures", 0);
      status.put("last_error", report.itemErrors().isEmpty() ? null : itemErrorLine(report));
      status.put("last_error_at", report.itemErrors().isEmpty() ? source.lastErrorAt() : clock.instant());
      status.put("next_poll_at", started.plus(Duration.ofMinutes(source.intervalMinutes())));
    } catch (FetchException | FeedParseException e) {
      report = failed(source, started, status, e.getMessage());
    } catch (RuntimeException e) {
      // Elasticsearch away, or a bug: logged in full for the operator, one line on the status.
      LOG.warn("Poll of source {} ({}) failed", source.name(), source.url(), e);
      report = failed(source, started, status, "internal error: " + e.getMessage());
    }
    try {
      leases.finish(source.id(), status);
    } catch (RuntimeException e) {
      LOG.warn("Could not record the poll of source {}: {}", source.name(), e.getMessage());
    }
    return report;
  }

  private PollReport failed(Source source, Instant started, Map<String, Object> status, String error) {
    int failures = source.failures() + 1;
    status.put("failures", failures);
    status.put("last_error", error);
    status.put("last_error_at", clock.instant());
    status.put("next_poll_at", started.plus(Backoff.after(failures, Duration.ofMinutes(source.intervalMinutes()))));
    return PollReport.failed(source.id(), error);
  }

  private PollReport fetchAndImport(Source source, Instant started, Map<String, Object> status)
      throws FetchException, FeedParseException {
    FetchResult fetched = fetcher.fetchFeed(source.url(), new PoliteFetcher.Validators(source.etag(), source.lastModified()));
    status.put("etag", fetched.etag());
    status.put("last_modified", fetched.lastModified());
    if (fetched.notModified()) {
      status.put("last_new", 0);
      return new PollReport(source.id(), true, source.lastItems(), 0, 0, 0, null, List.of());
    }
    ParsedFeed feed = parser.parse(fetched.body(), fetched.contentType());
    status.put("format", feed.format());
    List<FeedItem> entries = feed.items().subList(0, Math.min(MAX_ITEMS_PER_POLL, feed.items().size()));
    status.put("last_items", entries.size());
    List<String> errors = new ArrayList<>(feed.skipped());

    // Links as ids: the items that are already articles are not fetched again.
    Map<String, FeedItem> byId = new LinkedHashMap<>();
    for (FeedItem item : entries) {
      String clean = CanonicalUrl.clean(item.url());
      byId.putIfAbsent(ArticleIds.derive(Article.fromInput(null, clean, null, null, null, null, null)), item);
    }
    Set<String> existing = known.existing(byId.keySet());
    List<FeedItem> candidates = byId.entrySet().stream()
        .filter(e -> !existing.contains(e.getKey()) && !seen.contains(e.getValue().url()))
        .map(Map.Entry::getValue).toList();
    List<String> claimed = new ArrayList<>();
    List<FeedItem> fresh = new ArrayList<>();
    for (FeedItem item : candidates) {
      String clean = CanonicalUrl.clean(item.url());
      if (inProgress.add(clean)) {
        claimed.add(clean);
        fresh.add(item);
      }
    }
    try {
      if (fresh.isEmpty()) {
        status.put("last_new", 0);
        return new PollReport(source.id(), false, entries.size(), 0, 0, existing.size(), null, errors);
      }
      return importItems(source, started, status, entries, fresh, existing.size(), errors);
    } finally {
      claimed.forEach(inProgress::remove);
    }
  }

  private PollReport importItems(Source source, Instant started, Map<String, Object> status, List<FeedItem> entries,
      List<FeedItem> fresh, int known, List<String> errors) {

    // A poll stops taking new items at half its lease, so the lease never runs out under it.
    Instant deadline = started.plus(leases.ttl().dividedBy(2));
    int pages = 0;
    Importer.Run run = importer.start();
    RecordSink sink = run.forFile("source " + source.name());
    int n = 0;
    for (FeedItem item : fresh) {
      n++;
      if (clock.instant().isAfter(deadline)) {
        errors.add((fresh.size() - n + 1) + " items left for the next poll (time limit of one poll)");
        break;
      }
      String where = "item " + (entries.indexOf(item) + 1) + " (" + item.url() + ")";
      try {
        ItemArticles.Made made = items.toArticle(item, source.name());
        pages += made.fetchedPage() ? 1 : 0;
        if (made.note() != null) {
          errors.add(where + ": " + made.note());
        }
        sink.accept(made.article(), where);
        seen.add(item.url());
      } catch (ItemArticles.ItemFailure e) {
        errors.add(where + ": " + e.getMessage());
      }
    }
    ImportSummary summary = run.finish(); // alerts are checked from here, as after any import
    for (RecordError e : summary.failures()) {
      errors.add(e.location() + ": " + e.reason());
    }
    status.put("last_new", (int) summary.indexed());
    return new PollReport(source.id(), false, entries.size(), pages, summary.indexed(),
        summary.unchanged() + known, null, errors);
  }

  private static String itemErrorLine(PollReport report) {
    String first = report.itemErrors().get(0);
    int more = report.itemErrors().size() - 1;
    return first + (more > 0 ? " (and " + more + " more)" : "");
  }
}
