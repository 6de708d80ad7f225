package io.facetwire.web.http;

import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.MimeTypes;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * A form's body is read whole, without a thread, before the application sees the request. Javalin reads
 * a form by blocking on the body, so a client that sends its form a byte at a time held one of Jetty's
 * threads for as long as it liked: 360 such connections from 30 addresses (12 each, within the per-address
 * share of {@link ThreadsPerAddress}) held all 250 threads and everyone's search waited 30 seconds (a probe
 * of the served jar, 2026-12-01). Here the bytes are collected as they arrive (Jetty's asynchronous read,
 * copied, at most the route's body limit) and the application runs only once they are all in, reading
 * them from memory. Only form bodies: the JSON APIs stream their larger bodies record by record.
 */
final class WholeFormBodies extends Handler.Wrapper {

  private final BodyLimits limits;

  WholeFormBodies(BodyLimits limits) {
    this.limits = limits;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    Handler next = getHandler();
    if (next == null) {
      return false;
    }
    long max = limits.limitFor(Request.getPathInContext(request));
    if (!isForm(request) || max > Integer.MAX_VALUE - 8) {
      return next.handle(request, response, callback);
    }
    CompletableFuture<byte[]> body = Content.Source.asByteArrayAsync(request, (int) max);
    if (body.isDone()) {
      // The usual case: the whole form came with the headers, so this thread carries on.
      handOn(next, request, response, callback, body);
    } else {
      body.whenComplete((bytes, failure) ->
          request.getContext().execute(() -> handOn(next, request, response, callback, body)));
    }
    return true;
  }

  private static void handOn(Handler next, Request request, Response response, Callback callback,
      CompletableFuture<byte[]> body) {
    byte[] bytes;
    try {
      bytes = body.join();
    } catch (RuntimeException e) {
      // Over the limit, or the client went away before its body was complete.
      int status = e.getCause() instanceof IllegalArgumentException ? HttpStatus.PAYLOAD_TOO_LARGE_413
          : HttpStatus.BAD_REQUEST_400;
      Response.writeError(request, response, callback, status);
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

  private static boolean isForm(Request request) {
    String type = request.getHeaders().get(org.eclipse.jetty.http.HttpHeader.CONTENT_TYPE);
    return type != null && MimeTypes.Type.FORM_ENCODED.is(MimeTypes.getContentTypeWithoutCharset(type).strip());
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
