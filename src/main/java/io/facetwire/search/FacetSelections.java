package io.facetwire.search;

import io.facetwire.facet.Facet;
import io.facetwire.facet.FacetCatalog;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values chosen (or left out) per facet in a {@link SearchState}: kept in the catalog's order so a
 * printed URL is canonical, compared without regard to case (typed {@code country:russia} selects
 * "Russia"), and changed only by copying.
 */
final class FacetSelections {

  private FacetSelections() {}

  /** Values per facet in the catalog's order, empty lists left out; a facet not in the catalog is refused. */
  static Map<Facet, List<String>> canonical(FacetCatalog facets, Map<Facet, List<String>> map) {
    Map<Facet, List<String>> copy = new LinkedHashMap<>();
    if (map != null) {
      for (Facet facet : map.keySet()) {
        if (!facets.contains(facet)) {
          throw new IllegalArgumentException("Facet " + facet + " is not one of " + facets.describeParams());
        }
      }
      for (Facet facet : facets.all()) {
        List<String> values = map.get(facet);
        if (values != null && !values.isEmpty()) {
          copy.put(facet, List.copyOf(values));
        }
      }
    }
    return Collections.unmodifiableMap(copy);
  }

  static boolean containsIgnoreCase(List<String> values, String value) {
    for (String v : values) {
      if (v.equalsIgnoreCase(value)) {
        return true;
      }
    }
    return false;
  }

  /** {@code values} without {@code value} in any case. */
  static List<String> without(List<String> values, String value) {
    List<String> out = new ArrayList<>();
    for (String v : values) {
      if (!v.equalsIgnoreCase(value)) {
        out.add(v);
      }
    }
    return out;
  }

  /** {@code values} with {@code value} last (once, as given). */
  static List<String> with(List<String> values, String value) {
    List<String> out = without(values, value);
    out.add(value);
    return out;
  }

  /** A copy of {@code map} with {@code facet}'s values replaced. */
  static Map<Facet, List<String>> put(Map<Facet, List<String>> map, Facet facet, List<String> values) {
    Map<Facet, List<String>> next = new LinkedHashMap<>(map);
    next.put(facet, values);
    return next;
  }
}
