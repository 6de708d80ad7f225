package io.facetwire.web.view;

import io.facetwire.facet.Facet;
import io.facetwire.search.SearchState;
import java.util.List;

/** One facet's values of an article as links; {@code param} styles them ("tag country"). */
public record FacetLinks(String param, String label, List<Link> links) {

  /** The values as links to {@code state} narrowed to each value (a result line, the article page). */
  public static FacetLinks searches(SearchState state, Facet facet, List<String> values) {
    return searches(facet, values, v -> state.withFilter(facet, v).url());
  }

  /** The values as links to {@code url} of each value (a results page reuses one value's URL on every hit). */
  public static FacetLinks searches(Facet facet, List<String> values, java.util.function.UnaryOperator<String> url) {
    return new FacetLinks(facet.param(), facet.plural(), values.stream().map(v -> new Link(v, url.apply(v))).toList());
  }
}
