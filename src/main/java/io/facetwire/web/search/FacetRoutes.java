package io.facetwire.web.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.facetwire.facet.Facet;
import io.facetwire.facet.FacetCatalog;
import io.facetwire.search.FacetValueListing;
import io.facetwire.search.FacetValueSearch;
import io.facetwire.search.SearchResult;
import io.facetwire.search.SearchState;
import io.facetwire.web.http.RequestSearchState;
import io.facetwire.web.http.Templates;
import io.facetwire.web.http.PageTitle;
import io.facetwire.web.view.PartialNote;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A facet's values beyond the sidebar: {@code /api/facets/{facet}?prefix=} (JSON, for the type-ahead
 * filter in the sidebar) and {@code /facets/{facet}} (a full, paged list, A–Z or by count, that works
 * without JavaScript). Both apply the current search's parameters.
 */
public final class FacetRoutes {

  static final int API_LIMIT = 20;
  public static final int PAGE_SIZE = 100;

  private final FacetValueSearch values;
  private final Templates templates;
  private final ObjectMapper json;
  private final FacetCatalog facets;

  public FacetRoutes(FacetValueSearch values, Templates templates, ObjectMapper json, FacetCatalog facets) {
    this.facets = facets;
    this.values = values;
    this.templates = templates;
    this.json = json;
  }

  public void api(Context ctx) throws Exception {
    Facet facet = facet(ctx);
    SearchState state = RequestSearchState.of(ctx, facets);
    FacetValueSearch.Page page = values.values(state, facet, ctx.queryParam("prefix"),
        FacetValueSearch.Order.COUNT, API_LIMIT);
    List<ApiValue> out = page.values().stream().map(v -> new ApiValue(v.value(), v.count(), v.selected(),
        v.excluded(), state.toggled(facet, v.value()).url())).toList();
    ctx.contentType("application/json")
        .result(json.writeValueAsString(new ApiAnswer(facet.param(), out, page.truncated(), page.partial())));
  }

  /** {@code GET /api/facets/{facet}}'s answer (described in openapi.json). */
  /** @param partial the list was cut by the search's time budget (as the search API's {@code partial}) */
  record ApiAnswer(String facet, List<ApiValue> values, boolean truncated, boolean partial) {}

  /** @param url the search with this value toggled */
  record ApiValue(String value, long count, boolean selected, boolean excluded, String url) {}

  record Row(String value, long count, boolean selected, boolean excluded, String url, String excludeUrl,
      String entityUrl) {}

  record PageLink(String label, String url, boolean current) {}

  public void page(Context ctx) {
    Facet facet = facet(ctx);
    SearchState state = RequestSearchState.of(ctx, facets);
    FacetValueListing listing = FacetValueListing.fromQuery(ctx.queryParamMap());
    String prefix = listing.prefix();
    FacetValueSearch.Order order = listing.order();
    FacetValueSearch.Page all = values.values(state, facet, prefix, order, FacetValueSearch.MAX_VALUES);
    List<SearchResult.FacetValue> list = all.values();
    int lastPage = Math.max(1, (list.size() + PAGE_SIZE - 1) / PAGE_SIZE);
    int page = Math.min(listing.page(), lastPage);
    List<Row> rows = new ArrayList<>();
    for (SearchResult.FacetValue v : list.subList(Math.min(list.size(), (page - 1) * PAGE_SIZE),
        Math.min(list.size(), page * PAGE_SIZE))) {
      rows.add(new Row(v.value(), v.count(), v.selected(), v.excluded(), state.toggled(facet, v.value()).url(),
          state.withExclusion(facet, v.value()).url(), facet.entityUrl(v.value())));
    }
    List<PageLink> pages = new ArrayList<>();
    for (int p = 1; p <= lastPage; p++) {
      if (p == 1 || p == lastPage || Math.abs(p - page) <= 3) {
        pages.add(new PageLink(Integer.toString(p), state.facetValuesUrl(facet, listing.withPage(p)), p == page));
      }
    }
    Map<String, Object> model = new HashMap<>();
    model.put("title", PageTitle.of(facet.singular() + " values"));
    model.put("facetLabel", facet.singular());
    model.put("rows", rows);
    model.put("prefix", prefix);
    model.put("order", order == FacetValueSearch.Order.AZ ? "az" : "count");
    model.put("byCountUrl", state.facetValuesUrl(facet, listing.withOrder(FacetValueSearch.Order.COUNT)));
    model.put("azUrl", state.facetValuesUrl(facet, listing.withOrder(FacetValueSearch.Order.AZ)));
    model.put("pages", pages.size() > 1 ? pages : List.of());
    model.put("truncated", all.truncated());
    model.put(PartialNote.KEY, PartialNote.of(all.partial(), "These values and their counts"));
    model.put("maxValues", String.format(java.util.Locale.ENGLISH, "%,d", FacetValueSearch.MAX_VALUES));
    model.put("total", list.size());
    model.put("backUrl", state.url());
    model.put("searchDescription", state.describeShown());
    model.put("hidden", state.facetValuesFormFields(listing));
    model.put("formAction", SearchState.facetValuesPath(facet));
    templates.html(ctx, "facet-values", model);
  }

  private Facet facet(Context ctx) {
    return facets.fromParam(ctx.pathParam("facet"))
        .orElseThrow(() -> new NotFoundResponse("There is no such facet: use " + facets.describeParams() + "."));
  }
}
