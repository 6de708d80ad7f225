package io.facetwire.web.http;

import io.facetwire.FacetwireConfig;
import io.javalin.http.Handler;

/**
 * Every request that searches Elasticsearch (the search page, the API, feeds, facet lists, the map,
 * type-ahead, entity pages) is admitted here first, and so is every {@code /api/extract} (session 27: it costs CPU as a
 * search does, and small ones took no place at all). One client address may have
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
  private final Places places;

  public SearchAdmission(FacetwireConfig config) {
    FacetwireConfig.Limits limits = config.limits();
    this.config = config;
    this.places = new Places(limits.searchesPerAddress(), limits.searchesTotal(), limits.searchWait(),
        new Places.Refusal(429, "You have " + limits.searchesPerAddress() + " searches running at once"
            + " (an extraction counts as one). Please wait until one has finished."),
        new Places.Refusal(503, "The server is busy with other searches. Please try again in a few seconds."),
        RETRY_AFTER_SECONDS);
  }

  /** {@code handler}, run only once this request has a place. */
  public Handler guard(Handler handler) {
    return ctx -> places.run(ctx, RequestInfo.clientAddress(ctx, config), handler);
  }

  /** One part of a request's searches (a CSV export's page) in a place of its own; see {@link Places#runFor}. */
  boolean runFor(io.javalin.http.Context ctx, java.time.Duration within, boolean answer, Places.Work work)
      throws Exception {
    return places.runFor(ctx, RequestInfo.clientAddress(ctx, config), null, within, answer, work);
  }

  /** The longest a search waits for a place ({@code FACETWIRE_SEARCH_WAIT}). */
  java.time.Duration searchWait() {
    return config.limits().searchWait();
  }

  /**
   * Runs {@code work} in a place of {@code address}, after a wait of at most the search wait; false, with nothing run,
   * when none came. For tests that hold a place on the real server; a request takes its place through {@link #guard}.
   */
  public boolean runAs(String address, Runnable work) {
    return places.tryRun(ClientAddresses.key(address), null, work);
  }

  /** Searches holding an overall place now (tests). */
  int running() {
    return places.running();
  }
}
