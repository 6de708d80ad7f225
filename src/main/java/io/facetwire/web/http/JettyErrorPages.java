package io.facetwire.web.http;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty answers itself, before a request reaches Javalin (a malformed percent-escape in the
 * path, an over-long header, ...): the same page as ours, in UTF-8, with the security headers,
 * instead of Jetty's Latin-1 fragment without doctype or title.
 */
public final class JettyErrorPages extends ErrorHandler {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(JettyErrorPages.class);

  private final Templates templates;
  private final java.util.concurrent.atomic.AtomicLong nextLogAt = new java.util.concurrent.atomic.AtomicLong(System.nanoTime());
  private final java.util.concurrent.atomic.AtomicLong leftOut = new java.util.concurrent.atomic.AtomicLong();

  public JettyErrorPages(Templates templates) {
    this.templates = templates;
  }

  private String page(int status, String reason) {
    reason = reason == null ? null : reason.strip().replaceAll("\\.$", "");
    String title = status == 400 ? "Bad request" : HttpStatus.getMessage(status);
    Map<String, Object> model = new HashMap<>();
    model.put("title", PageTitle.of(title));
    model.put("heading", title);
    // Jetty's reason names the problem ("Bad URI", "Ambiguous URI path encoding"); no request text.
    model.put("message", "The server could not read this request"
        + (reason == null || reason.isBlank() ? "." : ": " + reason + "."));
    model.put("status", status);
    return templates.render("error", model);
  }

  /** Requests refused while being parsed, before there is a request: Jetty writes these bytes as the body. */
  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    SecurityHeaders.HEADERS.forEach(fields::put);
    fields.put(HttpHeader.CONTENT_TYPE, "text/html;charset=utf-8");
    return ByteBuffer.wrap(page(status, reason).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Jetty answers some requests with a 5xx before any route or the request log sees them (505: a request line with an
   * unknown HTTP version): say what came in, or a rare one is never explained. At most one line a second, with the
   * count of those left out, so that a client sending them by the thousand cannot fill the log.
   */
  private void logServerSideRefusal(Request request, int code, String message) {
    long now = System.nanoTime();
    long next = nextLogAt.get();
    if (now - next < 0 || !nextLogAt.compareAndSet(next, now + 1_000_000_000L)) {
      leftOut.incrementAndGet();
      return;
    }
    long skipped = leftOut.getAndSet(0);
    LOG.warn("Jetty answered {} ({}); the request line starts: {}{}", code, message, RequestLineStarts.startOf(request),
        skipped == 0 ? "" : " (" + skipped + " more such answers since the last line, not logged)");
  }

  /** Under /api/, read from the raw path: the request may be refused for a path that does not decode. */
  private static boolean isApi(Request request) {
    try {
      String path = request.getHttpURI() == null ? null : request.getHttpURI().getPath();
      // A line refused before there was a request (414, 505) has the stand-in path /badMessage.
      return path != null && path.startsWith("/api/") || RequestLineStarts.wasApi(request);
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** Every other error Jetty answers (a bad URI once parsed, ...): our page, whatever the client accepts. */
  @Override
  protected void generateResponse(Request request, Response response, int code, String message,
      Throwable cause, Callback callback) throws IOException {
    if (code >= 500) {
      logServerSideRefusal(request, code, message);
    }
    HttpFields.Mutable headers = response.getHeaders();
    SecurityHeaders.HEADERS.forEach(headers::put);
    byte[] body;
    if (isApi(request)) {
      // The API's clients read JSON, as from every other refusal under /api/ (Errors).
      headers.put(HttpHeader.CONTENT_TYPE, "application/json");
      String said = message == null || message.isBlank() ? HttpStatus.getMessage(code) : message;
      body = io.facetwire.Json.mapper().writeValueAsBytes(Map.of("error", said));
    } else {
      headers.put(HttpHeader.CONTENT_TYPE, "text/html;charset=utf-8");
      body = page(code, message).getBytes(StandardCharsets.UTF_8);
    }
    headers.put(HttpHeader.CONTENT_LENGTH, body.length);
    response.write(true, ByteBuffer.wrap(body), callback);
  }
}
