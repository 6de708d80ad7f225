package io.facetwire.web;

import io.facetwire.search.Facet;
import io.facetwire.search.FacetValueSearch;
import io.facetwire.search.SearchResult;
import io.facetwire.search.SearchState;
import io.facetwire.web.svg.WorldMapSvg;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code /search/map}: the world map of a search's countries, with the same data as a table.
 *
 * <p>Why a page of its own rather than part of every search page: the map needs every country of
 * the results (up to {@link #MAX_COUNTRIES}), not the sidebar's top ten, and is about 90 KB of SVG.
 * Drawn into every results page it cost more to build and send than the rest of the page together,
 * for a picture below the results that many readers never scroll to. The search page links here;
 * with JavaScript on it loads this page's map into itself when the reader scrolls near it.
 * One Elasticsearch request: a terms aggregation with no hits.
 */
final class MapRoutes {

  /** More than every country name the extractor knows (about 250, historical states included). */
  static final int MAX_COUNTRIES = 400;

  private static final WorldMapSvg MAP = new WorldMapSvg();

  private final FacetValueSearch values;
  private final Templates templates;

  MapRoutes(FacetValueSearch values, Templates templates) {
    this.values = values;
    this.templates = templates;
  }

  /** Where the map of {@code state} is; what the search page links to. */
  static String url(SearchState state) {
    String qs = state.withPage(1).toQueryString();
    return qs.isEmpty() ? "/search/map" : "/search/map?" + qs;
  }

  void page(Context ctx) {
    SearchState state = SearchState.fromQuery(ctx.queryParamMap());
    FacetValueSearch.Page countries = values.values(state, Facet.COUNTRY, null, FacetValueSearch.Order.COUNT,
        MAX_COUNTRIES);
    Map<String, Long> counts = new LinkedHashMap<>();
    for (SearchResult.FacetValue v : countries.values()) {
      if (!v.excluded() && v.count() > 0) {
        counts.put(v.value(), v.count());
      }
    }
    WorldMapSvg.Drawing map = MAP.draw(counts, c -> state.withFilter(Facet.COUNTRY, c).url(),
        "Countries named in the matching articles");
    Map<String, Object> model = new HashMap<>();
    model.put("title", "Map: " + state.describe() + " – Facetwire");
    model.put("searchDescription", state.describe());
    model.put("backUrl", state.url());
    model.put("mapSvg", map.svg());
    model.put("hasMapRows", !map.rows().isEmpty());
    model.put("mapRowsHtml", CountryTableHtml.rows(map.rows()));
    ctx.html(templates.render("search-map", model));
  }
}
