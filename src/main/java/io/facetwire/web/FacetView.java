package io.facetwire.web;

import io.facetwire.search.Facet;
import io.facetwire.search.SearchResult;
import io.facetwire.search.SearchState;
import java.util.List;

/**
 * One facet as the sidebar shows it, with every link already made from the search state.
 *
 * @param moreUrl link that lists many more values of this facet, or null when all are shown
 */
public record FacetView(String param, String label, String legend, List<Value> values, String moreUrl,
    String lessUrl) {

  public record Value(String value, long count, boolean selected, String toggleUrl, String inputId) {}

  static FacetView of(Facet facet, SearchResult result, boolean expanded, int shownLimit) {
    SearchState state = result.state();
    List<SearchResult.FacetValue> raw = result.facet(facet);
    List<Value> values = new java.util.ArrayList<>();
    int i = 0;
    for (SearchResult.FacetValue v : raw) {
      values.add(new Value(v.value(), v.count(), v.selected(), state.toggled(facet, v.value()).url(),
          facet.param() + "-" + (i++)));
    }
    String base = state.url();
    String sep = base.contains("?") ? "&" : "?";
    String more = !expanded && raw.size() >= shownLimit ? base + sep + "expand=" + facet.param() : null;
    String less = expanded ? base : null;
    String legend = switch (facet) {
      case COUNTRY -> "Countries";
      case PERSON -> "People";
      case TOPIC -> "Topics";
    };
    return new FacetView(facet.param(), facet.label(), legend, values, more, less);
  }
}
