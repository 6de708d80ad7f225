package io.facetwire.web.http;

import java.io.IOException;
import java.time.Duration;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.NanoTime;

/**
 * Every request body must keep a pace: after a grace ({@code FACETWIRE_BODY_GRACE}, 10 s) it must have
 * averaged at least {@code FACETWIRE_MIN_BODY_RATE} (1 KB) a second since its first byte was asked for,
 * else the read fails with {@link TooSlow} and the client is answered 408. Jetty's idle timeout only ends
 * a connection on which nothing arrives for 30 s, so a client sending a byte every few seconds kept its
 * request, and the thread reading it, for as long as it liked: session 10 found it for form bodies, and
 * JSON bodies to {@code /api/extract} did the same until 2026-12-02. The rule is judged on every read,
 * that is whenever bytes arrive; a client that stops sending altogether meets the idle timeout.
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

  /** Whether {@code bytes} by {@code elapsedNanos} after the start keep the pace (pure: tested alone). */
  static boolean keepsPace(long bytes, long elapsedNanos, long bytesPerSecond, long graceNanos) {
    if (elapsedNanos <= graceNanos) {
      return true;
    }
    // bytes >= rate × elapsed: the average since the start, grace included, is at least the rate.
    double owed = (double) bytesPerSecond * elapsedNanos / 1e9;
    return bytes >= owed;
  }

  private final class Paced extends Request.Wrapper {
    private long startNanos;
    private boolean started;
    private long bytes;
    private Content.Chunk failed;

    Paced(Request request) {
      super(request);
    }

    private void start() {
      if (!started) {
        started = true;
        startNanos = NanoTime.now();
      }
    }

    @Override
    public void demand(Runnable demandCallback) {
      start();
      super.demand(demandCallback);
    }

    @Override
    public Content.Chunk read() {
      if (failed != null) {
        return failed;
      }
      start();
      Content.Chunk chunk = super.read();
      if (chunk == null || Content.Chunk.isFailure(chunk)) {
        return chunk;
      }
      bytes += chunk.remaining();
      if (!chunk.isLast() && !keepsPace(bytes, NanoTime.since(startNanos), bytesPerSecond, graceNanos)) {
        chunk.release();
        failed = Content.Chunk.from(new TooSlow(message), true);
        return failed;
      }
      return chunk;
    }
  }
}
