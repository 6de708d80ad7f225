package io.facetwire.search;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How several selected values of one facet combine: OR (any of them; the default, as in most faceted
 * search UIs) or AND (all of them; useful for people: articles that name both Putin and Trump).
 * Set per facet on the server, e.g. {@code FACETWIRE_AND_FACETS=person}.
 */
public record FacetCombination(Set<Facet> andFacets) {

  public FacetCombination {
    andFacets = andFacets.isEmpty() ? EnumSet.noneOf(Facet.class) : EnumSet.copyOf(andFacets);
  }

  public static FacetCombination allOr() {
    return new FacetCombination(EnumSet.noneOf(Facet.class));
  }

  /** Parses a comma-separated list of facet names ("person,topic"); unknown names are an error. */
  public static FacetCombination parse(String andFacets) {
    if (andFacets == null || andFacets.isBlank()) {
      return allOr();
    }
    Set<Facet> set = EnumSet.noneOf(Facet.class);
    for (String name : andFacets.split(",")) {
      String n = name.strip().toLowerCase(Locale.ROOT);
      if (!n.isEmpty()) {
        set.add(Facet.fromParam(n).orElseThrow(() ->
            new IllegalArgumentException("Unknown facet \"" + name.strip() + "\": use country, person or topic")));
      }
    }
    return new FacetCombination(set);
  }

  public boolean isAnd(Facet facet) {
    return andFacets.contains(facet);
  }

  public Map<Facet, String> describe() {
    Map<Facet, String> out = new EnumMap<>(Facet.class);
    for (Facet f : Facet.values()) {
      out.put(f, isAnd(f) ? "all of" : "any of");
    }
    return out;
  }
}
