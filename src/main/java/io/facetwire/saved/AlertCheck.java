package io.facetwire.saved;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.facetwire.account.Account;
import io.facetwire.account.AccountStore;
import io.facetwire.metrics.Meters;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
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
  /**
   * Saved searches with alerts on read and checked at a time: what one check holds, whatever their number (one
   * {@code _msearch} of those without wildcards, ten places' worth of those with).
   */
  static final int PAGE_SIZE = 100;
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

  /**
   * Told as a check goes which saved searches it checked and which it leaves for a retry (no place, or no room to
   * deliver): the scheduler's waiting list, kept without the check holding every saved search it read.
   */
  interface Waiting {
    void checked(SavedSearch search);

    void waits(SavedSearch search);
  }

  private final SavedSearchStore store;
  private final AccountStore accounts;
  private final AlertNews finder;
  private final WebhookSender sender;
  private final AlertPayload payload;
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
    this.payload = new AlertPayload(json, publicUrl);
    this.clock = clock;
    this.queries = queries;
    this.deliveries = deliveries;
    // Both outcomes are on /metrics from the start (at 0), not from the first delivery that has them.
    Meters.registry().counter(DELIVERIES, "outcome", "delivered");
    Meters.registry().counter(DELIVERIES, "outcome", "failed");
  }

  /**
   * Checks the saved searches with alerts on that {@code which} takes, read {@link #PAGE_SIZE} at a time, so a check
   * holds one page and the news found in it, not every saved search (session 29). Each page is checked before the next
   * is read: those without wildcards up to {@value #SEARCHES_PER_REQUEST} an {@code _msearch}; those with wildcards
   * {@value #WILDCARD_SEARCHES_PER_PLACE} at a time, each group in one of {@code places} and one item at a time. A
   * group that finds no place, and every wildcard group after it, is not checked now: their watermarks stay and they
   * wait for a retry, so no alert is lost. Pages come in owner order, so each owner's news goes as one alert once its
   * last search is checked. With {@code awaitDeliveries} (a command's import) the check waits for its deliveries; a
   * server's hands them over and ends.
   */
  Report run(Predicate<SavedSearch> which, Places places, Waiting waiting, boolean awaitDeliveries) {
    Run run = new Run(clock.instant(), places, waiting);
    SavedSearch last = null;
    List<SavedSearch> page;
    do {
      page = store.alertingPage(last, PAGE_SIZE);
      if (page.isEmpty()) {
        break;
      }
      last = page.get(page.size() - 1);
      run.check(page.stream().filter(which).toList());
      // Every owner before the page's last has had all its searches checked; the last one's may go on next page.
      run.handOverAllBut(last.owner());
    } while (page.size() == PAGE_SIZE);
    run.handOverAllBut(null);
    if (awaitDeliveries) {
      deliveries.awaitIdle(DELIVERIES_AT_MOST);
    }
    return run.report(awaitDeliveries);
  }

  /** One check's state: its time bound, whether the places refused it, the news not yet handed over, its counts. */
  private final class Run {
    private final Instant upTo;
    private final Places places;
    private final Waiting waiting;
    private final MsearchCost cheapCost = new MsearchCost(null, queries.timeout());
    private final MsearchCost wildcardCost = MsearchCost.oneAtATime(queries.timeout());
    /** News of owners whose last searches may be on the next page; at most a page's news and one owner's. */
    private final Map<String, List<AlertNews.News>> pending = new LinkedHashMap<>();
    private boolean placesRefused;
    private int checked;
    private int withNews;
    private int owners;
    private int notRun;
    private int sending;
    private int heldBack;
    private final AtomicInteger delivered = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();

    Run(Instant upTo, Places places, Waiting waiting) {
      this.upTo = upTo;
      this.places = places;
      this.waiting = waiting;
    }

    void check(List<SavedSearch> searches) {
      List<SavedSearch> cheap = new ArrayList<>();
      List<SavedSearch> wildcards = new ArrayList<>();
      searches.forEach(s -> (queries.expensive(s) ? wildcards : cheap).add(s));
      for (int from = 0; from < cheap.size(); from += SEARCHES_PER_REQUEST) {
        found(finder.find(cheap.subList(from, Math.min(cheap.size(), from + SEARCHES_PER_REQUEST)), upTo, cheapCost));
      }
      List<SavedSearch> left = new ArrayList<>();
      for (int from = 0; from < wildcards.size(); from += WILDCARD_SEARCHES_PER_PLACE) {
        List<SavedSearch> group = wildcards.subList(from, Math.min(wildcards.size(), from + WILDCARD_SEARCHES_PER_PLACE));
        placesRefused = placesRefused || !places.run(() -> found(finder.find(group, upTo, wildcardCost)));
        if (placesRefused) {
          left.addAll(group);
        }
      }
      checked += searches.size();
      notRun += left.size();
      searches.forEach(waiting::checked);
      left.forEach(waiting::waits);
    }

    private void found(AlertNews.Found found) {
      store.recordAlerts(null, found.passed());
      withNews += found.news().size();
      found.news().forEach(n -> pending.computeIfAbsent(n.search().owner(), k -> new ArrayList<>()).add(n));
    }

    /** Hands each pending owner's news but {@code keep}'s to the delivery threads, as one alert an owner. */
    void handOverAllBut(String keep) {
      Map<String, List<AlertNews.News>> ready = new LinkedHashMap<>(pending);
      ready.remove(keep);
      if (ready.isEmpty()) {
        return;
      }
      ready.keySet().forEach(pending::remove);
      Map<String, Account> accountsOf = accounts.findAll(ready.keySet());
      Instant handedAt = clock.instant();
      ready.forEach((owner, items) -> {
        owners++;
        AlertDeliveries.Handover handover = deliveries.submit(owner, () -> {
          boolean ok = deliver(accountsOf.get(owner), owner, items);
          (ok ? delivered : failed).incrementAndGet();
          Meters.registry().counter(DELIVERIES, "outcome", ok ? "delivered" : "failed").increment();
        });
        if (handover == AlertDeliveries.Handover.TAKEN) {
          sending++;
          return;
        }
        heldBack += items.size();
        items.forEach(n -> waiting.waits(n.search()));
        if (handover == AlertDeliveries.Handover.FULL) {
          notSent(items, handedAt);
        }
      });
    }

    Report report(boolean awaited) {
      return new Report(checked, withNews, owners, delivered.get(), failed.get(), notRun, awaited ? 0 : sending,
          heldBack);
    }
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
    WebhookSender.Delivery d = sender.send(account.webhookUrl(), payload.write(owner, items, attemptAt));
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

  /** Waits until no delivery is queued or running (tests, and a command-line import before it ends). */
  void awaitDeliveries(Duration max) {
    deliveries.awaitIdle(max);
  }

  /** Stops the delivery threads, letting the deliveries under way end. */
  void closeDeliveries() {
    deliveries.close();
  }
}
