package io.facetwire.web.http;

import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * A small body is read whole, without a thread, before the application sees the request. Javalin reads
 * a body by blocking on it, so a client that sends its body a byte at a time held one of Jetty's threads
 * for as long as it liked: 360 such form posts from 30 addresses (12 each, within the per-address share of
 * {@link ThreadsPerAddress}) held all 250 threads and everyone's search waited 30 seconds (a probe of the
 * served jar, 2026-12-01); JSON bodies to {@code /api/extract} did the same until 2026-12-02. Here the
 * bytes are collected as they arrive (Jetty's asynchronous read, at most the route's body limit) and the
 * application runs only once they are all in, reading them from memory.
 *
 * <p>"Small" is what any route takes without question: a body of at most {@code FACETWIRE_MAX_BODY} (64 KB)
 * by its {@code Content-Length}, or one without a length (chunked) to a route whose limit is that. Larger
 * bodies (an article up to 1 MB to {@code /api/extract}, the admins' imports) still stream to their route,
 * which first decides whether to read them at all: {@link ExpensiveWork} lets two large extracts run at
 * once, the imports need an admin. A multipart body is left to {@link BodyLimits#check}, which refuses it
 * unread. How fast any body must arrive is {@link PacedBodies}'s rule.
 */
final class WholeSmallBodies extends Handler.Wrapper {

  private final BodyLimits limits;

  WholeSmallBodies(BodyLimits limits) {
    this.limits = limits;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    Handler next = getHandler();
    if (next == null) {
      return false;
    }
    long max = limits.limitFor(Request.getPathInContext(request));
    if (!readWhole(request, max)) {
      return next.handle(request, response, callback);
    }
    CompletableFuture<byte[]> body = Content.Source.asByteArrayAsync(new Capped(request, max, limits.tooLarge(
        Request.getPathInContext(request))), -1);
    if (body.isDone()) {
      // The usual case: the whole body came with the headers, so this thread carries on.
      handOn(next, request, response, callback, body);
    } else {
      body.whenComplete((bytes, failure) ->
          request.getContext().execute(() -> handOn(next, request, response, callback, body)));
    }
    return true;
  }

  private boolean readWhole(Request request, long routeMax) {
    String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
    if (BodyLimits.isMultipart(type)) {
      return false;
    }
    long declared = request.getLength();
    boolean chunked = request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
    long small = limits.small();
    if (declared > 0) {
      return declared <= Math.min(small, routeMax);
    }
    return chunked && routeMax <= small;
  }

  private static void handOn(Handler next, Request request, Response response, Callback callback,
      CompletableFuture<byte[]> body) {
    byte[] bytes;
    try {
      bytes = body.join();
    } catch (RuntimeException e) {
      refuse(request, response, callback, e);
      return;
    }
    try {
      if (!next.handle(new Replayed(request, bytes), response, callback)) {
        Response.writeError(request, response, callback, HttpStatus.NOT_FOUND_404);
      }
    } catch (Throwable t) {
      Response.writeError(request, response, callback, t);
    }
  }

  /** Over the limit (413), too slow (408), or the client went away before its body was complete (400). */
  private static void refuse(Request request, Response response, Callback callback, Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof BodyLimits.TooLarge) {
        Response.writeError(request, response, callback, HttpStatus.PAYLOAD_TOO_LARGE_413, t.getMessage());
        return;
      }
      if (t instanceof PacedBodies.TooSlow) {
        Response.writeError(request, response, callback, HttpStatus.REQUEST_TIMEOUT_408, t.getMessage());
        return;
      }
    }
    Response.writeError(request, response, callback, HttpStatus.BAD_REQUEST_400, ClientGone.MESSAGE);
  }

  /**
   * The request's body, failing with {@link BodyLimits.TooLarge} once more than {@code max} bytes came.
   * Counted here rather than by Jetty's own cap, whose failure is an unnamed exception (an
   * {@code IllegalStateException} in 12.1, so a chunked form over 64 KB was told 400, not 413).
   */
  private static final class Capped extends Request.Wrapper {
    private final long max;
    private final String message;
    private long count;
    private Content.Chunk failed;

    Capped(Request request, long max, String message) {
      super(request);
      this.max = max;
      this.message = message;
    }

    @Override
    public Content.Chunk read() {
      if (failed != null) {
        return failed;
      }
      Content.Chunk chunk = super.read();
      if (chunk != null && !Content.Chunk.isFailure(chunk)) {
        count += chunk.remaining();
        if (count > max) {
          chunk.release();
          failed = Content.Chunk.from(new BodyLimits.TooLarge(message), true);
          return failed;
        }
      }
      return chunk;
    }
  }

  /** The request, its body served from the bytes already read. */
  private static final class Replayed extends Request.Wrapper {
    private ByteBuffer rest;

    Replayed(Request request, byte[] body) {
      super(request);
      this.rest = ByteBuffer.wrap(body);
    }

    @Override
    public Content.Chunk read() {
      if (rest == null) {
        return Content.Chunk.EOF;
      }
      ByteBuffer all = rest;
      rest = null;
      return Content.Chunk.from(all, true);
    }

    @Override
    public void demand(Runnable demandCallback) {
      demandCallback.run();
    }
  }
}
