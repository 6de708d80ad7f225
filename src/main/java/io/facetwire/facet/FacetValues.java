package io.facetwire.facet;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values of an article's facets: a map from facet to its values, each list immutable, facets in the
 * order they were put (the catalog's). A facet without values reads as an empty list.
 */
public record FacetValues(Map<Facet, List<String>> map) {

  private static final FacetValues EMPTY = new FacetValues(Map.of());

  public FacetValues {
    Map<Facet, List<String>> copy = new LinkedHashMap<>();
    if (map != null) {
      map.forEach((facet, values) -> copy.put(facet, values == null ? List.of() : List.copyOf(values)));
    }
    map = Collections.unmodifiableMap(copy);
  }

  public static FacetValues empty() {
    return EMPTY;
  }

  public List<String> values(Facet facet) {
    return map.getOrDefault(facet, List.of());
  }

  /** Every value of every facet, counted. */
  public int count() {
    return map.values().stream().mapToInt(List::size).sum();
  }

  /** Same values for every facet of the catalog (facets not in the catalog ignored). */
  public boolean sameAs(FacetValues other, FacetCatalog catalog) {
    return catalog.all().stream().allMatch(f -> values(f).equals(other.values(f)));
  }
}
