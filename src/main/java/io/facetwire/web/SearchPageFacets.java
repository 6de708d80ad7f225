package io.facetwire.web;

import io.facetwire.search.Facet;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which facets the search page asks Elasticsearch for in full. The page asks for one thing more than
 * {@code /api/search}: every country (up to the facet's full size), because the world map and its
 * table show them all, not just the sidebar's top ten. Public so that the benchmark can send the
 * identical request body to Elasticsearch itself.
 */
public final class SearchPageFacets {

  private SearchPageFacets() {}

  /** @param expanded the facets the person asked to see in full ({@code expand=}) */
  public static Set<Facet> fetched(Set<Facet> expanded) {
    Set<Facet> fetched = expanded.isEmpty() ? EnumSet.noneOf(Facet.class) : EnumSet.copyOf(expanded);
    fetched.add(Facet.COUNTRY);
    return fetched;
  }
}
