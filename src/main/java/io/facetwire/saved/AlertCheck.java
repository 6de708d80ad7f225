package io.facetwire.saved;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.facetwire.account.Account;
import io.facetwire.account.AccountStore;
import io.facetwire.article.WebLinks;
import io.facetwire.metrics.Meters;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One alert check: finds the new matches of the saved searches it is given and hands each owner's news to the
 * delivery threads as one webhook POST. Matches are stories when the search page groups by story
 * ({@link MatchCounting}): one wire story in five outlets is one new match, listed once as its newest version. The
 * check is {@code _msearch} on {@code ingested_at}, one item per saved search (in requests of
 * {@value #SEARCHES_PER_REQUEST}), so its cost grows with the number of saved searches, not with the number of
 * articles. When checks run, and what waits for a retry, is {@link AlertScheduler}'s.
 *
 * <p>What is new is found by {@link AlertNews}: stories, each new once. A saved search's watermark moves when its new
 * stories were delivered, or when its matches since were all later copies of stories it had before (nothing to
 * send); after a failed delivery (every retry used) the same matches are offered again by a later check, and the
 * failure is shown on the saved search's page. Delivery is at least once: a crash between delivery and the watermark
 * update repeats an alert rather than losing one.
 */
public final class AlertCheck {

  static final int SEARCHES_PER_REQUEST = 100;
  /** Articles listed per saved search in one alert; the count says how many there were in all. */
  public static final int ARTICLES_PER_ALERT = 20;
  /** Saved searches with wildcards checked in one expensive place, at most (one {@code _msearch} item at a time). */
  static final int WILDCARD_SEARCHES_PER_PLACE = 10;
  /** Webhook deliveries (one per owner with news per check), by outcome after all retries. */
  static final String DELIVERIES = "facetwire.alert.deliveries";
  /** Longer than one owner's delivery with every retry (timeout and delays), and enough for a queue of them. */
  private static final Duration DELIVERIES_AT_MOST = Duration.ofMinutes(10);

  private static final Logger LOG = LoggerFactory.getLogger(AlertCheck.class);

  /**
   * What one check found and did, for logs and tests; {@code waitingForPlace}: saved searches with wildcards that
   * found no expensive place and are checked again later; {@code sending}: deliveries handed to the delivery threads
   * and not waited for (a server's check: their outcome is logged and recorded when they end); {@code heldBack}:
   * saved searches whose news the delivery threads could not take now, checked again later.
   */
  public record Report(int searchesChecked, int searchesWithNews, int owners, int delivered, int failed,
      int waitingForPlace, int sending, int heldBack) {}

  /**
   * Where a check runs the saved searches with wildcards (session 27): in an expensive place, as a visitor's wildcard
   * search is ({@code ExpensiveWork#runInBackground}). False, with nothing run, when no place came in time.
   */
  @FunctionalInterface
  public interface Places {
    boolean run(Runnable work);
  }

  /** A check's report, and the saved searches it leaves for a retry: found no place, or no room to deliver. */
  record Outcome(Report report, List<SavedSearch> notRun, List<SavedSearch> heldBack) {}

  private final SavedSearchStore store;
  private final AccountStore accounts;
  private final AlertNews finder;
  private final WebhookSender sender;
  private final ObjectMapper json;
  private final String publicUrl;
  private final Clock clock;
  private final SavedSearchQuery queries;
  private final AlertDeliveries deliveries;

  AlertCheck(SavedSearchStore store, AccountStore accounts, ElasticsearchClient client, String articlesAlias,
      SavedSearchQuery queries, WebhookSender sender, ObjectMapper json, String publicUrl, Clock clock,
      AlertDeliveries deliveries) {
    this.store = store;
    this.accounts = accounts;
    this.finder = new AlertNews(client, articlesAlias, queries);
    this.sender = sender;
    this.json = json;
    this.publicUrl = publicUrl == null ? "" : publicUrl;
    this.clock = clock;
    this.queries = queries;
    this.deliveries = deliveries;
    // Both outcomes are on /metrics from the start (at 0), not from the first delivery that has them.
    Meters.registry().counter(DELIVERIES, "outcome", "delivered");
    Meters.registry().counter(DELIVERIES, "outcome", "failed");
  }

  /**
   * Checks {@code alerting}: those without wildcards up to {@value #SEARCHES_PER_REQUEST} an {@code _msearch}; those
   * with wildcards {@value #WILDCARD_SEARCHES_PER_PLACE} at a time, each group in one of {@code places} and one item
   * at a time. A group that finds no place, and every group after it, is not checked now: their watermarks stay and
   * they are returned as not run, so no alert is lost. With {@code awaitDeliveries} (a command's import) the check
   * waits for its deliveries; a server's hands them over and ends.
   */
  Outcome run(List<SavedSearch> alerting, Places places, boolean awaitDeliveries) {
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
    int sending = byOwner.size() - (int) heldBack.stream().map(SavedSearch::owner).distinct().count();
    if (awaitDeliveries) {
      deliveries.awaitIdle(DELIVERIES_AT_MOST);
      sending = 0;
    }
    return new Outcome(new Report(alerting.size(), news.size(), byOwner.size(), delivered.get(), failed.get(),
        notRun.size(), sending, heldBack.size()), notRun, heldBack);
  }

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
    Map<String, Instant> watermarks = new LinkedHashMap<>();
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

  /** Waits until no delivery is queued or running (tests, and a command-line import before it ends). */
  void awaitDeliveries(Duration max) {
    deliveries.awaitIdle(max);
  }

  /** Stops the delivery threads, letting the deliveries under way end. */
  void closeDeliveries() {
    deliveries.close();
  }
}
