package io.facetwire.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Counts each kind of mistake ("missed person X", "extra country Y") with one article as example. */
public final class ErrorTally {

  /** One kind of mistake: how often it happened and where first. */
  public record Error(String facet, String kind, String value, int count, String example) {
    @Override
    public String toString() {
      return String.format("%-8s %-6s %-32s x%-3d e.g. %s", facet, kind, '"' + value + '"', count, example);
    }
  }

  private final Map<String, Error> errors = new HashMap<>();

  public void add(String facet, String kind, String value, String article) {
    errors.merge(facet + '\u0000' + kind + '\u0000' + value, new Error(facet, kind, value, 1, article),
        (a, b) -> new Error(a.facet(), a.kind(), a.value(), a.count() + 1, a.example()));
  }

  /** The most frequent mistakes first, ties by facet and value so the output is stable. */
  public List<Error> worst(int limit) {
    List<Error> all = new ArrayList<>(errors.values());
    all.sort(Comparator.comparingInt(Error::count).reversed().thenComparing(Error::facet)
        .thenComparing(Error::kind).thenComparing(Error::value));
    return all.subList(0, Math.min(limit, all.size()));
  }
}
