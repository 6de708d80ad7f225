package io.facetwire.web.http;

import io.facetwire.FacetwireConfig;
import io.facetwire.facet.FacetCatalog;
import io.facetwire.search.SearchState;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
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
  private final Semaphore overall;
  /** Running expensive requests per address; an address with none has no entry. */
  private final Map<String, Integer> perAddress = new ConcurrentHashMap<>();

  public ExpensiveWork(FacetwireConfig config) {
    this.config = config;
    this.overall = new Semaphore(config.limits().expensiveTotal());
  }

  /** {@code handler}, limited when {@code expensive} says the request is. */
  public Handler guard(Predicate<Context> expensive, Handler handler) {
    return ctx -> {
      if (!expensive.test(ctx)) {
        handler.handle(ctx);
        return;
      }
      String address = RequestInfo.clientAddress(ctx, config);
      if (!acquire(address)) {
        refuse(ctx, "You already have " + config.limits().expensivePerAddress()
            + " export or wildcard search running. Please wait until it has finished.");
      }
      if (!overall.tryAcquire()) {
        release(address);
        refuse(ctx, "The server is busy with other exports and wildcard searches. Please try again in a few seconds.");
      }
      try {
        handler.handle(ctx);
      } finally {
        overall.release();
        release(address);
      }
    };
  }

  /** Permits in use now (tests). */
  int running() {
    return config.limits().expensiveTotal() - overall.availablePermits();
  }

  private boolean acquire(String address) {
    boolean[] granted = {false};
    perAddress.compute(address, (a, running) -> {
      int n = running == null ? 0 : running;
      if (n >= config.limits().expensivePerAddress()) {
        return running;
      }
      granted[0] = true;
      return n + 1;
    });
    return granted[0];
  }

  private void release(String address) {
    perAddress.computeIfPresent(address, (a, running) -> running <= 1 ? null : running - 1);
  }

  private static void refuse(Context ctx, String message) {
    ctx.header("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
    throw new HttpResponseException(429, message, Map.of());
  }
}
