package io.facetwire.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Prints a {@link SearchState} as URL parameters, the mirror of {@link SearchStateParser}: canonical
 * order (query, filters and exclusions in the catalog's facet order, dates, sort, page, size) and
 * defaults left out, so one search has one URL.
 */
final class SearchStatePrinter {

  private SearchStatePrinter() {}

  static QueryString print(SearchState state, Set<SearchState.Part> parts) {
    // One list, copied once: every link of a page (tag links, histogram bars, facet values) is printed here.
    Params qs = new Params();
    if (parts.contains(SearchState.Part.QUERY) && state.hasQuery()) {
      qs = qs.with("q", state.query());
    }
    if (parts.contains(SearchState.Part.FILTERS)) {
      for (var e : state.filters().entrySet()) {
        for (String v : e.getValue()) {
          qs = qs.with(e.getKey().param(), v);
        }
      }
    }
    if (parts.contains(SearchState.Part.EXCLUSIONS)) {
      for (var e : state.exclusions().entrySet()) {
        for (String v : e.getValue()) {
          qs = qs.with(e.getKey().excludeParam(), v);
        }
      }
    }
    if (parts.contains(SearchState.Part.DATES)) {
      if (state.from() != null) {
        qs = qs.with("from", state.from().toString());
      }
      if (state.to() != null) {
        qs = qs.with("to", state.to().toString());
      }
    }
    if (parts.contains(SearchState.Part.SORT) && state.sort() != Sort.RELEVANCE) {
      qs = qs.with("sort", state.sort().param());
    }
    if (parts.contains(SearchState.Part.PAGE) && state.page() != 1) {
      qs = qs.with("page", Integer.toString(state.page()));
    }
    if (parts.contains(SearchState.Part.SIZE) && state.size() != SearchState.DEFAULT_SIZE) {
      qs = qs.with("size", Integer.toString(state.size()));
    }
    return QueryString.of(qs.list);
  }

  private static final class Params {
    final List<QueryString.Param> list = new ArrayList<>();

    Params with(String name, String value) {
      list.add(new QueryString.Param(name, value));
      return this;
    }
  }
}
