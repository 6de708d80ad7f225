package io.facetwire.search;

import io.facetwire.facet.Facet;
import io.facetwire.facet.FacetCatalog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lifts {@code country:Russia}, {@code person:"Vladimir Putin"} and {@code -topic:sanctions} out of
 * what was typed into the search box and turns them into facet filters and exclusions, so the box and
 * the facet links are two ways to the same search.
 */
final class FieldPrefixes {

  /** {@code [-]facet:value} or {@code [-]facet:"quoted value"}, at the start or after whitespace. */
  private static Pattern prefixes(FacetCatalog facets) {
    String names = String.join("|", facets.all().stream().map(f -> Pattern.quote(f.param())).toList());
    return Pattern.compile("(?:(?<=\\s)|^)(-?)(" + names + "):(?:\"([^\"]*)\"|(\\S+))",
        Pattern.CASE_INSENSITIVE);
  }

  record Lifted(String rest, Map<Facet, List<String>> include, Map<Facet, List<String>> exclude) {}

  private FieldPrefixes() {}

  static Lifted lift(String query, FacetCatalog facets) {
    Map<Facet, List<String>> include = new LinkedHashMap<>();
    Map<Facet, List<String>> exclude = new LinkedHashMap<>();
    if (facets.all().isEmpty()) {
      return new Lifted(query, include, exclude);
    }
    Matcher m = prefixes(facets).matcher(query);
    StringBuilder rest = new StringBuilder();
    int last = 0;
    while (m.find()) {
      String value = (m.group(3) != null ? m.group(3) : m.group(4)).strip();
      if (value.isEmpty()) {
        continue;
      }
      Facet facet = facets.fromParam(m.group(2).toLowerCase(java.util.Locale.ROOT)).orElseThrow();
      (m.group(1).isEmpty() ? include : exclude).computeIfAbsent(facet, f -> new ArrayList<>()).add(value);
      rest.append(query, last, m.start());
      last = m.end();
    }
    rest.append(query.substring(last));
    return new Lifted(rest.toString().replaceAll("\\s+", " ").strip(), include, exclude);
  }
}
