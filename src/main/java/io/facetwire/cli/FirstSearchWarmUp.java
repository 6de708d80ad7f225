package io.facetwire.cli;

import io.facetwire.Facetwire;
import io.facetwire.search.SearchState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The home page's search, run once on a thread of its own as soon as the index is open, while the
 * server goes on starting its web side (issue 15: start-up at scale). The first search after an index
 * opens builds the facet fields' global ordinals and reads cold index files: at 500,000 articles that
 * was seconds, all of them paid by the first visitor after the port opened. A search that fails here
 * is only logged at debug: the first real search shows the same problem to whoever asks.
 */
final class FirstSearchWarmUp {

  private static final Logger LOG = LoggerFactory.getLogger(FirstSearchWarmUp.class);

  private FirstSearchWarmUp() {}

  /** Starts the search on a daemon thread and returns that thread (tests wait for it). */
  static Thread start(Facetwire facetwire) {
    Thread thread = new Thread(() -> run(facetwire), "facetwire-warm-up");
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  static void run(Facetwire facetwire) {
    long start = System.nanoTime();
    try {
      facetwire.search().search(SearchState.empty(facetwire.facets()));
      LOG.info("Start-up: first search (the home page's, in the background) took {} ms",
          (System.nanoTime() - start) / 1_000_000);
    } catch (RuntimeException e) {
      LOG.debug("Start-up: the background first search failed: {}", e.toString());
    }
  }
}
