package io.facetwire.saved;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Webhook deliveries on a few threads of their own, with a bounded queue (session 28). Before, the alert check waited
 * on the background jobs' one thread for every delivery it started, so one receiver that accepts and never answers
 * held the next alert check, the housekeeping and the source polling for its timeout and retries.
 *
 * <p>At most one delivery per owner is queued or running: a check that finds an owner's news while the last delivery
 * to that owner is still under way leaves it for later (the watermarks have not moved, so nothing is lost), rather than
 * piling sends onto a receiver that is slow already. Refused (owner busy, queue full, shutting down), a delivery is
 * the caller's to offer again.
 */
final class AlertDeliveries implements AutoCloseable {

  /** Why a delivery was not taken, or that it was. */
  enum Handover { TAKEN, OWNER_BUSY, FULL }

  private static final Logger LOG = LoggerFactory.getLogger(AlertDeliveries.class);

  private final ThreadPoolExecutor pool;
  /** Owners with a delivery queued or running. */
  private final Set<String> busy = ConcurrentHashMap.newKeySet();

  AlertDeliveries(AlertDeliverySettings settings) {
    this(settings.threads(), settings.queued());
  }

  /** {@code threads} deliveries at once; {@code queued} owners' deliveries waiting, past which they wait for a retry. */
  AlertDeliveries(int threads, int queued) {
    this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(queued),
        r -> {
          Thread t = new Thread(r, "facetwire-alert-delivery");
          t.setDaemon(true);
          return t;
        }, new ThreadPoolExecutor.AbortPolicy());
  }

  /** Hands {@code delivery} to the delivery threads, unless one to {@code owner} is under way or no room is left. */
  Handover submit(String owner, Runnable delivery) {
    if (!busy.add(owner)) {
      return Handover.OWNER_BUSY;
    }
    try {
      pool.execute(() -> {
        try {
          delivery.run();
        } catch (RuntimeException e) {
          LOG.warn("Alert delivery failed unexpectedly: {}", e.toString());
        } finally {
          busy.remove(owner);
        }
      });
      return Handover.TAKEN;
    } catch (RejectedExecutionException e) {
      busy.remove(owner);
      return Handover.FULL;
    }
  }

  /** Waits until no delivery is queued or running (tests, and a command-line import before it ends). */
  void awaitIdle(Duration max) {
    long deadline = System.nanoTime() + max.toNanos();
    while (!busy.isEmpty()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("Alert deliveries did not finish within " + max);
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** Lets the deliveries under way end (each is bounded by its timeout and retries), at most 30 s. */
  @Override
  public void close() {
    pool.shutdown();
    try {
      if (!pool.awaitTermination(30, TimeUnit.SECONDS)) {
        LOG.warn("Alert deliveries still running at shutdown; they are offered again at the next start or import");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    pool.shutdownNow();
  }
}
