package io.facetwire.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import io.facetwire.facet.Facet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Facet selections as Elasticsearch filters. Values are matched on the lowercase subfield, so a value
 * typed in any case ({@code country:russia}) selects the stored one ("Russia").
 */
final class FacetFilters {

  private final FacetCombination combination;

  FacetFilters(FacetCombination combination) {
    this.combination = combination;
  }

  /**
   * The include filters of every facet but {@code except} (null: all facets). An AND facet's own
   * selections also narrow its own counts, since picking another value can only narrow further.
   */
  List<Query> includes(SearchState state, Facet except) {
    List<Query> filters = new ArrayList<>();
    for (Facet facet : state.facets().all()) {
      List<String> values = state.values(facet);
      if (values.isEmpty() || (facet == except && !combination.isAnd(facet))) {
        continue;
      }
      if (combination.isAnd(facet)) {
        for (String value : values) {
          filters.add(terms(facet, List.of(value)));
        }
      } else {
        filters.add(terms(facet, values));
      }
    }
    return filters;
  }

  /** Excluded values narrow everything, hits and every facet's counts. */
  List<Query> exclusions(SearchState state) {
    List<Query> filters = new ArrayList<>();
    for (Facet facet : state.facets().all()) {
      if (!state.excluded(facet).isEmpty()) {
        filters.add(terms(facet, state.excluded(facet)));
      }
    }
    return filters;
  }

  static Query terms(Facet facet, List<String> values) {
    List<FieldValue> lowered = values.stream().map(v -> FieldValue.of(v.toLowerCase(Locale.ROOT))).toList();
    return Query.of(q -> q.terms(t -> t.field(facet.lowercaseField()).terms(v -> v.value(lowered))));
  }

  static Query term(Facet facet, String value) {
    return Query.of(q -> q.term(t -> t.field(facet.lowercaseField()).value(value.toLowerCase(Locale.ROOT))));
  }
}
