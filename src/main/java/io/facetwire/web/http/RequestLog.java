package io.facetwire.web.http;

import io.facetwire.metrics.LatencyTimers;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.NanoTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The access log and the request metrics, written when Jetty has sent the whole response (so a
 * streamed CSV export counts all its bytes and all its time).
 *
 * <p>A line says method, path, status, time and bytes — never the query string (share and feed
 * tokens, search words), headers or cookies; a path that carries a secret ({@code /shared/{token}},
 * {@code /feeds/{token}}) is written as its route. Logger {@code io.facetwire.access} at INFO; with
 * {@code --log-format=json} the fields are also separate JSON keys.
 *
 * <p>The latency histogram {@code facetwire.http.requests} is tagged with the route template
 * ({@code /articles/{id}}), never the raw path, so an id or a scanner's random paths cannot create
 * a new time series each.
 */
public final class RequestLog implements org.eclipse.jetty.server.RequestLog {

  private static final Logger ACCESS = LoggerFactory.getLogger("io.facetwire.access");
  static final String METER = "facetwire.http.requests";
  /** Path parameters whose value opens something; their paths are logged as the route. */
  private static final Set<String> SECRET_PARAMS = Set.of("token");
  private static final String ROUTE = "facetwire.route";
  private static final String LOGGED_PATH = "facetwire.loggedPath";
  private static final LatencyTimers TIMERS =
      new LatencyTimers(METER, "HTTP requests by route template", "method", "route", "status");

  /** Javalin's request logger, after the handlers: remembers the matched route for {@link #log}. */
  public static void remember(Context ctx, Float millis) {
    String route = route(ctx);
    // Jetty 12 keeps the servlet request's attributes in the servlet layer; the request log sees the
    // connection's own request, so the values go there.
    Request connection = Request.unWrap(ServletContextRequest.getServletContextRequest(ctx.req()));
    connection.setAttribute(ROUTE, route);
    boolean secret = ctx.pathParamMap().keySet().stream().anyMatch(SECRET_PARAMS::contains);
    connection.setAttribute(LOGGED_PATH, secret ? route : ctx.path());
  }

  @Override
  public void log(Request request, Response response) {
    Request connection = Request.unWrap(request);
    String route = connection.getAttribute(ROUTE) instanceof String r ? r : "unmatched";
    String path = connection.getAttribute(LOGGED_PATH) instanceof String p ? p : "-";
    int status = response.getStatus();
    long millis = Math.max(0, NanoTime.millisSince(request.getBeginNanoTime()));
    long bytes = Response.getContentBytesWritten(response);
    String method = request.getMethod();
    TIMERS.get(method, route, Integer.toString(status)).record(millis, TimeUnit.MILLISECONDS);
    if (ACCESS.isInfoEnabled()) {
      ACCESS.atInfo()
          .addKeyValue("http.request.method", method)
          .addKeyValue("url.path", path)
          .addKeyValue("http.response.status_code", status)
          .addKeyValue("event.duration_ms", millis)
          .addKeyValue("http.response.body.bytes", bytes)
          .log("{} {} {} {} ms {} B", method, path, status, millis, bytes);
    }
  }

  /** The matched route template; requests no route matched (404s of unknown paths) share one label. */
  static String route(Context ctx) {
    // The HTTP endpoint that matched, not the last handler run (an after-handler on "*").
    Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
    String path = matched == null ? null : matched.path;
    if (path == null || path.isEmpty() || "*".equals(path)) {
      return ctx.path().startsWith("/static/") ? "/static/*" : "unmatched";
    }
    return path;
  }
}
