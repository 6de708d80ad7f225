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
    if (!acquire(address)) {
      refuse(ctx, addressFull);
    }
    try {
      if (!overall.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
        refuse(ctx, allFull);
      }
      try {
        handler.handle(ctx);
      } finally {
        overall.release();
      }
    } finally {
      release(address);
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
