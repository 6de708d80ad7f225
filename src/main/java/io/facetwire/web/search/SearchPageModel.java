package io.facetwire.web.search;

import io.facetwire.account.Tokens;
import io.facetwire.facet.Facet;
import io.facetwire.search.QueryString;
import io.facetwire.search.SearchResult;
import io.facetwire.search.SearchState.Part;
import io.facetwire.search.SearchState;
import io.facetwire.search.Sort;
import io.facetwire.web.view.FacetLinks;
import io.facetwire.web.view.HitView;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Everything the search template needs, computed in Java so the template only displays. */
final class SearchPageModel {

  /** An active filter; {@code kind} is "include", "exclude" or "date", and styles the chip. */
  record Chip(String label, String removeUrl, String kind) {}



  record SortOption(String param, String label, boolean selected) {}

  /** A page number, or a gap ({@code gap}: an ellipsis, no link); {@code name}: what a screen reader says. */
  record PageLink(String label, String url, boolean current, boolean gap, String name) {}

  private SearchPageModel() {}

  static Map<String, Object> of(SearchResult result, Set<Facet> expanded) {
    return of(result, expanded, io.facetwire.search.FacetCombination.allOr());
  }

  static Map<String, Object> of(SearchResult result, Set<Facet> expanded,
      io.facetwire.search.FacetCombination combination) {
    SearchState state = result.state();
    Map<String, Object> model = new java.util.HashMap<>();
    model.put("state", state);
    model.put("query", state.query());
    model.put("from", state.from() == null ? "" : state.from().toString());
    model.put("to", state.to() == null ? "" : state.to().toString());
    model.put("total", result.total());
    model.put("totalText", totalText(result));
    List<HitView> hits = hits(result);
    model.put("hits", hits);
    model.put("hitsHtml", io.facetwire.web.view.HitLinesHtml.of(hits));
    List<FacetView> facets = new ArrayList<>();
    for (Facet facet : state.facets().all()) {
      facets.add(FacetView.of(facet, result, expanded.contains(facet),
          io.facetwire.search.SearchRequestFactory.FACET_SIZE, combination.describe(facet)));
    }
    model.put("facets", facets);
    model.put("facetsHtml", FacetFieldsetsHtml.of(facets));
    model.put("skipToFilters", true);
    model.put("histogramSvg", histogramSvg(result));
    model.put("hasCountries", !MapRoutes.counted(result.facet(Facet.COUNTRY)).isEmpty());
    model.put("mapUrl", MapRoutes.url(state));
    model.put("didYouMean", result.didYouMean());
    model.put("didYouMeanUrl", result.didYouMean() == null ? null : state.withQuery(result.didYouMean()).url());
    model.put("atomUrl", state.formatUrl("atom"));
    model.put("csvUrl", state.formatUrl("csv"));
    model.put("jsonUrl", state.formatUrl("json"));
    model.put("exportCap", String.format(Locale.ENGLISH, "%,d", io.facetwire.search.MatchExport.MAX_ROWS));
    model.put("chips", chips(state));
    model.put("clearAllUrl", state.hasFilters() ? state.cleared().url() : null);
    model.put("sorts", sorts(state));
    // The sort form has the sort and size inputs; the query form the words (its dates are dropped on
    // purpose: a new query starts from the whole time range); the facet form the included values.
    model.put("sortHidden", state.formFields(EnumSet.of(Part.QUERY, Part.FILTERS, Part.EXCLUSIONS, Part.DATES)));
    model.put("formHidden", state.formFields(EnumSet.of(Part.FILTERS, Part.EXCLUSIONS, Part.SORT, Part.SIZE)));
    model.put("facetFormHidden",
        state.formFields(EnumSet.of(Part.QUERY, Part.EXCLUSIONS, Part.DATES, Part.SORT, Part.SIZE)));
    model.put("signInUrl", QueryString.empty().with("next", state.url()).link("/signin"));
    model.put("pages", pages(result));
    model.put("prevUrl", result.hasPreviousPage() ? state.withPage(state.page() - 1).url() : null);
    model.put("nextUrl", result.hasNextPage() ? state.withPage(state.page() + 1).url() : null);
    model.put("pagingCapped", result.pagingCapped());
    model.put("maxReachable", (long) state.maxPage() * state.size());
    model.put("notes", notes(result));
    model.put("firstShown", result.firstShown());
    model.put("lastShown", result.lastShown());
    model.put("saveName", state.describe());
    model.put("stateQuery", state.withPage(1).toQueryString());
    // Each rendering's save form its own value: the same form sent twice saves once (SaveOnce).
    model.put("saveOnce", Tokens.random());
    model.put("apiUrl", state.apiUrl());
    model.put("sizes", List.of(10, 20, 50, 100));
    model.put("size", state.size());
    return model;
  }

  /** The parser's notes, and a partial answer said as such (the search ran out of its time budget). */
  static List<String> notes(SearchResult result) {
    List<String> notes = new ArrayList<>(result.state().notes());
    if (result.partial()) {
      notes.add(PARTIAL);
    }
    if (result.countsEstimated()) {
      notes.add(ESTIMATED);
    }
    return notes;
  }

  static final String ESTIMATED = "So many articles match that the counts beside the filters and over time are "
      + "estimated from a random sample of them (\"about\"); the results and their number are exact.";

  static final String PARTIAL = "Partial results: this search took longer than its time budget, so the hits "
      + "and counts are those Elasticsearch found by then. A narrower search gives complete results.";

  private static String totalText(SearchResult result) {
    if (result.stories()) {
      return io.facetwire.web.view.StoryVersionsView.totalText(result);
    }
    String n = String.format(Locale.ENGLISH, "%,d", result.total());
    String noun = result.total() == 1 ? " article" : " articles";
    return (result.totalIsExact() ? "" : "more than ") + n + noun;
  }

  private static List<HitView> hits(SearchResult result) {
    SearchState state = result.state();
    List<HitView> views = new ArrayList<>();
    // The same value (a country, a topic) is tagged on many hits of a page: its link is made once.
    Map<Facet, Map<String, String>> urls = new java.util.HashMap<>();
    for (SearchResult.Hit h : result.hits()) {
      List<FacetLinks> tags = new ArrayList<>();
      int more = 0;
      for (Facet facet : state.facets().all()) {
        List<String> values = h.values(facet);
        Map<String, String> facetUrls = urls.computeIfAbsent(facet, f -> new java.util.HashMap<>());
        tags.add(FacetLinks.searches(facet, firstFew(values),
            v -> facetUrls.computeIfAbsent(v, x -> state.withFilter(facet, x).url())));
        more += Math.max(0, values.size() - TAGS_PER_FACET);
      }
      views.add(HitView.of(h, tags, more, false));
    }
    return views;
  }

  /** A result line shows a few values per facet; the article page shows them all. */
  static final int TAGS_PER_FACET = 6;

  private static List<String> firstFew(List<String> values) {
    return values.size() > TAGS_PER_FACET ? values.subList(0, TAGS_PER_FACET) : values;
  }

  private static String histogramSvg(SearchResult result) {
    return DateHistogramView.svg(result.dates(), (start, end) -> result.state().withDates(start, end).url(),
        result.countsEstimated() ? "Matching articles over time, about as many as shown (estimated from a sample)"
            : "Matching articles over time");
  }

  private static List<Chip> chips(SearchState state) {
    List<Chip> chips = new ArrayList<>();
    for (Facet facet : state.facets().all()) {
      for (String v : state.values(facet)) {
        chips.add(new Chip(facet.singular() + ": " + v, state.withoutFilter(facet, v).url(), "include"));
      }
      for (String v : state.excluded(facet)) {
        chips.add(new Chip("Not " + facet.noun() + ": " + v,
            state.withoutExclusion(facet, v).url(), "exclude"));
      }
    }
    if (state.from() != null) {
      chips.add(new Chip("From " + state.from(), state.withoutFrom().url(), "date"));
    }
    if (state.to() != null) {
      chips.add(new Chip("To " + state.to(), state.withoutTo().url(), "date"));
    }
    return chips;
  }

  private static List<SortOption> sorts(SearchState state) {
    List<SortOption> options = new ArrayList<>();
    for (Sort s : Sort.values()) {
      options.add(new SortOption(s.param(), s.label(), s == state.sort()));
    }
    return options;
  }

  private static List<PageLink> pages(SearchResult result) {
    SearchState state = result.state();
    int last = result.lastPage();
    List<PageLink> links = new ArrayList<>();
    for (Integer p : PageNumbers.around(state.page(), last, 2)) {
      links.add(p == null ? new PageLink("…", null, false, true, null)
          : new PageLink(Integer.toString(p), state.withPage(p).url(), p == state.page(), false,
              p == last ? "Page " + p + ", the last" : "Page " + p));
    }
    return links;
  }
}
