package io.facetwire.facet;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The facets one application has, in the order pages show them. Built once where the application is
 * composed (from its extractor) and handed to everything that loops over facets, so nothing names the
 * facets one by one and a test can run the whole application with one facet more.
 */
public record FacetCatalog(List<Facet> all) {

  /** Parameters of the search page, and first path segments, that a facet (and its entity pages) must not take. */
  private static final Set<String> RESERVED = Set.of("q", "from", "to", "sort", "page", "size", "expand",
      "prefix", "order", "vpage", "title", "api", "search", "facets", "saved", "shared", "feeds", "account",
      "articles", "history", "static", "health", "signin", "signup", "signout");

  public FacetCatalog {
    all = List.copyOf(all);
    Set<String> params = new HashSet<>();
    Set<String> fields = new HashSet<>();
    for (Facet f : all) {
      if (RESERVED.contains(f.param())) {
        throw new IllegalArgumentException("Facet parameter \"" + f.param() + "\" is taken by the search page");
      }
      if (!params.add(f.param()) || !fields.add(f.field())) {
        throw new IllegalArgumentException("Two facets share the parameter or field of " + f.param());
      }
    }
  }

  /** Facetwire's own facets: {@link Facet#STANDARD}. */
  public static FacetCatalog standard() {
    return new FacetCatalog(Facet.STANDARD);
  }

  /** This catalog and one facet more, shown last. */
  public FacetCatalog with(Facet extra) {
    List<Facet> more = new ArrayList<>(all);
    more.add(extra);
    return new FacetCatalog(more);
  }

  public Optional<Facet> fromParam(String param) {
    return all.stream().filter(f -> f.param().equals(param)).findFirst();
  }

  public boolean contains(Facet facet) {
    return all.contains(facet);
  }

  /** The stored fields of every facet, e.g. for the source fields a search asks for. */
  public List<String> fields() {
    return all.stream().map(Facet::field).toList();
  }

  /** "country, person or topic", for messages that list the choices. */
  public String describeParams() {
    List<String> names = all.stream().map(Facet::param).toList();
    if (names.size() <= 1) {
      return String.join("", names);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
  }
}
