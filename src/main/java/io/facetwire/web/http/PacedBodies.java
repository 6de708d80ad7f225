package io.facetwire.web.http;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.NanoTime;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Every request body must keep a pace: once the server has waited for it longer than a grace
 * ({@code FACETWIRE_BODY_GRACE}, 10 s), it must have come at {@code FACETWIRE_MIN_BODY_RATE} (1 KB) a second
 * or more over that waiting, else the read fails with {@link TooSlow} and the client is answered 408. Jetty's idle timeout only ends
 * a connection on which nothing arrives for 30 s, so a client sending a byte every few seconds kept its
 * request, and the thread reading it, for as long as it liked: session 10 found it for form bodies, and
 * JSON bodies to {@code /api/extract} did the same until 2026-12-02. The rule is judged on every read,
 * that is whenever bytes arrive, and also when a wait for more would break it (session 19): a chunked body
 * whose chunk extension ({@code 1;aaaa…}) came a byte a second delivered no body bytes, so no read came to judge
 * it, while every framing byte kept Jetty's idle timeout away; it held a streaming {@code /api/extract} read, its
 * thread and one of the two expensive places for as long as the client liked. Each wait for body bytes is now
 * given a deadline, the moment the pace would be broken if nothing more came; a wait still open then ends the
 * body with {@link TooSlow} (408) as a slow read does. A client that stops sending altogether meets the same
 * deadline, or the idle timeout, whichever comes first.
 *
 * <p>Jetty's own {@code MinimumDataRateHandler} is not used: in 12.1 it divides the bytes read by all
 * requests together by one request's time, so under load every trickling client looks fast.
 */
final class PacedBodies extends Handler.Wrapper {

  /** The body arrived more slowly than the server accepts. */
  static final class TooSlow extends IOException {
    TooSlow(String message) {
      super(message);
    }
  }

  /**
   * A request attribute: the {@link System#nanoTime} after which no more of the body is waited for, whatever the pace
   * allows (a refused request's body is read only briefly, {@link BodyLimits#swallowUnread}).
   */
  static final String READ_UNTIL = "facetwire.body-read-until";

  private final long bytesPerSecond;
  private final long graceNanos;
  private final String message;

  PacedBodies(long bytesPerSecond, Duration grace) {
    this.bytesPerSecond = bytesPerSecond;
    this.graceNanos = grace.toNanos();
    this.message = "The request body arrived too slowly: after the first " + grace.toSeconds() + " s a body must"
        + " come at " + BodyLimits.size(bytesPerSecond) + " a second or more (FACETWIRE_MIN_BODY_RATE).";
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    boolean hasBody = request.getLength() > 0 || request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
    return super.handle(hasBody ? new Paced(request) : request, response, callback);
  }

  /**
   * Whether {@code bytes} that took {@code waitedNanos} of waiting keep the pace (pure: tested alone): within
   * the grace any pace will do; after it, the average over all the waiting, grace included, must reach the rate.
   */
  static boolean keepsPace(long bytes, long waitedNanos, long bytesPerSecond, long graceNanos) {
    if (waitedNanos <= graceNanos) {
      return true;
    }
    double owed = (double) bytesPerSecond * waitedNanos / 1e9;
    return bytes >= owed;
  }

  /**
   * How much longer a body that has {@code bytes} after {@code waitedNanos} of waiting may wait for its next bytes
   * before it breaks the pace (pure: tested alone): the later of the grace and the waiting those bytes pay for.
   */
  static long nanosUntilPaceBreaks(long bytes, long waitedNanos, long bytesPerSecond, long graceNanos) {
    double paidFor = (double) bytes * 1e9 / bytesPerSecond;
    long allowed = (long) Math.min(Long.MAX_VALUE / 2, Math.max(graceNanos, paidFor));
    return Math.max(0, allowed - waitedNanos) + 1;
  }

  /**
   * Counts the bytes and the time spent waiting for them: only the time between asking for more and
   * more arriving is the client's. Time the application spends between reads (an import waiting for
   * Elasticsearch to take a batch) is the server's own and never makes a body "slow".
   */
  private final class Paced extends Request.Wrapper {
    private volatile long waitedNanos;
    private volatile long bytes;
    private volatile Content.Chunk failed;

    Paced(Request request) {
      super(request);
    }

    @Override
    public void demand(Runnable demandCallback) {
      long asked = NanoTime.now();
      // Whichever comes first runs the reader's callback, once: bytes arriving, or the deadline of this wait.
      AtomicBoolean answered = new AtomicBoolean();
      Scheduler.Task deadline = getComponents().getScheduler().schedule(() -> {
        if (answered.compareAndSet(false, true)) {
          waitedNanos += NanoTime.since(asked);
          failed = Content.Chunk.from(new TooSlow(message), true);
          demandCallback.run();
        }
      }, waitAllowed(asked), TimeUnit.NANOSECONDS);
      super.demand(() -> {
        if (answered.compareAndSet(false, true)) {
          deadline.cancel();
          waitedNanos += NanoTime.since(asked);
          demandCallback.run();
        }
      });
    }

    /** The pace's deadline for this wait, or the request's own {@link #READ_UNTIL} if that comes first. */
    private long waitAllowed(long now) {
      long allowed = nanosUntilPaceBreaks(bytes, waitedNanos, bytesPerSecond, graceNanos);
      return getAttribute(READ_UNTIL) instanceof Long until ? Math.max(1, Math.min(allowed, until - now)) : allowed;
    }

    @Override
    public Content.Chunk read() {
      if (failed != null) {
        return failed;
      }
      Content.Chunk chunk = super.read();
      if (chunk == null || Content.Chunk.isFailure(chunk)) {
        return chunk;
      }
      bytes += chunk.remaining();
      if (!chunk.isLast() && !keepsPace(bytes, waitedNanos, bytesPerSecond, graceNanos)) {
        chunk.release();
        failed = Content.Chunk.from(new TooSlow(message), true);
        return failed;
      }
      return chunk;
    }
  }
}
