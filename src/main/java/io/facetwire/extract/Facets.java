package io.facetwire.extract;

import java.util.List;

/** The facet values extracted from one article: sorted, without duplicates. */
public record Facets(List<String> countries, List<String> persons, List<String> topics) {

  public Facets {
    countries = List.copyOf(countries);
    persons = List.copyOf(persons);
    topics = List.copyOf(topics);
  }
}
