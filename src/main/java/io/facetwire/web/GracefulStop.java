package io.facetwire.web;

import java.time.Duration;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.StatisticsHandler;

/**
 * Makes Jetty's {@code stop()} graceful: the connectors stop accepting at once, requests in flight get
 * up to {@code drain} to finish (a streamed CSV export, an import batch that answers when its articles
 * are searchable), then what is left is cut. Jetty counts requests in flight in a
 * {@link StatisticsHandler}; Javalin hangs its servlet inside the handler it finds on the server.
 */
final class GracefulStop {

  private GracefulStop() {}

  static void configure(Server server, Duration drain) {
    server.setHandler(new StatisticsHandler());
    server.setStopTimeout(drain.toMillis());
    // Our own shutdown hook stops the server, then the node: Jetty must not race it with its own.
    server.setStopAtShutdown(false);
  }
}
