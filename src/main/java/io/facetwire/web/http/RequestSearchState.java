package io.facetwire.web.http;

import io.facetwire.facet.FacetCatalog;
import io.facetwire.search.SearchState;
import io.javalin.http.Context;

/**
 * The search a request asks for, parsed from its query parameters once: the wildcard guard
 * ({@link ExpensiveWork#wildcardSearch}) decides on it before the route runs, and the route then reads the same
 * value instead of parsing the parameters a second time (filter budget, notes and all).
 */
public final class RequestSearchState {

  private static final String ATTRIBUTE = "facetwire.searchState";

  private RequestSearchState() {}

  /** {@code SearchState.fromQuery} of the request's parameters, parsed on the first call and kept on the request. */
  public static SearchState of(Context ctx, FacetCatalog facets) {
    SearchState kept = ctx.attribute(ATTRIBUTE);
    if (kept == null) {
      kept = SearchState.fromQuery(ctx.queryParamMap(), facets);
      ctx.attribute(ATTRIBUTE, kept);
    }
    return kept;
  }
}
