package io.facetwire.search;

import java.util.Optional;

/** The three facets: the URL parameter a user sees and the index field it filters. */
public enum Facet {
  COUNTRY("country", "countries", "Country"),
  PERSON("person", "persons", "Person"),
  TOPIC("topic", "topics", "Topic");

  private final String param;
  private final String field;
  private final String label;

  Facet(String param, String field, String label) {
    this.param = param;
    this.field = field;
    this.label = label;
  }

  public String param() {
    return param;
  }

  public String field() {
    return field;
  }

  public String label() {
    return label;
  }

  /** The URL parameter that excludes a value, e.g. {@code not_country}. */
  public String excludeParam() {
    return "not_" + param;
  }

  /** The case-insensitive twin of {@link #field()} (a keyword subfield with a lowercase normalizer). */
  public String lowercaseField() {
    return field + ".lower";
  }

  public static Optional<Facet> fromParam(String param) {
    for (Facet f : values()) {
      if (f.param.equals(param)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
