package io.facetwire.web.http;

import io.facetwire.FacetwireConfig;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.ThreadLimitHandler;

/**
 * How many of Jetty's threads one client address may hold at once. A request whose handler blocks (a
 * form or a JSON body read while it arrives, an answer written to a client that reads slowly) keeps its
 * thread for as long as the client makes it wait: found on 2026-12-01 by a probe of the served jar, 300
 * connections from one address each sending a form body one byte every five seconds held every thread
 * (Jetty has 250), and a search from anyone else waited 30 seconds. Now an address's requests beyond
 * its share wait for one of its own to finish, asynchronously (without a thread), so everyone else's
 * requests keep running. Jetty's {@link ThreadLimitHandler} does exactly this, in front of Javalin.
 *
 * <p>The share is four times the searches an address may run at once ({@link SearchAdmission}), at
 * least {@value #AT_LEAST}: a browser opens six connections, and its searches beyond the admission's
 * limit must still reach the admission to be told 429. The address is the one the other per-address
 * limits use: the connection's, or with {@code FACETWIRE_TRUST_PROXY} the last {@code X-Forwarded-For}
 * entry (the one our proxy added).
 */
public final class ThreadsPerAddress {

  static final int AT_LEAST = 16;

  private ThreadsPerAddress() {}

  /** Threads one address may hold at once under {@code limits}. */
  public static int limit(FacetwireConfig.Limits limits) {
    return Math.max(AT_LEAST, 4 * limits.searchesPerAddress());
  }

  /**
   * Hangs the limit, and {@link WholeFormBodies} inside it, in the server's innermost handler wrapper
   * (Javalin then puts its servlet context inside them); call after {@link GracefulStop#configure}, whose
   * request counter stays outside.
   */
  public static void configure(Server server, FacetwireConfig config, BodyLimits bodyLimits) {
    ThreadLimitHandler perAddress = config.trustProxy()
        ? new ThreadLimitHandler("X-Forwarded-For", false)
        : new ThreadLimitHandler();
    perAddress.setThreadLimit(limit(config.limits()));
    // Inside the per-address share: a form's body is read without a thread before Javalin blocks on it.
    perAddress.setHandler(new WholeFormBodies(bodyLimits));
    Handler.Wrapper innermost = null;
    for (Handler h = server.getHandler(); h instanceof Handler.Wrapper w; h = w.getHandler()) {
      innermost = w;
    }
    if (innermost == null) {
      server.setHandler(perAddress);
    } else {
      innermost.setHandler(perAddress);
    }
  }
}
