package io.facetwire.web.http;

import io.facetwire.FacetwireConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Every request that searches Elasticsearch (the search page, the API, feeds, facet lists, the map,
 * type-ahead, entity pages) is admitted here first. One client address may have
 * {@code searchesPerAddress} of them running at once; one more is answered 429 at once, so a visitor
 * who opens a hundred connections runs a few searches, not a hundred, and everyone else's searches
 * keep their share of Elasticsearch's search threads. Over all clients at most {@code searchesTotal}
 * run at once; a request beyond that waits up to {@code searchWait} for a place and is then answered
 * 503 with Retry-After, so under any load no request queues for minutes and the work in flight stays
 * bounded. Before this, a hundred concurrent broad searches from one address held every other
 * visitor's search for over 30 seconds.
 */
public final class SearchAdmission {

  static final int RETRY_AFTER_SECONDS = 2;

  private final FacetwireConfig config;
  private final PerAddressSlots perAddress;
  private final Semaphore overall;
  private final int total;
  private final Duration wait;

  public SearchAdmission(FacetwireConfig config) {
    FacetwireConfig.Limits limits = config.limits();
    this.config = config;
    this.perAddress = new PerAddressSlots(limits.searchesPerAddress());
    this.total = limits.searchesTotal();
    this.overall = new Semaphore(total, true);
    this.wait = limits.searchWait();
  }

  /** {@code handler}, run only once this request has a place. */
  public Handler guard(Handler handler) {
    return ctx -> {
      String address = RequestInfo.clientAddress(ctx, config);
      if (!perAddress.acquire(address)) {
        refuse(ctx, 429, "You have " + perAddress.perAddress() + " searches running at once."
            + " Please wait until one has finished.");
      }
      try {
        if (!overall.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
          refuse(ctx, 503, "The server is busy with other searches. Please try again in a few seconds.");
        }
        try {
          handler.handle(ctx);
        } finally {
          overall.release();
        }
      } finally {
        perAddress.release(address);
      }
    };
  }

  /** Searches holding an overall place now (tests). */
  int running() {
    return total - overall.availablePermits();
  }

  private static void refuse(Context ctx, int status, String message) {
    ctx.header("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
    throw new HttpResponseException(status, message, Map.of());
  }
}
