package io.facetwire.web.http;

import io.facetwire.FacetwireConfig;
import io.facetwire.facet.FacetCatalog;
import io.facetwire.search.SearchState;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.Duration;
import java.util.function.Predicate;

/**
 * Work that can keep Elasticsearch busy for seconds (CSV exports, wildcard searches) runs at most
 * {@code expensivePerAddress} at a time per client address and {@code expensiveTotal} at a time over
 * all clients; a request beyond that is answered 429 with {@code Retry-After} at once, without
 * queueing. So one visitor cannot fill Elasticsearch's search threads (on two cores there are four)
 * and starve everyone's ordinary searches, which never wait here.
 */
public final class ExpensiveWork {

  static final int RETRY_AFTER_SECONDS = 5;

  /** Exports: every one is expensive. */
  public static final Predicate<Context> ALWAYS = ctx -> true;
  /**
   * {@code /api/extract}: a body over 64 KB (or of unknown length) is expensive. A 1 MB article takes
   * about 0.1 s of CPU and some 20 MB of tokens, so only a few run at once; small ones are free.
   */
  public static final Predicate<Context> LARGE_BODY = ctx -> {
    long length = ctx.req().getContentLengthLong();
    return length < 0 || length > 64 * 1024;
  };

  /** Searches: expensive when the query (after QueryBudget's rules) holds a wildcard. */
  public static Predicate<Context> wildcardSearch(FacetCatalog facets) {
    return ctx -> SearchState.fromQuery(ctx.queryParamMap(), facets).isExpensive();
  }

  private final FacetwireConfig config;
  private final Places places;

  public ExpensiveWork(FacetwireConfig config) {
    FacetwireConfig.Limits limits = config.limits();
    this.config = config;
    this.places = new Places(limits.expensivePerAddress(), limits.expensiveTotal(), Duration.ZERO,
        new Places.Refusal(429, "You already have " + limits.expensivePerAddress()
            + " export or wildcard search running. Please wait until it has finished."),
        new Places.Refusal(429, "The server is busy with other exports and wildcard searches. Please try again in a few seconds."),
        RETRY_AFTER_SECONDS);
  }

  /** {@code handler}, limited when {@code expensive} says the request is. */
  public Handler guard(Predicate<Context> expensive, Handler handler) {
    return ctx -> {
      if (expensive.test(ctx)) {
        places.run(ctx, RequestInfo.clientAddress(ctx, config), handler);
      } else {
        handler.handle(ctx);
      }
    };
  }

  /** Permits in use now (tests). */
  int running() {
    return places.running();
  }
}
