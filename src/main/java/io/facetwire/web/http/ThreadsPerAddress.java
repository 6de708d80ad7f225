package io.facetwire.web.http;

import io.facetwire.FacetwireConfig;
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

  /** The per-address limit, as a handler to hang in front of the application ({@link RequestEntry}). */
  static ThreadLimitHandler handler(FacetwireConfig config) {
    ThreadLimitHandler perAddress = new ThreadLimitHandler(config.trustProxy() ? "X-Forwarded-For" : null, false) {
      @Override
      protected String getRemoteIP(org.eclipse.jetty.server.Request request) {
        // Counted as every other per-address limit counts: an IPv6 client by its /64.
        return ClientAddresses.key(super.getRemoteIP(request));
      }
    };
    perAddress.setThreadLimit(limit(config.limits()));
    return perAddress;
  }
}
