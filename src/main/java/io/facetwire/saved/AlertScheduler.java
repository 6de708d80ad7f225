package io.facetwire.saved;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.facetwire.account.AccountStore;
import io.facetwire.ingest.ImportSummary;
import io.facetwire.jobs.Scheduler;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When alert checks run ({@link AlertCheck} runs one): after each import, once at a server's start, and as retries of
 * the saved searches a check could not finish — those with wildcards that found no expensive place, and those whose
 * news the delivery threads could not take now (its owner's last delivery still under way, or too many waiting).
 * Retries wait {@link #FIRST_RETRY}, doubling up to {@link #LAST_RETRY}, so nothing waits for another import.
 *
 * <p>In a server checks run as background jobs and hand their deliveries to their own threads
 * ({@link AlertDeliveries}, session 28), so a webhook that never answers holds neither the next check nor the other
 * background jobs; a command-line import checks on its own thread and waits for its deliveries.
 */
public final class AlertScheduler implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(AlertScheduler.class);

  /** How long searches that found no place wait before their check tries again; doubled each time up to {@link #LAST_RETRY}. */
  static final Duration FIRST_RETRY = Duration.ofSeconds(5);
  static final Duration LAST_RETRY = Duration.ofMinutes(5);

  private final AlertCheck check;
  /** A command-line import's check (no server, no places): runs at once. */
  private volatile AlertCheck.Places places = work -> {
    work.run();
    return true;
  };
  /** Whether a server's places are in use (not the command line's "at once"), and whether its check at start is queued. */
  private volatile boolean placesTaken;
  private final AtomicBoolean startChecked = new AtomicBoolean();
  /** Ids of saved searches a check left (no place, no room to deliver); checked by the retry, and by any check after an import. */
  private final Set<String> waiting = ConcurrentHashMap.newKeySet();
  /** Guarded by this: whether a retry is queued, and how long the next one waits. */
  private boolean retryQueued;
  private Duration nextRetry = FIRST_RETRY;
  /** The server's scheduler once {@code serve} started it; null: checks run on the importing thread (CLI). */
  private volatile Scheduler scheduler;

  public AlertScheduler(SavedSearchStore store, AccountStore accounts, ElasticsearchClient client, String articlesAlias,
      SavedSearchQuery queries, WebhookSender sender, ObjectMapper json, String publicUrl, Clock clock) {
    this(store, accounts, client, articlesAlias, queries, sender, json, publicUrl, clock,
        AlertDeliverySettings.defaults());
  }

  /** With this many delivery threads and waiting deliveries ({@code FACETWIRE_ALERT_DELIVERY_*}). */
  public AlertScheduler(SavedSearchStore store, AccountStore accounts, ElasticsearchClient client,
      String articlesAlias, SavedSearchQuery queries, WebhookSender sender, ObjectMapper json, String publicUrl,
      Clock clock, AlertDeliverySettings deliveries) {
    this(store, accounts, client, articlesAlias, queries, sender, json, publicUrl, clock,
        new AlertDeliveries(deliveries));
  }

  /** With these delivery threads (tests: fewer, to fill them). */
  AlertScheduler(SavedSearchStore store, AccountStore accounts, ElasticsearchClient client, String articlesAlias,
      SavedSearchQuery queries, WebhookSender sender, ObjectMapper json, String publicUrl, Clock clock,
      AlertDeliveries deliveries) {
    this.check = new AlertCheck(store, accounts, client, articlesAlias, queries, sender, json, publicUrl, clock,
        deliveries);
  }

  /**
   * From now on the saved searches with wildcards are checked in the server's expensive places (App, as it makes
   * them), a few at a time, one item at a time; a check that finds none leaves them for a retry.
   */
  public void takePlacesFrom(AlertCheck.Places places) {
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

  private static void logged(AlertCheck.Report report) {
    if (report.searchesWithNews() > 0) {
      LOG.info("Alerts: {} saved searches checked, {} with new matches, {} owners, {} delivered, {} failed, {} being"
          + " sent, {} saved searches held back for a retry", report.searchesChecked(), report.searchesWithNews(),
          report.owners(), report.delivered(), report.failed(), report.sending(), report.heldBack());
    }
  }

  /** Runs one check of every alerting saved search and its deliveries now, on the caller's thread (waiting for the deliveries). */
  public synchronized AlertCheck.Report checkNow() {
    return check(s -> true, true);
  }

  /** One check as a server's: its deliveries are handed to the delivery threads, not waited for. */
  synchronized AlertCheck.Report checkHandingOver() {
    return check(s -> true, false);
  }

  /** The retry: the saved searches a check left before, as they are now (deleted or alerts off: not checked). */
  private synchronized void checkWaiting() {
    retryQueued = false;
    if (waiting.isEmpty()) {
      return;
    }
    Set<String> owed = Set.copyOf(waiting);
    // Each owed search the pages list is taken off this set as it is taken; those left were deleted or their alerts
    // turned off meanwhile: owed nothing, they leave the waiting list (ids, not searches, so no page is kept for it).
    Set<String> unlisted = new HashSet<>(owed);
    try {
      logged(check(s -> owed.contains(s.id()) && unlisted.remove(s.id()), scheduler == null));
      waiting.removeAll(unlisted);
    } catch (RuntimeException e) {
      // Elasticsearch away: the searches keep waiting (their watermarks did not move); try again later.
      LOG.warn("Alert check of saved searches waiting for a place failed: {}", e.getMessage());
      retryLater(waiting.size());
    }
  }

  /** One check of the alerting saved searches {@code which} takes; what it leaves waits for a retry. */
  private synchronized AlertCheck.Report check(Predicate<SavedSearch> which, boolean awaitDeliveries) {
    AlertCheck.Report report = check.run(which, places, new AlertCheck.Waiting() {
      @Override
      public void checked(SavedSearch search) {
        waiting.remove(search.id());
      }

      @Override
      public void waits(SavedSearch search) {
        waiting.add(search.id());
      }
    }, awaitDeliveries);
    int left = report.waitingForPlace() + report.heldBack();
    if (left == 0) {
      nextRetry = FIRST_RETRY;
    } else {
      retryLater(left);
    }
    return report;
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

  /** Stops the delivery threads; checks themselves stop with the scheduler that runs them. */
  @Override
  public void close() {
    check.closeDeliveries();
  }

  /** Waits until every check queued so far has finished, and the deliveries they started (tests, commands). */
  public void awaitIdle(Duration max) {
    Scheduler jobs = scheduler;
    if (jobs != null) {
      jobs.awaitIdle(max);
    }
    check.awaitDeliveries(max);
  }
}
