package io.facetwire.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything that defines one search, as an immutable value parsed from and printed to the URL.
 *
 * <p>Parsing never fails: bad input is dropped or clamped and explained in {@link #notes}, so a
 * hand-edited or stale URL still shows a page. Every link on a results page is made by the
 * {@code with...} methods here, so templates never assemble URLs from pieces.
 */
public record SearchState(
    String query,
    Map<Facet, List<String>> filters,
    LocalDate from,
    LocalDate to,
    Sort sort,
    int page,
    int size,
    List<String> notes) {

  public static final int DEFAULT_SIZE = 10;
  public static final int MAX_SIZE = 100;
  /** Elasticsearch's default {@code index.max_result_window}: deep paging stops here. */
  public static final int MAX_RESULT_WINDOW = 10_000;
  /** Longer queries are cut: a 10 kB paste would only exceed the engine's clause limit. */
  public static final int MAX_QUERY_LENGTH = 500;
  static final int MAX_VALUES_PER_FACET = 20;

  public SearchState {
    query = query == null ? "" : query;
    EnumMap<Facet, List<String>> copy = new EnumMap<>(Facet.class);
    if (filters != null) {
      filters.forEach((facet, values) -> {
        if (values != null && !values.isEmpty()) {
          copy.put(facet, List.copyOf(values));
        }
      });
    }
    filters = java.util.Collections.unmodifiableMap(copy);
    sort = sort == null ? Sort.RELEVANCE : sort;
    notes = notes == null ? List.of() : List.copyOf(notes);
  }

  public static SearchState empty() {
    return new SearchState("", Map.of(), null, null, Sort.RELEVANCE, 1, DEFAULT_SIZE, List.of());
  }

  public static SearchState fromQuery(Map<String, List<String>> params) {
    return new SearchStateParser(params).parse();
  }

  public List<String> values(Facet facet) {
    return filters.getOrDefault(facet, List.of());
  }

  public boolean isSelected(Facet facet, String value) {
    return values(facet).contains(value);
  }

  public boolean hasQuery() {
    return !query.isBlank();
  }

  public boolean hasFilters() {
    return !filters.isEmpty() || from != null || to != null;
  }

  public boolean isBlank() {
    return !hasQuery() && !hasFilters();
  }

  /** The highest page a user can reach with this page size. */
  public int maxPage() {
    return Math.max(1, MAX_RESULT_WINDOW / size);
  }

  public int offset() {
    return (page - 1) * size;
  }

  // ---- transitions: each returns a new state, back on page 1 when the result set changes ----

  public SearchState withFilter(Facet facet, String value) {
    Map<Facet, List<String>> next = new EnumMap<>(Facet.class);
    next.putAll(filters);
    Set<String> values = new LinkedHashSet<>(values(facet));
    values.add(value);
    next.put(facet, new ArrayList<>(values));
    return new SearchState(query, next, from, to, sort, 1, size, List.of());
  }

  public SearchState withoutFilter(Facet facet, String value) {
    Map<Facet, List<String>> next = new EnumMap<>(Facet.class);
    next.putAll(filters);
    List<String> values = new ArrayList<>(values(facet));
    values.remove(value);
    next.put(facet, values);
    return new SearchState(query, next, from, to, sort, 1, size, List.of());
  }

  public SearchState toggled(Facet facet, String value) {
    return isSelected(facet, value) ? withoutFilter(facet, value) : withFilter(facet, value);
  }

  public SearchState withoutQuery() {
    return new SearchState("", filters, from, to, sort, 1, size, List.of());
  }

  public SearchState withoutDates() {
    return new SearchState(query, filters, null, null, sort, 1, size, List.of());
  }

  public SearchState withoutFrom() {
    return new SearchState(query, filters, null, to, sort, 1, size, List.of());
  }

  public SearchState withoutTo() {
    return new SearchState(query, filters, from, null, sort, 1, size, List.of());
  }

  /** Keeps the words, drops every filter: the "clear all" link. */
  public SearchState cleared() {
    return new SearchState(query, Map.of(), null, null, sort, 1, size, List.of());
  }

  public SearchState withSort(Sort newSort) {
    return new SearchState(query, filters, from, to, newSort, 1, size, List.of());
  }

  public SearchState withPage(int newPage) {
    return new SearchState(query, filters, from, to, sort, newPage, size, List.of());
  }

  public SearchState withSize(int newSize) {
    return new SearchState(query, filters, from, to, sort, 1, newSize, List.of());
  }

  // ---- printing ----

  /** The canonical query string, defaults left out, e.g. {@code q=putin&country=Russia&sort=newest}. */
  public String toQueryString() {
    List<String> parts = new ArrayList<>();
    if (hasQuery()) {
      parts.add(param("q", query));
    }
    for (Facet facet : Facet.values()) {
      for (String value : values(facet)) {
        parts.add(param(facet.param(), value));
      }
    }
    if (from != null) {
      parts.add(param("from", from.toString()));
    }
    if (to != null) {
      parts.add(param("to", to.toString()));
    }
    if (sort != Sort.RELEVANCE) {
      parts.add(param("sort", sort.param()));
    }
    if (page != 1) {
      parts.add(param("page", Integer.toString(page)));
    }
    if (size != DEFAULT_SIZE) {
      parts.add(param("size", Integer.toString(size)));
    }
    return String.join("&", parts);
  }

  /** A link to the search page for this state. */
  public String url() {
    String qs = toQueryString();
    return qs.isEmpty() ? "/search" : "/search?" + qs;
  }

  /** The same search as JSON (the API and the {@code .json} form share parameters). */
  public String apiUrl() {
    String qs = toQueryString();
    return qs.isEmpty() ? "/api/search" : "/api/search?" + qs;
  }

  private static String param(String name, String value) {
    return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** A short human description, used to prefill the name of a saved search. */
  public String describe() {
    List<String> parts = new ArrayList<>();
    if (hasQuery()) {
      parts.add(query.strip());
    }
    filters.forEach((facet, values) -> parts.add(facet.label() + ": " + String.join(" or ", values)));
    if (from != null || to != null) {
      parts.add((from == null ? "…" : from.toString()) + " – " + (to == null ? "…" : to.toString()));
    }
    return parts.isEmpty() ? "All articles" : String.join(", ", parts);
  }
}
