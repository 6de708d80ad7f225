package io.facetwire.saved;

import co.elastic.clients.elasticsearch.core.MsearchRequest;
import co.elastic.clients.elasticsearch.core.msearch.MultisearchBody;

/**
 * How an {@code _msearch} of saved searches may use Elasticsearch (session 27). Elasticsearch runs the items of one
 * {@code _msearch} as many at a time as it has search threads (four on two cores), so 100 saved searches with
 * wildcards in one request took every search thread for as long as they ran, whatever expensive place the caller
 * held. {@link #ONE_AT_A_TIME} runs them as one visitor's wildcard search runs: one item at a time (one search
 * thread, the one shard), each with the search page's {@code timeout}; an item past it counts as failed, not as a
 * complete answer, so what it did not see is looked at again rather than passed over.
 */
record MsearchCost(Long maxConcurrentSearches, String timeout) {

  /** Elasticsearch's defaults: as many items at once as it has search threads, no timeout. */
  static final MsearchCost UNBOUNDED = new MsearchCost(null, null);

  /** One item at a time, each with {@code timeout} (null: none). */
  static MsearchCost oneAtATime(String timeout) {
    return new MsearchCost(1L, timeout);
  }

  MsearchRequest.Builder request(MsearchRequest.Builder m) {
    return maxConcurrentSearches == null ? m : m.maxConcurrentSearches(maxConcurrentSearches);
  }

  MultisearchBody.Builder body(MultisearchBody.Builder b) {
    return timeout == null ? b : b.timeout(timeout);
  }
}
