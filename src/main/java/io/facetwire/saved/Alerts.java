package io.facetwire.saved;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.facetwire.account.Account;
import io.facetwire.account.AccountStore;
import io.facetwire.article.WebLinks;
import io.facetwire.ingest.ImportSummary;
import io.facetwire.jobs.Scheduler;
import io.facetwire.metrics.Meters;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After each import, finds the new matches of every saved search with alerts on and POSTs them to
 * each owner's webhook. Matches are stories when the search page groups by story ({@link MatchCounting}):
 * one wire story in five outlets is one new match, listed once as its newest version. The check is {@code _msearch} on {@code ingested_at}, one item per alerting
 * saved search (in requests of {@value #SEARCHES_PER_REQUEST}), so its cost grows with the number of
 * saved searches, not with the number of articles.
 *
 * <p>What is new is found by {@link AlertNews}: stories, each new once. A saved search's watermark
 * moves when its new stories were delivered, or when its matches since were all later copies of stories
 * it had before (nothing to send); after a failed delivery
 * (every retry used) the same matches are offered again after the next import (or the next start), and the failure is
 * shown on the saved search's page. Delivery is at least once: a crash between delivery and the
 * watermark update repeats an alert rather than losing one.
 *
 * <p>In a server the deliveries run on their own threads ({@link AlertDeliveries}, session 28), so a webhook that
 * never answers holds neither the next check nor the other background jobs; news the delivery threads cannot take
 * now (its owner's last delivery still under way, or too many waiting) waits for a retry as a search without a place
 * does.
 */
public final class Alerts implements AutoCloseable {

  static final int SEARCHES_PER_REQUEST = 100;
  /** Articles listed per saved search in one alert; the count says how many there were in all. */
  public static final int ARTICLES_PER_ALERT = 20;

  private static final Logger LOG = LoggerFactory.getLogger(Alerts.class);
  /** Webhook deliveries (one per owner with news per check), by outcome after all retries. */
  static final String DELIVERIES = "facetwire.alert.deliveries";

  /**
   * What one check found and did, for logs and tests; {@code waitingForPlace}: saved searches with wildcards that
   * found no expensive place and are checked again later; {@code sending}: deliveries handed to the delivery threads
   * and not waited for (a server's check: their outcome is logged and recorded when they end); {@code heldBack}:
   * saved searches whose news the delivery threads could not take now, checked again later.
   */
  public record CheckReport(int searchesChecked, int searchesWithNews, int owners, int delivered, int failed,
      int waitingForPlace, int sending, int heldBack) {}

  /**
   * Where a check runs the saved searches with wildcards (session 27): in an expensive place, as a visitor's wildcard
   * search is ({@code ExpensiveWork#runInBackground}). False, with nothing run, when no place came in time.
   */
  @FunctionalInterface
  public interface Places {
    boolean run(Runnable work);
  }

  /** Saved searches with wildcards checked in one expensive place, at most (one {@code _msearch} item at a time). */
  static final int WILDCARD_SEARCHES_PER_PLACE = 10;
  /** How long searches that found no place wait before their check tries again; doubled each time up to {@link #LAST_RETRY}. */
  static final Duration FIRST_RETRY = Duration.ofSeconds(5);
  static final Duration LAST_RETRY = Duration.ofMinutes(5);


  private final SavedSearchStore store;
  private final AccountStore accounts;
  private final AlertNews finder;
  private final WebhookSender sender;
  private final ObjectMapper json;
  private final String publicUrl;
  private final Clock clock;
  private final SavedSearchQuery queries;
  /** A command-line import's check (no server, no places): runs at once. */
  private volatile Places places = work -> {
    work.run();
    return true;
  };
  /** Whether a server's places are in use (not the command line's "at once"), and whether its check at start is queued. */
  private volatile boolean placesTaken;
  private final java.util.concurrent.atomic.AtomicBoolean startChecked = new java.util.concurrent.atomic.AtomicBoolean();
  /** Ids of saved searches whose check found no place; checked by the retry, and by any check after an import. */
  private final Set<String> waiting = ConcurrentHashMap.newKeySet();
  /** Guarded by this: whether a retry is queued, and how long the next one waits. */
  private boolean retryQueued;
  private Duration nextRetry = FIRST_RETRY;
  /** The server's scheduler once {@code serve} started it; null: checks run on the importing thread (CLI). */
  private volatile Scheduler scheduler;
  private final AlertDeliveries deliveries;

  public Alerts(SavedSearchStore store, AccountStore accounts, ElasticsearchClient client, String articlesAlias,
      SavedSearchQuery queries, WebhookSender sender, ObjectMapper json, String publicUrl, Clock clock) {
    this(store, accounts, client, articlesAlias, queries, sender, json, publicUrl, clock, new AlertDeliveries());
  }

  /** With these delivery threads (tests: fewer, to fill them). */
  Alerts(SavedSearchStore store, AccountStore accounts, ElasticsearchClient client, String articlesAlias,
      SavedSearchQuery queries, WebhookSender sender, ObjectMapper json, String publicUrl, Clock clock,
      AlertDeliveries deliveries) {
    this.deliveries = deliveries;
    this.store = store;
    this.accounts = accounts;
    this.finder = new AlertNews(client, articlesAlias, queries);
    this.sender = sender;
    this.json = json;
    this.publicUrl = publicUrl == null ? "" : publicUrl;
    this.clock = clock;
    this.queries = queries;
    // Both outcomes are on /metrics from the start (at 0), not from the first delivery that has them.
    Meters.registry().counter(DELIVERIES, "outcome", "delivered");
    Meters.registry().counter(DELIVERIES, "outcome", "failed");
  }

  /**
   * From now on the saved searches with wildcards are checked in the server's expensive places (App, as it makes
   * them), a few at a time, one item at a time; a check that finds none leaves them for a retry.
   */
  public void takePlacesFrom(Places places) {
    this.places = places;
    placesTaken = true;
    checkAtStart();
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
    checkAtStart();
  }

  /**
   * A server's first check, queued once it has both its background jobs and its places (session 28). The searches
   * waiting for a retry are held in memory only, and a delivery that failed waits for the next import; a server
   * stopped meanwhile left them nowhere but in their watermarks, which lag. A check of every alerting saved search at
   * start finds what they missed (and nothing twice: what was delivered moved its watermark), without an import.
   */
  private void checkAtStart() {
    Scheduler jobs = scheduler;
    if (jobs != null && placesTaken && startChecked.compareAndSet(false, true)) {
      jobs.submit("alerts at start", this::checkAndLog);
    }
  }

  private void checkAndLog() {
    try {
      // A server's check hands its deliveries over and ends; a command's waits for them before the command ends.
      logged(scheduler == null ? checkNow() : checkHandingOver());
    } catch (RuntimeException e) {
      LOG.warn("Alert check failed: {}", e.getMessage());
    }
  }

  private static void logged(CheckReport report) {
    if (report.searchesWithNews() > 0) {
      LOG.info("Alerts: {} saved searches checked, {} with new matches, {} owners, {} delivered, {} failed, {} being"
          + " sent, {} saved searches held back for a retry", report.searchesChecked(), report.searchesWithNews(),
          report.owners(), report.delivered(), report.failed(), report.sending(), report.heldBack());
    }
  }

  /** Runs one check of every alerting saved search and its deliveries now, on the caller's thread (waiting for the deliveries). */
  public synchronized CheckReport checkNow() {
    return check(store.listAlerting(), true);
  }

  /** One check as a server's: its deliveries are handed to the delivery threads, not waited for. */
  synchronized CheckReport checkHandingOver() {
    return check(store.listAlerting(), false);
  }

  /** The retry: the saved searches that found no place before, as they are now (deleted or alerts off: not checked). */
  private synchronized void checkWaiting() {
    retryQueued = false;
    if (waiting.isEmpty()) {
      return;
    }
    try {
      List<SavedSearch> again = store.listAlerting().stream().filter(s -> waiting.contains(s.id())).toList();
      waiting.retainAll(again.stream().map(SavedSearch::id).collect(Collectors.toSet()));
      logged(check(again, scheduler == null));
    } catch (RuntimeException e) {
      // Elasticsearch away: the searches keep waiting (their watermarks did not move); try again later.
      LOG.warn("Alert check of saved searches waiting for a place failed: {}", e.getMessage());
      retryLater(waiting.size());
    }
  }

  /**
   * Checks {@code alerting}: those without wildcards as before (up to {@value #SEARCHES_PER_REQUEST} an
   * {@code _msearch}); those with wildcards {@value #WILDCARD_SEARCHES_PER_PLACE} at a time, each group in an
   * expensive place and one item at a time. A group that finds no place, and every group after it, is not checked
   * now: their watermarks stay, and a retry checks them later ({@link #FIRST_RETRY}, backing off), so no alert
   * is lost and none waits for another import.
   */
  private synchronized CheckReport check(List<SavedSearch> alerting, boolean awaitDeliveries) {
    Instant upTo = clock.instant();
    String timeout = queries.timeout();
    List<SavedSearch> cheap = new ArrayList<>();
    List<SavedSearch> wildcards = new ArrayList<>();
    alerting.forEach(s -> (queries.expensive(s) ? wildcards : cheap).add(s));
    List<AlertNews.News> news = new ArrayList<>();
    MsearchCost cheapCost = new MsearchCost(null, timeout);
    for (int from = 0; from < cheap.size(); from += SEARCHES_PER_REQUEST) {
      AlertNews.Found found = finder.find(cheap.subList(from, Math.min(cheap.size(), from + SEARCHES_PER_REQUEST)),
          upTo, cheapCost);
      store.recordAlerts(null, found.passed());
      news.addAll(found.news());
    }
    MsearchCost wildcardCost = MsearchCost.oneAtATime(timeout);
    List<SavedSearch> notRun = new ArrayList<>();
    for (int from = 0; from < wildcards.size(); from += WILDCARD_SEARCHES_PER_PLACE) {
      List<SavedSearch> group = wildcards.subList(from, Math.min(wildcards.size(), from + WILDCARD_SEARCHES_PER_PLACE));
      if (notRun.isEmpty() && places.run(() -> {
        AlertNews.Found found = finder.find(group, upTo, wildcardCost);
        store.recordAlerts(null, found.passed());
        news.addAll(found.news());
      })) {
        continue;
      }
      notRun.addAll(group);
    }
    Map<String, List<AlertNews.News>> byOwner = new LinkedHashMap<>();
    news.forEach(n -> byOwner.computeIfAbsent(n.search().owner(), k -> new ArrayList<>()).add(n));
    Map<String, Account> owners = accounts.findAll(byOwner.keySet());
    AtomicInteger delivered = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    List<SavedSearch> heldBack = new ArrayList<>();
    Instant handedAt = clock.instant();
    byOwner.forEach((owner, items) -> {
      AlertDeliveries.Handover handover = deliveries.submit(owner, () -> {
        boolean ok = deliver(owners.get(owner), owner, items);
        (ok ? delivered : failed).incrementAndGet();
        Meters.registry().counter(DELIVERIES, "outcome", ok ? "delivered" : "failed").increment();
      });
      if (handover != AlertDeliveries.Handover.TAKEN) {
        items.forEach(n -> heldBack.add(n.search()));
        if (handover == AlertDeliveries.Handover.FULL) {
          notSent(items, handedAt);
        }
      }
    });
    alerting.forEach(s -> waiting.remove(s.id()));
    notRun.forEach(s -> waiting.add(s.id()));
    heldBack.forEach(s -> waiting.add(s.id()));
    if (notRun.isEmpty() && heldBack.isEmpty()) {
      nextRetry = FIRST_RETRY;
    } else {
      retryLater(notRun.size() + heldBack.size());
    }
    int sending = byOwner.size() - (int) heldBack.stream().map(SavedSearch::owner).distinct().count();
    if (awaitDeliveries) {
      deliveries.awaitIdle(DELIVERIES_AT_MOST);
      sending = 0;
    }
    return new CheckReport(alerting.size(), news.size(), byOwner.size(), delivered.get(), failed.get(),
        notRun.size(), sending, heldBack.size());
  }

  /** Longer than one owner's delivery with every retry (timeout and delays), and enough for a queue of them. */
  private static final Duration DELIVERIES_AT_MOST = Duration.ofMinutes(10);

  /**
   * The delivery threads had no room for these news (session 28): recorded on their saved searches as a failed
   * delivery is, watermarks unmoved, and checked again by the retry.
   */
  private void notSent(List<AlertNews.News> items, Instant at) {
    LOG.warn("Alert for {} not sent now: the deliveries' queue is full; it is tried again shortly",
        items.get(0).search().owner());
    SavedSearch.AlertStatus before = items.get(0).search().alertStatus();
    record(items, new SavedSearch.AlertStatus(at, before == null ? null : before.lastDeliveredAt(),
        "Not sent yet: too many alerts were waiting to be sent; it is tried again shortly.", 0, total(items)), false);
  }

  /** Queues one retry of the waiting searches, unless one is queued; without a scheduler the next import checks them. */
  private void retryLater(int searches) {
    Scheduler jobs = scheduler;
    if (retryQueued || jobs == null) {
      return;
    }
    Duration delay = nextRetry;
    nextRetry = nextRetry.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : nextRetry.multipliedBy(2);
    retryQueued = jobs.later("alerts retry", delay, this::checkWaiting);
    LOG.info("Alerts: {} saved searches wait (for a place for expensive work, or for their owner's last delivery);"
        + " checked again in {} s", searches, delay.toSeconds());
  }

  private boolean deliver(Account account, String owner, List<AlertNews.News> items) {
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
  private void record(List<AlertNews.News> items, SavedSearch.AlertStatus status, boolean advance) {
    Map<String, Instant> watermarks = new java.util.LinkedHashMap<>();
    for (AlertNews.News n : items) {
      // Past every match seen, the later copies of earlier stories among them included.
      Instant newest = n.newestMatch() != null ? n.newestMatch()
          : n.hits().isEmpty() ? null : n.hits().get(0).ingestedAt();
      watermarks.put(n.search().id(), advance ? newest : null);
    }
    store.recordAlerts(status, watermarks);
  }

  private static long total(List<AlertNews.News> items) {
    return items.stream().mapToLong(AlertNews.News::count).sum();
  }

  /** The webhook's body; Jackson writes the components in snake_case, instants in ISO-8601. */
  record Payload(String type, Instant sentAt, String account, List<SearchNews> savedSearches) {}

  /** One saved search with new matches, and links back to it. */
  record SearchNews(String id, String name, String pageUrl, String searchUrl, long newCount,
      List<NewArticle> articles) {}

  /** One new match; {@code url} only when it is http(s) ({@link WebLinks#httpOrNull}). */
  record NewArticle(String id, String title, String articleUrl, String url, String source, Instant publishedAt,
      Instant ingestedAt, String summary) {}

  String payload(String owner, List<AlertNews.News> items, Instant sentAt) {
    List<SearchNews> searches = new ArrayList<>();
    for (AlertNews.News n : items) {
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

  /** Stops the delivery threads; checks themselves stop with the scheduler that runs them. */
  @Override
  public void close() {
    deliveries.close();
  }

  /** Waits until every check queued so far has finished, and the deliveries they started (tests, commands). */
  public void awaitIdle(Duration max) {
    Scheduler jobs = scheduler;
    if (jobs != null) {
      jobs.awaitIdle(max);
    }
    deliveries.awaitIdle(max);
  }
}
