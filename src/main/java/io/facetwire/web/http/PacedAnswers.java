package io.facetwire.web.http;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Every answer must be read at a pace: each piece the application hands to a connection (Jetty's output
 * buffer, {@link WholeResponses#BUFFER} at most) may wait for the client to take it for {@code bytes / FACETWIRE_MIN_BODY_RATE}
 * (1 KB a second), and never less than {@code FACETWIRE_BODY_GRACE} (10 s); a piece still waiting then
 * closes the connection, and the thread writing it is free. The rule of {@link PacedBodies}, for the
 * other direction.
 *
 * <p>Why: Jetty's idle timeout only ends a write on which nothing moves for 30 s, so a client that reads
 * a few kilobytes every 25 s kept the thread writing its answer, and whatever that thread held, for as
 * long as the answer lasted. The kernel takes whole pages into its send buffer (a 233 KB results page
 * was all in it at once, 2026-12-02), so what this cut is a CSV export: two run at once for everyone
 * ({@link ExpensiveWork}), and a client reading one at 80 bytes a second kept its place for hours. Each piece
 * is judged alone, not as an average since the first byte: the pieces the kernel takes at once would
 * otherwise earn a slow reader minutes of credit. Jetty's own {@code MinimumDataRateHandler} is not used:
 * it looks at the rate only when the next write starts (never during the write that stalls), and divides
 * all requests' bytes by one request's time.
 */
final class PacedAnswers extends Handler.Wrapper {

  /** The client took the answer more slowly than the server allows. */
  static final class TooSlow extends IOException {
    TooSlow(String message) {
      super(message, null);
    }
  }

  private final long bytesPerSecond;
  private final long graceNanos;
  private final String message;

  PacedAnswers(long bytesPerSecond, Duration grace) {
    this.bytesPerSecond = bytesPerSecond;
    this.graceNanos = grace.toNanos();
    this.message = "The client read the answer more slowly than " + BodyLimits.size(bytesPerSecond)
        + " a second (FACETWIRE_MIN_BODY_RATE): the connection was closed.";
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    return super.handle(request, new Paced(request, response), callback);
  }

  /** Whether {@code failure} is (or was caused by) a write this rule ended. */
  static boolean endedBy(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof TooSlow) {
        return true;
      }
    }
    return false;
  }

  /** How long a piece of {@code bytes} may wait for the client (pure: tested alone). */
  static long allowedNanos(long bytes, long bytesPerSecond, long graceNanos) {
    return Math.max(graceNanos, (long) (bytes * 1e9 / bytesPerSecond));
  }

  private final class Paced extends Response.Wrapper {

    Paced(Request request, Response response) {
      super(request, response);
    }

    @Override
    public void write(boolean last, ByteBuffer content, Callback callback) {
      int bytes = content == null ? 0 : content.remaining();
      AtomicBoolean done = new AtomicBoolean();
      Scheduler.Task[] watch = new Scheduler.Task[1];
      Callback watched = new Callback.Nested(callback) {
        @Override
        public void succeeded() {
          finished();
          super.succeeded();
        }

        @Override
        public void failed(Throwable x) {
          finished();
          super.failed(x);
        }

        private void finished() {
          done.set(true);
          Scheduler.Task task = watch[0];
          if (task != null) {
            task.cancel();
          }
        }
      };
      super.write(last, content, watched);
      if (done.get() || bytes == 0) {
        return; // taken at once (the usual case): nothing to watch
      }
      Request request = getRequest();
      watch[0] = request.getComponents().getScheduler().schedule(() -> {
        if (!done.get()) {
          // Fails the pending write (the thread blocked on it gets an IOException) and ends the connection.
          request.getConnectionMetaData().getConnection().getEndPoint().close(new TooSlow(message));
        }
      }, allowedNanos(bytes, bytesPerSecond, graceNanos), TimeUnit.NANOSECONDS);
      if (done.get()) {
        watch[0].cancel();
      }
    }
  }
}
