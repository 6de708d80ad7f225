package io.facetwire.search;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import io.facetwire.engine.EsCall;
import java.io.IOException;

/**
 * Runs one search-side Elasticsearch call: the one mapping of its failures to what a user sees.
 * A 400 means Elasticsearch refused the query the user's input made (a clause limit, a bad regular
 * expression) and becomes a {@link SearchQueryException} with its reason (a 400 page or JSON error);
 * anything else is the engine away or failing ({@link EsCall#failure}: a 503).
 */
final class SearchCall {

  private SearchCall() {}

  /** @param refusal what the user is told when Elasticsearch refuses the query ("This search could not be run") */
  static <T> T run(String refusal, String what, EsCall.Body<T> body) {
    try {
      return body.run();
    } catch (ElasticsearchException e) {
      if (e.status() == 400) {
        throw new SearchQueryException(refusal + ": " + e.error().reason(), e);
      }
      throw EsCall.failure(what, e);
    } catch (IOException e) {
      throw EsCall.failure(what, e);
    }
  }

  /** Like {@link #run}, but a refused query answers {@code whenRefused} (a type-ahead shows nothing). */
  static <T> T runOr(T whenRefused, String what, EsCall.Body<T> body) {
    try {
      return body.run();
    } catch (ElasticsearchException e) {
      if (e.status() == 400) {
        return whenRefused;
      }
      throw EsCall.failure(what, e);
    } catch (IOException e) {
      throw EsCall.failure(what, e);
    }
  }
}
