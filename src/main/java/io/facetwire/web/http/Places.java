package io.facetwire.web.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Places for one kind of request: at most {@code perAddress} at once for one client address (one more is
 * refused at once) and {@code total} over all clients (one more waits up to {@code wait} for a place, then
 * is refused). The one mechanism behind {@link ExpensiveWork} and {@link SearchAdmission}, which differ
 * only in their numbers and in what a refused client is told.
 */
final class Places {

  /** What a client without a place gets: a status and a sentence, with Retry-After. */
  record Refusal(int status, String message) {}

  /**
   * A part of the places that a class of clients may hold together, however many addresses they come from
   * ({@link ExpensiveWork}: visitors who are not signed in), and what one more of them is told.
   */
  record Share(Semaphore places, Refusal full) {
    Share(int places, Refusal full) {
      this(new Semaphore(places, true), full);
    }
  }

  private final int total;
  private final Duration wait;
  private final Refusal addressFull;
  private final Refusal allFull;
  private final int retryAfterSeconds;
  private final int perAddress;
  private final Semaphore overall;
  /** Requests running per address; an address with none has no entry, so the map stays small. */
  private final Map<String, Integer> running = new ConcurrentHashMap<>();

  Places(int perAddress, int total, Duration wait, Refusal addressFull, Refusal allFull, int retryAfterSeconds) {
    this.perAddress = perAddress;
    this.total = total;
    this.wait = wait;
    this.addressFull = addressFull;
    this.allFull = allFull;
    this.retryAfterSeconds = retryAfterSeconds;
    this.overall = new Semaphore(total, true);
  }

  /** Runs {@code handler} once {@code address} has a place, else answers with the refusal. */
  void run(Context ctx, String address, Handler handler) throws Exception {
    run(ctx, address, null, handler);
  }

  /**
   * Runs {@code handler} once {@code holder} (a client address, or an account) has a place and, when
   * {@code share} is given, a place of that share too; the whole wait for both is at most {@code wait}.
   */
  void run(Context ctx, String holder, Share share, Handler handler) throws Exception {
    Refusal refused = runInPlace(holder, share, wait, () -> handler.handle(ctx));
    if (refused != null) {
      refuse(ctx, refused);
    }
  }

  /**
   * Runs {@code work} for a request once {@code holder} has a place (and one of {@code share}), waiting at most
   * {@code within} instead of this kind's own wait: for work a request does in parts, each part in a place of its own
   * (a CSV export's pages, session 29). When none came: with {@code answer} the request is answered with the refusal
   * (an exception, before anything was written), else false and nothing run.
   */
  boolean runFor(Context ctx, String holder, Share share, Duration within, boolean answer, Work work) throws Exception {
    Refusal refused = runInPlace(holder, share, within, work);
    if (refused != null && answer) {
      refuse(ctx, refused);
    }
    return refused == null;
  }

  /**
   * For work that no request waits for (a background job): takes a place for {@code holder} as {@link #run} does,
   * waiting at most {@code wait} for one, and runs {@code work} in it. False, and nothing run, when {@code holder}
   * already has its places or none came in time (the caller tries again later); the wait is in the same fair
   * queue as the requests', so a job never jumps ahead of a visitor who asked before it.
   */
  boolean tryRun(String holder, Share share, Runnable work) {
    try {
      return runInPlace(holder, share, wait, work::run) == null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e); // a Runnable throws no checked exception
    }
  }

  /** Work run in a place, which may throw what a request's handler throws. */
  interface Work {
    void run() throws Exception;
  }

  /**
   * The one way a place is taken: the holder's own, the share's when given, then one of the overall places, the
   * wait for the last two at most {@code wait} in all; {@code work} runs once all are held and every place is given
   * back after it. Null when it ran; else the refusal that applies, with nothing run.
   */
  private Refusal runInPlace(String holder, Share share, Duration wait, Work work) throws Exception {
    if (!acquire(holder)) {
      return addressFull;
    }
    try {
      long deadline = System.nanoTime() + wait.toNanos();
      if (share != null && !share.places().tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS)) {
        return share.full();
      }
      try {
        if (!overall.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
          return allFull;
        }
        try {
          work.run();
          return null;
        } finally {
          overall.release();
        }
      } finally {
        if (share != null) {
          share.places().release();
        }
      }
    } finally {
      release(holder);
    }
  }

  /** Places taken over all clients now (tests). */
  int running() {
    return total - overall.availablePermits();
  }

  private boolean acquire(String address) {
    boolean[] granted = {false};
    running.compute(address, (a, n) -> {
      int now = n == null ? 0 : n;
      if (now >= perAddress) {
        return n;
      }
      granted[0] = true;
      return now + 1;
    });
    return granted[0];
  }

  private void release(String address) {
    running.computeIfPresent(address, (a, n) -> n <= 1 ? null : n - 1);
  }

  private void refuse(Context ctx, Refusal refusal) {
    ctx.header("Retry-After", Integer.toString(retryAfterSeconds));
    throw new HttpResponseException(refusal.status(), refusal.message(), Map.of());
  }
}
