package io.facetwire.web.http;

import org.eclipse.jetty.server.HttpConfiguration;

/**
 * A response the application holds whole in memory (a results page, {@code /api/search}'s JSON, most pages) goes
 * out in one write with a {@code Content-Length}, as Elasticsearch's own answers do.
 *
 * <p>Why: Javalin copies a result to Jetty in 32 KB pieces, and Jetty wrote any piece over its aggregation size
 * (8 KB by default) straight to the socket. So an 11 KB API answer went out chunked — the body, then the
 * terminating chunk in a second write at close — and a 50 KB page in three writes. A one-client view therefore
 * cost the client two or three reads (and chunk parsing) where raw {@code _search} costs one (session 12,
 * docs/benchmarks.md). With the aggregate buffer as large as the pool's largest pooled buffer, Jetty keeps every
 * piece until the handler is done and then sends headers and body together, the length known; only a body over
 * {@link #BUFFER} (a few broad result pages, exports) is still sent in pieces, chunked.
 */
public final class WholeResponses {

  /** Jetty's default {@code ArrayByteBufferPool} pools buffers up to 64 KB; a larger one would be allocated anew each time. */
  static final int BUFFER = 64 * 1024;

  private WholeResponses() {}

  public static void configure(HttpConfiguration http) {
    http.setOutputBufferSize(BUFFER);
    http.setOutputAggregationSize(BUFFER);
  }
}
