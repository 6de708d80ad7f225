package io.facetwire.web.search;

import io.facetwire.facet.Facet;
import io.facetwire.facet.FacetCatalog;
import io.facetwire.search.FacetValueSearch;
import io.facetwire.search.SearchResult;
import io.facetwire.search.SearchState;
import io.facetwire.web.http.RequestSearchState;
import io.facetwire.web.http.Templates;
import io.facetwire.web.search.svg.WorldMapSvg;
import io.facetwire.web.http.PageTitle;
import io.facetwire.web.view.PartialNote;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
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
public final class MapRoutes {

  /** More than every country name the extractor knows (about 250, historical states included). */
  static final int MAX_COUNTRIES = 400;

  private static final WorldMapSvg MAP = new WorldMapSvg();

  private final FacetValueSearch values;
  private final Templates templates;
  private final FacetCatalog facets;

  public MapRoutes(FacetValueSearch values, Templates templates, FacetCatalog facets) {
    this.facets = facets;
    this.values = values;
    this.templates = templates;
  }

  /** Where the map of {@code state} is; what the search page links to. */
  static String url(SearchState state) {
    return state.withPage(1).urlFor("/search/map");
  }

  /** The countries the map shades: counted, not excluded; the search page shows the map link if any. */
  static Map<String, Long> counted(List<SearchResult.FacetValue> countries) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (SearchResult.FacetValue v : countries) {
      if (!v.excluded() && v.count() > 0) {
        counts.put(v.value(), v.count());
      }
    }
    return counts;
  }

  public void page(Context ctx) {
    SearchState state = RequestSearchState.of(ctx, facets);
    FacetValueSearch.Page countries = values.values(state, Facet.COUNTRY, null, FacetValueSearch.Order.COUNT,
        MAX_COUNTRIES);
    WorldMapSvg.Drawing map = MAP.draw(counted(countries.values()), c -> state.withFilter(Facet.COUNTRY, c).url(),
        "Countries named in the matching articles");
    Map<String, Object> model = new HashMap<>();
    model.put("title", PageTitle.of("Map: " + state.describeShown()));
    model.put("searchDescription", state.describeShown());
    model.put("backUrl", state.url());
    model.put("mapSvg", map.svg());
    model.put("mapLegendHtml", map.legendHtml());
    model.put("hasMapRows", !map.rows().isEmpty());
    model.put("mapRowsHtml", CountryTableHtml.rows(map.rows()));
    model.put(PartialNote.KEY, PartialNote.of(countries.partial(), "The countries and their counts"));
    templates.html(ctx, "search-map", model);
  }
}
