package io.facetwire.web.http;

import io.javalin.Javalin;
import java.time.Duration;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.StatisticsHandler;

/**
 * A stop that lets requests in flight finish: the connectors stop accepting at once, requests already
 * inside (a streamed CSV export, an import batch that answers when its articles are written) get up to
 * the drain time, then Jetty stops. Jetty counts requests in flight in a {@link StatisticsHandler},
 * which Javalin's servlet context is hung inside.
 *
 * <p>The waiting is done here, on the requests in flight (as Spring Boot does for Jetty), so the drain
 * time bounds exactly that.
 */
public final class GracefulStop {

  /**
   * After the last request finished: time for its final bytes to leave the buffers before the
   * connections close. Jetty's own graceful stop is not used for this: it waits for idle keep-alive
   * connections too, and reports a timeout when one stays open.
   */
  private static final Duration FLUSH = Duration.ofMillis(250);

  private GracefulStop() {}

  public static void configure(Server server) {
    server.setHandler(new StatisticsHandler());
    server.setStopTimeout(0);
    // Our own shutdown hook stops the server, then the node: Jetty must not race it with its own.
    server.setStopAtShutdown(false);
  }

  /**
   * Stops accepting, waits until no request is in flight or {@code drain} has passed, then stops.
   *
   * @return how many requests were still running when the drain time ran out (and were cut)
   */
  public static int stop(Javalin app, Duration drain) {
    Server server = app.jettyServer().server();
    StatisticsHandler requests = server.getDescendant(StatisticsHandler.class);
    for (Connector connector : server.getConnectors()) {
      connector.shutdown(); // Connector is Graceful: closes the listening socket, keeps connections
    }
    long deadline = System.nanoTime() + drain.toNanos();
    try {
      while (requests != null && requests.getRequestsActive() > 0 && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    int cut = requests == null ? 0 : requests.getRequestsActive();
    try {
      Thread.sleep(FLUSH.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    app.stop();
    return cut;
  }
}
