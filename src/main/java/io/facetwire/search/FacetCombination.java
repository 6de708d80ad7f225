package io.facetwire.search;

import io.facetwire.facet.Facet;
import io.facetwire.facet.FacetCatalog;
import java.util.Locale;
import java.util.Set;

/**
 * How several selected values of one facet combine: OR (any of them; the default, as in most faceted
 * search UIs) or AND (all of them; useful for people: articles that name both Putin and Trump).
 * Set per facet on the server, e.g. {@code FACETWIRE_AND_FACETS=person}.
 */
public record FacetCombination(Set<Facet> andFacets) {

  public FacetCombination {
    andFacets = Set.copyOf(andFacets);
  }

  public static FacetCombination allOr() {
    return new FacetCombination(Set.of());
  }

  /** Parses a comma-separated list of facet names ("person,topic"); unknown names are an error. */
  public static FacetCombination parse(String andFacets, FacetCatalog facets) {
    if (andFacets == null || andFacets.isBlank()) {
      return allOr();
    }
    Set<Facet> set = new java.util.HashSet<>();
    for (String name : andFacets.split(",")) {
      String n = name.strip().toLowerCase(Locale.ROOT);
      if (!n.isEmpty()) {
        set.add(facets.fromParam(n).orElseThrow(() ->
            new IllegalArgumentException("Unknown facet \"" + name.strip() + "\": use " + facets.describeParams())));
      }
    }
    return new FacetCombination(set);
  }

  public boolean isAnd(Facet facet) {
    return andFacets.contains(facet);
  }

  /** "all of" or "any of": how the facet's selected values combine, in words for the page. */
  public String describe(Facet facet) {
    return isAnd(facet) ? "all of" : "any of";
  }
}
