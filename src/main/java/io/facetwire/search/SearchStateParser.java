package io.facetwire.search;

import io.facetwire.TextChars;
import io.facetwire.facet.Facet;
import io.facetwire.facet.FacetCatalog;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a {@link SearchState} from URL parameters. Lenient by design: whatever a user typed or a
 * stale link holds, the result is a valid state plus notes saying what was ignored or adjusted.
 */
final class SearchStateParser {

  private final Map<String, List<String>> params;
  private final FacetCatalog facets;
  private final List<String> notes = new ArrayList<>();

  SearchStateParser(Map<String, List<String>> params, FacetCatalog facets) {
    this.params = params == null ? Map.of() : params;
    this.facets = facets;
  }

  SearchState parse() {
    FieldPrefixes.Lifted typed = FieldPrefixes.lift(query(), facets);
    Map<Facet, List<String>> filters = new LinkedHashMap<>();
    Map<Facet, List<String>> exclusions = new LinkedHashMap<>();
    FilterBudget budget = new FilterBudget();
    for (Facet facet : facets.all()) {
      List<String> asked = values(facet, facet.param(), typed.include().get(facet), "");
      List<String> askedOut = values(facet, facet.excludeParam(), typed.exclude().get(facet), "excluded ");
      // A value both included and excluded: the exclusion wins, as the stricter reading.
      asked.removeIf(v -> askedOut.stream().anyMatch(v::equalsIgnoreCase));
      List<String> included = budget.take(asked);
      List<String> excluded = budget.take(askedOut);
      if (!included.isEmpty()) {
        filters.put(facet, included);
      }
      if (!excluded.isEmpty()) {
        exclusions.put(facet, excluded);
      }
    }
    budget.note(notes);
    String query = QueryBudget.apply(typed.rest(), notes);
    LocalDate from = date("from");
    LocalDate to = date("to");
    if (from != null && to != null && from.isAfter(to)) {
      notes.add("The dates were in the wrong order, so they were swapped.");
      LocalDate swap = from;
      from = to;
      to = swap;
    }
    Sort sort = sort();
    int size = size();
    int page = page(size);
    return new SearchState(facets, query, filters, exclusions, from, to, sort, page, size, notes);
  }

  /**
   * What one search may filter by in all (session 15): every link of a results page (chips, facet values, tags,
   * paging) repeats the whole search, so a page's size is its links times its search. A 62 KB URL of 4,800 values,
   * 20 per facet and exclusion applied (160), gave a 757 KB page. At most {@link SearchState#MAX_FILTER_VALUES}
   * values and {@link SearchState#MAX_FILTER_CHARS} characters of them together — as much as the query may hold —
   * are applied, in the facets' order, included before excluded; the rest are dropped with a note on the page and
   * in the API, never in silence.
   */
  private static final class FilterBudget {
    private int values = SearchState.MAX_FILTER_VALUES;
    private int chars = SearchState.MAX_FILTER_CHARS;
    private int asked;
    private int dropped;

    List<String> take(List<String> wanted) {
      List<String> kept = new ArrayList<>(wanted.size());
      for (String v : wanted) {
        asked++;
        if (values > 0 && v.length() <= chars) {
          kept.add(v);
          values--;
          chars -= v.length();
        } else {
          dropped++;
        }
      }
      return kept;
    }

    void note(List<String> notes) {
      if (dropped > 0) {
        notes.add("Only " + (asked - dropped) + " of the " + asked + " filter values were applied: one search takes at most "
            + SearchState.MAX_FILTER_VALUES + " values of " + SearchState.MAX_FILTER_CHARS + " characters in all.");
      }
    }
  }

  /**
   * Values of one facet from the URL parameter plus those typed in the box, in composed form (NFC); blank, overlong,
   * repeated dropped.
   */
  private List<String> values(Facet facet, String param, List<String> typed, String kind) {
    Set<String> seen = new LinkedHashSet<>();
    List<String> values = new ArrayList<>();
    List<String> all = new ArrayList<>(all(param));
    if (typed != null) {
      all.addAll(typed);
    }
    for (String v : all) {
      // Facet values are stored composed (NFC, as the gazetteer and the article text write them): a value typed
      // or linked in decomposed form ("Re" + U+0301 + "union") is the same value and must filter the same.
      String value = Normalizer.normalize(v.strip(), Normalizer.Form.NFC);
      if (!value.isEmpty() && value.length() <= 200 && seen.add(value.toLowerCase(java.util.Locale.ROOT))) {
        values.add(value);
      }
    }
    if (values.size() > SearchState.MAX_VALUES_PER_FACET) {
      notes.add("Only the first " + SearchState.MAX_VALUES_PER_FACET + " " + kind + facet.noun()
          + " filters were applied.");
      return new ArrayList<>(values.subList(0, SearchState.MAX_VALUES_PER_FACET));
    }
    return values;
  }

  private String query() {
    String q = first("q");
    if (q == null) {
      return "";
    }
    q = q.strip();
    if (q.length() > SearchState.MAX_QUERY_LENGTH) {
      notes.add("Your query was shortened to its first " + SearchState.MAX_QUERY_LENGTH + " characters.");
      q = TextChars.atMost(q, SearchState.MAX_QUERY_LENGTH);
    }
    return q;
  }

  private LocalDate date(String name) {
    String value = first(name);
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      LocalDate date = LocalDate.parse(value.strip());
      if (date.getYear() < 1000 || date.getYear() > 9999) {
        throw new DateTimeParseException("out of range", value, 0);
      }
      return date;
    } catch (DateTimeParseException e) {
      notes.add("Ignored the " + name + " date \"" + abbreviate(value) + "\": use the form 2017-07-30.");
      return null;
    }
  }

  private Sort sort() {
    String value = first("sort");
    if (value == null || value.isBlank()) {
      return Sort.RELEVANCE;
    }
    return Sort.fromParam(value.strip()).orElseGet(() -> {
      notes.add("Unknown sort \"" + abbreviate(value) + "\": sorted by relevance.");
      return Sort.RELEVANCE;
    });
  }

  private int size() {
    Integer size = integer("size");
    if (size == null) {
      return SearchState.DEFAULT_SIZE;
    }
    if (size < 1 || size > SearchState.MAX_SIZE) {
      int clamped = Math.max(1, Math.min(SearchState.MAX_SIZE, size));
      notes.add("Page size must be between 1 and " + SearchState.MAX_SIZE + ": showing " + clamped + ".");
      return clamped;
    }
    return size;
  }

  private int page(int size) {
    Integer page = integer("page");
    if (page == null) {
      return 1;
    }
    int maxPage = Math.max(1, SearchState.MAX_RESULT_WINDOW / size);
    if (page < 1) {
      notes.add("Pages start at 1.");
      return 1;
    }
    if (page > maxPage) {
      notes.add("Results can be paged up to page " + maxPage + " at this page size; narrow the search to see more.");
      return maxPage;
    }
    return page;
  }

  private Integer integer(String name) {
    String value = first(name);
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      notes.add("Ignored " + name + " \"" + abbreviate(value) + "\": not a number.");
      return null;
    }
  }

  // Every value passes TextChars.clean: the query and the filters are shown on the page and in feeds, where a
  // control character or a noncharacter typed into the URL would make the document invalid.
  private String first(String name) {
    List<String> values = params.get(name);
    return values == null || values.isEmpty() ? null : TextChars.clean(values.get(0));
  }

  private List<String> all(String name) {
    List<String> values = params.getOrDefault(name, List.of());
    return values.stream().allMatch(TextChars::isClean) ? values : values.stream().map(TextChars::clean).toList();
  }

  /** The first 40 characters, never half of a surrogate pair (a cut emoji was an unpaired surrogate in the page). */
  private static String abbreviate(String s) {
    if (s.length() <= 40) {
      return s;
    }
    int end = Character.isHighSurrogate(s.charAt(39)) ? 39 : 40;
    return s.substring(0, end) + "…";
  }
}
