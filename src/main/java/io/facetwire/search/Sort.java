package io.facetwire.search;

import java.util.Optional;

/** Result order offered to users. */
public enum Sort {
  RELEVANCE("relevance", "Relevance"),
  NEWEST("newest", "Newest first"),
  OLDEST("oldest", "Oldest first");

  private final String param;
  private final String label;

  Sort(String param, String label) {
    this.param = param;
    this.label = label;
  }

  public String param() {
    return param;
  }

  public String label() {
    return label;
  }

  public static Optional<Sort> fromParam(String value) {
    for (Sort s : values()) {
      if (s.param.equalsIgnoreCase(value)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
