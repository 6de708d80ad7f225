package io.facetwire.search;

import io.facetwire.BidiControls;
import static io.facetwire.search.FacetSelections.containsIgnoreCase;
import static io.facetwire.search.FacetSelections.put;
import static io.facetwire.search.FacetSelections.with;
import static io.facetwire.search.FacetSelections.without;

import io.facetwire.facet.Facet;
import io.facetwire.facet.FacetCatalog;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.Map;
import java.util.Set;

/**
 * Everything that defines one search, as an immutable value parsed from and printed to the URL.
 *
 * <p>Parsing never fails: bad input is dropped or clamped and explained in {@link #notes}, so a
 * hand-edited or stale URL still shows a page. Every link on a results page is made by the
 * {@code with...} methods here, so templates never assemble URLs from pieces.
 *
 * <p>A state knows the application's {@link FacetCatalog}, as Blacklight's search state knows its
 * configuration: it parses and prints every facet's parameters, and whatever holds a state (the request
 * factory, page models, exports) loops over its facets without naming them.
 */
public record SearchState(
    FacetCatalog facets,
    String query,
    Map<Facet, List<String>> filters,
    Map<Facet, List<String>> exclusions,
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
  /** Filter values of one search in all, and their characters together (SearchStateParser.FilterBudget). */
  public static final int MAX_FILTER_VALUES = 30;
  public static final int MAX_FILTER_CHARS = MAX_QUERY_LENGTH;

  public SearchState {
    java.util.Objects.requireNonNull(facets, "facets");
    query = query == null ? "" : query;
    filters = FacetSelections.canonical(facets, filters);
    exclusions = FacetSelections.canonical(facets, exclusions);
    sort = sort == null ? Sort.RELEVANCE : sort;
    notes = notes == null ? List.of() : List.copyOf(notes);
  }

  /** A state without exclusions. */
  public SearchState(FacetCatalog facets, String query, Map<Facet, List<String>> filters, LocalDate from,
      LocalDate to, Sort sort, int page, int size, List<String> notes) {
    this(facets, query, filters, Map.of(), from, to, sort, page, size, notes);
  }

  public static SearchState empty(FacetCatalog facets) {
    return new SearchState(facets, "", Map.of(), Map.of(), null, null, Sort.RELEVANCE, 1, DEFAULT_SIZE, List.of());
  }

  /** Parses a search page's parameters; every facet of {@code facets} is read, other parameters ignored. */
  public static SearchState fromQuery(Map<String, List<String>> params, FacetCatalog facets) {
    return new SearchStateParser(params, facets).parse();
  }

  public List<String> values(Facet facet) {
    return filters.getOrDefault(facet, List.of());
  }

  public List<String> excluded(Facet facet) {
    return exclusions.getOrDefault(facet, List.of());
  }

  /** Facet values match case-insensitively (typed {@code country:russia} selects "Russia"). */
  public boolean isSelected(Facet facet, String value) {
    return containsIgnoreCase(values(facet), value);
  }

  public boolean isExcluded(Facet facet, String value) {
    return containsIgnoreCase(excluded(facet), value);
  }

  public boolean hasQuery() {
    return !query.isBlank();
  }

  /** A search with a wildcard: limited per client and overall like exports (see QueryBudget). */
  public boolean isExpensive() {
    return hasQuery() && QueryBudget.hasWildcard(query);
  }

  public boolean hasFilters() {
    return !filters.isEmpty() || !exclusions.isEmpty() || from != null || to != null;
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

  /** Includes the value (and stops excluding it). */
  public SearchState withFilter(Facet facet, String value) {
    return new SearchState(facets, query, put(filters, facet, with(values(facet), value)),
        put(exclusions, facet, without(excluded(facet), value)), from, to, sort, 1, size, List.of());
  }

  public SearchState withoutFilter(Facet facet, String value) {
    return new SearchState(facets, query, put(filters, facet, without(values(facet), value)), exclusions, from, to,
        sort, 1, size, List.of());
  }

  /** Excludes the value (and stops including it): the NOT action. */
  public SearchState withExclusion(Facet facet, String value) {
    return new SearchState(facets, query, put(filters, facet, without(values(facet), value)),
        put(exclusions, facet, with(excluded(facet), value)), from, to, sort, 1, size, List.of());
  }

  public SearchState withoutExclusion(Facet facet, String value) {
    return new SearchState(facets, query, filters, put(exclusions, facet, without(excluded(facet), value)), from, to,
        sort, 1, size, List.of());
  }

  public SearchState toggled(Facet facet, String value) {
    return isSelected(facet, value) ? withoutFilter(facet, value) : withFilter(facet, value);
  }

  public SearchState withQuery(String newQuery) {
    return new SearchState(facets, newQuery, filters, exclusions, from, to, sort, 1, size, List.of());
  }

  public SearchState withoutQuery() {
    return withQuery("");
  }

  public SearchState withDates(LocalDate newFrom, LocalDate newTo) {
    return new SearchState(facets, query, filters, exclusions, newFrom, newTo, sort, 1, size, List.of());
  }

  public SearchState withoutDates() {
    return withDates(null, null);
  }

  public SearchState withoutFrom() {
    return withDates(null, to);
  }

  public SearchState withoutTo() {
    return withDates(from, null);
  }

  /** Keeps the words, drops every filter: the "clear all" link. */
  public SearchState cleared() {
    return new SearchState(facets, query, Map.of(), Map.of(), null, null, sort, 1, size, List.of());
  }

  public SearchState withSort(Sort newSort) {
    return new SearchState(facets, query, filters, exclusions, from, to, newSort, 1, size, List.of());
  }

  public SearchState withPage(int newPage) {
    return new SearchState(facets, query, filters, exclusions, from, to, sort, newPage, size, List.of());
  }

  public SearchState withSize(int newSize) {
    return new SearchState(facets, query, filters, exclusions, from, to, sort, 1, newSize, List.of());
  }

  /** The same search without paging and notes: what history and saved searches keep. */
  public SearchState canonical() {
    return new SearchState(facets, query, filters, exclusions, from, to, sort, 1, size, List.of());
  }

  // ---- printing: every URL and hidden form field of the search pages is made here ----

  /** The parts of a search that print as parameters; a form that has inputs for some leaves them out. */
  public enum Part { QUERY, FILTERS, EXCLUSIONS, DATES, SORT, PAGE, SIZE }

  /** The URL parameter that expands one facet's sidebar list on the search page ({@link #expandUrl}). */
  public static final String EXPAND = "expand";

  /** The canonical query string, defaults left out, e.g. {@code q=putin&country=Russia&sort=newest}. */
  public String toQueryString() {
    return queryString(EnumSet.allOf(Part.class)).toString();
  }

  /** The parameters of {@code parts} in canonical order, defaults left out. */
  public QueryString queryString(Set<Part> parts) {
    return SearchStatePrinter.print(this, parts);
  }

  /** The parameters of {@code parts} as hidden fields, so a form that changes the rest keeps them. */
  public List<QueryString.Param> formFields(Set<Part> parts) {
    return queryString(parts).params();
  }

  /** A link to the search page for this state. */
  public String url() {
    return urlFor("/search");
  }

  /** The same search in a machine form: "json", "atom" or "csv". */
  public String formatUrl(String format) {
    return urlFor("/search." + format);
  }

  public String apiUrl() {
    return urlFor("/api/search");
  }

  /** {@code path} with this state as its query string ({@code /search/map?q=…}; no "?" when blank). */
  public String urlFor(String path) {
    return queryString(EnumSet.allOf(Part.class)).link(path);
  }

  /** The search page showing many more values of {@code facet} in its sidebar list. */
  public String expandUrl(Facet facet) {
    return queryString(EnumSet.allOf(Part.class)).with(EXPAND, facet.param()).link("/search");
  }

  /** The facets whose sidebar list a search page's parameters expand; unknown names ignored. */
  public static Set<Facet> expandedFacets(Map<String, List<String>> params, FacetCatalog facets) {
    Set<Facet> expanded = new LinkedHashSet<>();
    for (String value : params.getOrDefault(EXPAND, List.of())) {
      facets.fromParam(value).ifPresent(expanded::add);
    }
    return expanded;
  }

  /** The full list of {@code facet}'s values for this search (from its first result page). */
  public String facetValuesUrl(Facet facet, FacetValueListing listing) {
    return listing.appendTo(withPage(1).queryString(EnumSet.allOf(Part.class)), true, true)
        .link(facetValuesPath(facet));
  }

  /** Where {@code facet}'s full value list is, without parameters (the action of its "filter values" form). */
  public static String facetValuesPath(Facet facet) {
    return "/facets/" + facet.param();
  }

  /** The hidden fields of the facet-value page's "filter values" form (its input is the prefix; page 1). */
  public List<QueryString.Param> facetValuesFormFields(FacetValueListing listing) {
    return listing.appendTo(withPage(1).queryString(EnumSet.allOf(Part.class)), false, false).params();
  }

  /** Parses a stored or pasted query string ({@code q=x&country=Russia}), as {@link #fromQuery} does. */
  public static SearchState parse(String queryString, FacetCatalog facets) {
    return fromQuery(QueryString.parse(queryString).toMap(), facets);
  }

  /**
   * A short human description, as typed: the prefilled name of a saved search, an export's file name and feed
   * title (which clean their own text). Stored text never carries controls it did not have.
   */
  public String describe() {
    return describe(UnaryOperator.identity());
  }

  /**
   * The description a page shows (titles, headings, history lines): each value isolated where it is joined (session
   * 15), since an override left open in the query or a value would reverse the rest of the description.
   */
  public String describeShown() {
    return describe(BidiControls::isolate);
  }

  private String describe(UnaryOperator<String> value) {
    List<String> parts = new ArrayList<>();
    if (hasQuery()) {
      parts.add(value.apply(query.strip()));
    }
    filters.forEach((facet, values) -> parts.add(facet.singular() + ": " + joined(values, value)));
    exclusions.forEach((facet, values) -> parts.add("not " + facet.singular() + ": " + joined(values, value)));
    if (from != null || to != null) {
      parts.add((from == null ? "…" : from.toString()) + " – " + (to == null ? "…" : to.toString()));
    }
    return parts.isEmpty() ? "All articles" : String.join(", ", parts);
  }

  private static String joined(List<String> values, UnaryOperator<String> value) {
    return String.join(" or ", values.stream().map(value).toList());
  }
}
