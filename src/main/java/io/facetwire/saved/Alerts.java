package io.facetwire.saved;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.msearch.RequestItem;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.facetwire.account.Account;
import io.facetwire.account.AccountStore;
import io.facetwire.article.ArticleFields;
import io.facetwire.article.WebLinks;
import io.facetwire.engine.EsCall;
import io.facetwire.ingest.ImportSummary;
import io.facetwire.jobs.Scheduler;
import io.facetwire.metrics.Meters;
import io.facetwire.search.HitReader;
import io.facetwire.search.SearchResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After each import, finds the new matches of every saved search with alerts on and POSTs them to
 * each owner's webhook. Matches are stories when the search page groups by story ({@link MatchCounting}):
 * one wire story in five outlets is one new match, listed once as its newest version. The check is {@code _msearch} on {@code ingested_at}, one item per alerting
 * saved search (in requests of {@value #SEARCHES_PER_REQUEST}), so its cost grows with the number of
 * saved searches, not with the number of articles.
 *
 * <p>A saved search's watermark moves only when its matches were delivered; after a failed delivery
 * (every retry used) the same matches are offered again after the next import, and the failure is
 * shown on the saved search's page. Delivery is at least once: a crash between delivery and the
 * watermark update repeats an alert rather than losing one.
 */
public final class Alerts implements AutoCloseable {

  static final int SEARCHES_PER_REQUEST = 100;
  /** Articles listed per saved search in one alert; the count says how many there were in all. */
  public static final int ARTICLES_PER_ALERT = 20;

  private static final Logger LOG = LoggerFactory.getLogger(Alerts.class);
  /** Webhook deliveries (one per owner with news per check), by outcome after all retries. */
  static final String DELIVERIES = "facetwire.alert.deliveries";

  /** What one check found and did, for logs and tests. */
  public record CheckReport(int searchesChecked, int searchesWithNews, int owners, int delivered, int failed) {}

  /** A saved search's new stories: how many, the newest of them, and its newest match since (new or not). */
  private record News(SavedSearch search, long count, List<SearchResult.Hit> hits, Instant newestMatch) {}

  private static final String NEWEST = "newest_match";

  private final SavedSearchStore store;
  private final AccountStore accounts;
  private final ElasticsearchClient client;
  private final String articlesAlias;
  private final SavedSearchQuery queries;
  private final WebhookSender sender;
  private final ObjectMapper json;
  private final String publicUrl;
  private final Clock clock;
  /** The server's scheduler once {@code serve} started it; null: checks run on the importing thread (CLI). */
  private volatile Scheduler scheduler;
  private final ExecutorService deliveries = Executors.newFixedThreadPool(4, r -> daemon(r, "facetwire-alert-delivery"));

  public Alerts(SavedSearchStore store, AccountStore accounts, ElasticsearchClient client, String articlesAlias,
      SavedSearchQuery queries, WebhookSender sender, ObjectMapper json, String publicUrl, Clock clock) {
    this.store = store;
    this.accounts = accounts;
    this.client = client;
    this.articlesAlias = articlesAlias;
    this.queries = queries;
    this.sender = sender;
    this.json = json;
    this.publicUrl = publicUrl == null ? "" : publicUrl;
    this.clock = clock;
  }

  /**
   * Import listener. In a server the check is handed to the scheduler, so an import does not wait
   * for webhooks; a command-line import (no scheduler) checks before it ends, on its own thread.
   */
  public void afterImport(ImportSummary summary) {
    if (summary.indexed() == 0) {
      return;
    }
    Scheduler jobs = scheduler;
    if (jobs == null) {
      checkAndLog();
    } else if (!jobs.submit("alerts", this::checkAndLog)) {
      LOG.info("Shutting down: the alert check for this import runs after the next import");
    }
  }

  /** From now on checks run as background jobs of {@code jobs}. */
  public void runChecksOn(Scheduler jobs) {
    this.scheduler = jobs;
  }

  private void checkAndLog() {
    try {
      CheckReport report = checkNow();
      if (report.searchesWithNews() > 0) {
        LOG.info("Alerts: {} saved searches checked, {} with new matches, {} owners, {} delivered, {} failed",
            report.searchesChecked(), report.searchesWithNews(), report.owners(), report.delivered(), report.failed());
      }
    } catch (RuntimeException e) {
      LOG.warn("Alert check failed: {}", e.getMessage());
    }
  }

  /** Runs one check and its deliveries now, on the caller's thread (waiting for the deliveries). */
  public synchronized CheckReport checkNow() {
    Instant upTo = clock.instant();
    List<SavedSearch> alerting = store.listAlerting();
    List<News> news = new ArrayList<>();
    for (int from = 0; from < alerting.size(); from += SEARCHES_PER_REQUEST) {
      news.addAll(findNews(alerting.subList(from, Math.min(alerting.size(), from + SEARCHES_PER_REQUEST)), upTo));
    }
    Map<String, List<News>> byOwner = new LinkedHashMap<>();
    news.forEach(n -> byOwner.computeIfAbsent(n.search().owner(), k -> new ArrayList<>()).add(n));
    Map<String, Account> owners = accounts.findAll(byOwner.keySet());
    List<Future<Boolean>> pending = new ArrayList<>();
    byOwner.forEach((owner, items) -> pending.add(deliveries.submit(() -> deliver(owners.get(owner), owner, items))));
    int delivered = 0;
    for (Future<Boolean> f : pending) {
      try {
        delivered += f.get() ? 1 : 0;
      } catch (Exception e) {
        LOG.warn("Alert delivery failed unexpectedly: {}", e.toString());
      }
    }
    Meters.registry().counter(DELIVERIES, "outcome", "delivered").increment(delivered);
    Meters.registry().counter(DELIVERIES, "outcome", "failed").increment(byOwner.size() - delivered);
    return new CheckReport(alerting.size(), news.size(), byOwner.size(), delivered, byOwner.size() - delivered);
  }

  /**
   * The new stories of each saved search since its watermark, by {@link MatchCounting}'s rule (a story
   * already matched before the watermark is not new again): the stories since, which of them were
   * matched before, then the newest versions of the new ones; one {@code _msearch} each, for all the
   * searches at once. A search whose matches since are all later copies of earlier stories sends
   * nothing, and its watermark moves past them (so they are not looked at again).
   */
  private List<News> findNews(List<SavedSearch> searches, Instant upTo) {
    MatchCounting counting = MatchCounting.now(queries);
    Map<SavedSearch, Instant> after = new LinkedHashMap<>();
    searches.forEach(s -> after.put(s, s.alertWatermark() != null ? s.alertWatermark() : s.createdAt()));
    Map<SavedSearch, Since> since = since(after, upTo, counting);
    Map<SavedSearch, Set<String>> earlier = earlier(since, after);
    Map<SavedSearch, MatchCounting.NewStories> fresh = new LinkedHashMap<>();
    Map<String, Instant> passed = new LinkedHashMap<>();
    since.forEach((s, n) -> {
      if (n.stories().needsEarlier() && !earlier.containsKey(s)) {
        return; // its second look failed: offered again after the next import
      }
      MatchCounting.NewStories news = counting.newStories(n.stories(), earlier.getOrDefault(s, Set.of()));
      if (news.count() > 0) {
        fresh.put(s, news);
      } else if (n.newest() != null) {
        passed.put(s.id(), n.newest());
      }
    });
    store.recordAlerts(null, passed);
    return newest(fresh, after, upTo, counting, since);
  }

  /** The stories matched since a search's watermark, and its newest match (null when counting articles). */
  private record Since(MatchCounting.Since stories, Instant newest) {}

  private Map<SavedSearch, Since> since(Map<SavedSearch, Instant> after, Instant upTo, MatchCounting counting) {
    List<SavedSearch> searches = new ArrayList<>(after.keySet());
    List<RequestItem> items = new ArrayList<>();
    for (SavedSearch s : searches) {
      var query = queries.ingestedBetween(s, after.get(s), upTo);
      items.add(RequestItem.of(r -> r.header(h -> h.index(articlesAlias)).body(b -> b.query(query).size(0)
          .trackTotalHits(t -> t.enabled(true)).aggregations(counting.candidates())
          .aggregations(NEWEST, a -> a.max(m -> m.field(ArticleFields.INGESTED_AT))))));
    }
    Map<SavedSearch, Since> out = new LinkedHashMap<>();
    List<MultiSearchResponseItem<Void>> answers = msearch("check saved searches for alerts", items, Void.class);
    for (int i = 0; i < answers.size(); i++) {
      if (failed(answers.get(i), searches.get(i))) {
        continue;
      }
      var result = answers.get(i).result();
      // A max over no match is no time (Elasticsearch's null comes back as a number here).
      boolean any = result.hits().total() != null && result.hits().total().value() > 0;
      double newest = result.aggregations().get(NEWEST).max().value();
      out.put(searches.get(i), new Since(counting.since(result.hits(), result.aggregations()),
          any && Double.isFinite(newest) ? Instant.ofEpochMilli((long) newest) : null));
    }
    return out;
  }

  private Map<SavedSearch, Set<String>> earlier(Map<SavedSearch, Since> since, Map<SavedSearch, Instant> after) {
    List<SavedSearch> asked = new ArrayList<>();
    List<RequestItem> items = new ArrayList<>();
    since.forEach((s, n) -> {
      if (n.stories().needsEarlier()) {
        asked.add(s);
        var query = MatchCounting.earlier(queries.matching(s), after.get(s), n.stories().candidates());
        items.add(RequestItem.of(r -> r.header(h -> h.index(articlesAlias))
            .body(b -> b.query(query).size(0).aggregations(MatchCounting.earlierStories()))));
      }
    });
    Map<SavedSearch, Set<String>> out = new LinkedHashMap<>();
    List<MultiSearchResponseItem<Void>> answers = msearch("check saved searches for alerts", items, Void.class);
    for (int i = 0; i < answers.size(); i++) {
      if (!failed(answers.get(i), asked.get(i))) {
        out.put(asked.get(i), MatchCounting.earlierStories(answers.get(i).result().aggregations()));
      }
    }
    return out;
  }

  /** The newest {@value #ARTICLES_PER_ALERT} new stories of each search, each as its newest version. */
  private List<News> newest(Map<SavedSearch, MatchCounting.NewStories> fresh, Map<SavedSearch, Instant> after,
      Instant upTo, MatchCounting counting, Map<SavedSearch, Since> since) {
    List<SavedSearch> asked = new ArrayList<>(fresh.keySet());
    List<RequestItem> items = new ArrayList<>();
    for (SavedSearch s : asked) {
      Set<String> stories = fresh.get(s).storyIds();
      var between = queries.ingestedBetween(s, after.get(s), upTo);
      var query = stories == null || stories.isEmpty() ? between : MatchCounting.versionsOf(between, stories);
      items.add(RequestItem.of(r -> r.header(h -> h.index(articlesAlias)).body(b -> b.query(query)
          .sort(SavedSearchQuery.newestFirst()).size(ARTICLES_PER_ALERT).collapse(counting.collapse())
          .source(src -> src.filter(f -> f.includes(HitReader.FIELDS_AND_BODY))))));
    }
    List<News> found = new ArrayList<>();
    List<MultiSearchResponseItem<ObjectNode>> answers = msearch("check saved searches for alerts", items,
        ObjectNode.class);
    for (int i = 0; i < answers.size(); i++) {
      SavedSearch s = asked.get(i);
      if (!failed(answers.get(i), s)) {
        found.add(new News(s, fresh.get(s).count(), answers.get(i).result().hits().hits().stream()
            .map(h -> HitReader.read(h, queries.facets())).toList(), since.get(s).newest()));
      }
    }
    return found;
  }

  private <T> List<MultiSearchResponseItem<T>> msearch(String what, List<RequestItem> items, Class<T> type) {
    if (items.isEmpty()) {
      return List.of();
    }
    return EsCall.run(what, () -> client.msearch(m -> m.searches(items), type)).responses();
  }

  private static boolean failed(MultiSearchResponseItem<?> item, SavedSearch search) {
    if (item.isFailure()) {
      LOG.warn("Alert check of saved search {} failed: {}", search.id(), item.failure().error().reason());
    }
    return item.isFailure();
  }

  private boolean deliver(Account account, String owner, List<News> items) {
    Instant attemptAt = clock.instant();
    if (account == null || account.webhookUrl() == null) {
      record(items, new SavedSearch.AlertStatus(attemptAt, null,
          "No webhook URL is set in your account, so new matches wait there.", 0, total(items)), false);
      return false;
    }
    WebhookSender.Delivery d = sender.send(account.webhookUrl(), payload(owner, items, attemptAt));
    if (d.delivered()) {
      record(items, new SavedSearch.AlertStatus(attemptAt, clock.instant(), null, d.attempts(), total(items)), true);
    } else {
      LOG.warn("Alert for {} not delivered after {} attempts: {}", owner, d.attempts(), d.lastError());
      Instant lastDelivered = items.get(0).search().alertStatus() == null ? null
          : items.get(0).search().alertStatus().lastDeliveredAt();
      record(items, new SavedSearch.AlertStatus(attemptAt, lastDelivered, d.lastError(), d.attempts(), total(items)), false);
    }
    return d.delivered();
  }

  /** Status on every saved search of the delivery; on success the watermark moves past what was sent. */
  private void record(List<News> items, SavedSearch.AlertStatus status, boolean advance) {
    Map<String, Instant> watermarks = new java.util.LinkedHashMap<>();
    for (News n : items) {
      // Past every match seen, the later copies of earlier stories among them included.
      Instant newest = n.newestMatch() != null ? n.newestMatch()
          : n.hits().isEmpty() ? null : n.hits().get(0).ingestedAt();
      watermarks.put(n.search().id(), advance ? newest : null);
    }
    store.recordAlerts(status, watermarks);
  }

  private static long total(List<News> items) {
    return items.stream().mapToLong(News::count).sum();
  }

  /** The webhook's body; Jackson writes the components in snake_case, instants in ISO-8601. */
  record Payload(String type, Instant sentAt, String account, List<SearchNews> savedSearches) {}

  /** One saved search with new matches, and links back to it. */
  record SearchNews(String id, String name, String pageUrl, String searchUrl, long newCount,
      List<NewArticle> articles) {}

  /** One new match; {@code url} only when it is http(s) ({@link WebLinks#httpOrNull}). */
  record NewArticle(String id, String title, String articleUrl, String url, String source, Instant publishedAt,
      Instant ingestedAt, String summary) {}

  String payload(String owner, List<News> items, Instant sentAt) {
    List<SearchNews> searches = new ArrayList<>();
    for (News n : items) {
      List<NewArticle> articles = n.hits().stream().map(h -> new NewArticle(h.id(), h.title(),
          publicUrl + WebLinks.articlePath(h.id()), WebLinks.httpOrNull(h.url()), h.source(), h.publishedAt(),
          h.ingestedAt(), h.snippet().text())).toList();
      searches.add(new SearchNews(n.search().id(), n.search().name(), publicUrl + "/saved/" + n.search().id(),
          publicUrl + n.search().searchUrl(), n.count(), articles));
    }
    try {
      return json.writeValueAsString(new Payload("facetwire.new_matches", sentAt, owner, searches));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("An alert payload could not be written: " + e.getMessage(), e);
    }
  }

  /** Stops the delivery pool; checks themselves stop with the scheduler that runs them. */
  @Override
  public void close() {
    deliveries.shutdown();
    try {
      if (!deliveries.awaitTermination(30, TimeUnit.SECONDS)) {
        LOG.warn("Alert deliveries still running at shutdown; they are offered again after the next import");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    deliveries.shutdownNow();
  }

  /** Waits until every check queued so far has finished (tests). */
  public void awaitIdle(Duration max) {
    Scheduler jobs = scheduler;
    if (jobs != null) {
      jobs.awaitIdle(max);
    }
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }
}
