package io.facetwire.web.search;

import io.facetwire.facet.Facet;
import io.facetwire.search.FacetValueListing;
import io.facetwire.search.SearchResult;
import io.facetwire.search.SearchState;
import java.util.ArrayList;
import java.util.List;

/**
 * One facet as the sidebar shows it: checkboxes (selected and excluded values pinned on top), each
 * with a link for people without JavaScript and a secondary "exclude" link, all made from the state.
 *
 * @param combine "any of" or "all of": how selected values of this facet combine
 * @param moreUrl link that lists many more values of this facet, or null when all are shown
 * @param allUrl  the full, paged list of this facet's values
 * @param valuesHtml the list items of {@code values}, made in Java ({@link FacetValuesHtml})
 */
public record FacetView(String param, String label, String legend, String combine, List<Value> values,
    String moreUrl, String lessUrl, String allUrl, String valuesHtml) {

  /**
   * @param toggleUrl  include or un-include this value
   * @param excludeUrl exclude it, or (when excluded) stop excluding it
   */
  public record Value(String value, long count, boolean selected, boolean excluded, String toggleUrl,
      String excludeUrl, String inputId, String entityUrl) {}

  static FacetView of(Facet facet, SearchResult result, boolean expanded, int shownLimit, String combine) {
    SearchState state = result.state();
    List<SearchResult.FacetValue> raw = result.facet(facet);
    List<Value> values = new ArrayList<>();
    int i = 0;
    for (SearchResult.FacetValue v : raw) {
      String toggle = v.excluded() ? state.withFilter(facet, v.value()).url() : state.toggled(facet, v.value()).url();
      String exclude = v.excluded() ? state.withoutExclusion(facet, v.value()).url()
          : state.withExclusion(facet, v.value()).url();
      values.add(new Value(v.value(), v.count(), v.selected(), v.excluded(), toggle, exclude,
          facet.param() + "-" + (i++), facet.entityUrl(v.value())));
    }
    int unpinned = (int) raw.stream().filter(v -> !v.selected() && !v.excluded()).count();
    String more = !expanded && unpinned >= shownLimit ? state.expandUrl(facet) : null;
    String less = expanded ? state.url() : null;
    String all = state.facetValuesUrl(facet, FacetValueListing.FIRST);
    return new FacetView(facet.param(), facet.singular(), facet.plural(), combine, values, more, less, all,
        FacetValuesHtml.of(facet.param(), values, result.countsEstimated()));
  }
}
