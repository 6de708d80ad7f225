package io.facetwire.web.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.facetwire.facet.Facet;
import io.facetwire.facet.FacetCatalog;
import io.facetwire.saved.QueryStrings;
import io.facetwire.search.FacetValueSearch;
import io.facetwire.search.SearchResult;
import io.facetwire.search.SearchState;
import io.facetwire.web.http.Templates;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
    SearchState state = SearchState.fromQuery(ctx.queryParamMap(), facets);
    FacetValueSearch.Page page = values.values(state, facet, ctx.queryParam("prefix"),
        FacetValueSearch.Order.COUNT, API_LIMIT);
    ObjectNode root = json.createObjectNode();
    root.put("facet", facet.param());
    ArrayNode out = root.putArray("values");
    for (SearchResult.FacetValue v : page.values()) {
      out.addObject().put("value", v.value()).put("count", v.count()).put("selected", v.selected())
          .put("excluded", v.excluded()).put("url", state.toggled(facet, v.value()).url());
    }
    root.put("truncated", page.truncated());
    ctx.contentType("application/json").result(json.writeValueAsString(root));
  }

  record Row(String value, long count, boolean selected, boolean excluded, String url, String excludeUrl,
      String entityUrl) {}

  record PageLink(String label, String url, boolean current) {}

  public void page(Context ctx) {
    Facet facet = facet(ctx);
    SearchState state = SearchState.fromQuery(ctx.queryParamMap(), facets);
    String prefix = ctx.queryParam("prefix") == null ? "" : ctx.queryParam("prefix").strip();
    FacetValueSearch.Order order = "az".equals(ctx.queryParam("order"))
        ? FacetValueSearch.Order.AZ : FacetValueSearch.Order.COUNT;
    int page = parsePage(ctx.queryParam("vpage"));
    FacetValueSearch.Page all = values.values(state, facet, prefix, order, FacetValueSearch.MAX_VALUES);
    List<SearchResult.FacetValue> list = all.values();
    int lastPage = Math.max(1, (list.size() + PAGE_SIZE - 1) / PAGE_SIZE);
    page = Math.min(page, lastPage);
    List<Row> rows = new ArrayList<>();
    for (SearchResult.FacetValue v : list.subList(Math.min(list.size(), (page - 1) * PAGE_SIZE),
        Math.min(list.size(), page * PAGE_SIZE))) {
      rows.add(new Row(v.value(), v.count(), v.selected(), v.excluded(), state.toggled(facet, v.value()).url(),
          state.withExclusion(facet, v.value()).url(), facet.entityUrl(v.value())));
    }
    String base = "/facets/" + facet.param() + "?" + state.withPage(1).toQueryString();
    List<PageLink> pages = new ArrayList<>();
    for (int p = 1; p <= lastPage; p++) {
      if (p == 1 || p == lastPage || Math.abs(p - page) <= 3) {
        pages.add(new PageLink(Integer.toString(p), link(base, prefix, order, p), p == page));
      }
    }
    Map<String, Object> model = new HashMap<>();
    model.put("title", facet.singular() + " values – Facetwire");
    model.put("facetLabel", facet.singular());
    model.put("facetParam", facet.param());
    model.put("rows", rows);
    model.put("prefix", prefix);
    model.put("order", order == FacetValueSearch.Order.AZ ? "az" : "count");
    model.put("byCountUrl", link(base, prefix, FacetValueSearch.Order.COUNT, 1));
    model.put("azUrl", link(base, prefix, FacetValueSearch.Order.AZ, 1));
    model.put("pages", pages.size() > 1 ? pages : List.of());
    model.put("truncated", all.truncated());
    model.put("maxValues", String.format(java.util.Locale.ENGLISH, "%,d", FacetValueSearch.MAX_VALUES));
    model.put("total", list.size());
    model.put("backUrl", state.url());
    model.put("searchDescription", state.describe());
    model.put("hidden", hiddenState(state));
    ctx.html(templates.render("facet-values", model));
  }

  private static String link(String base, String prefix, FacetValueSearch.Order order, int page) {
    StringBuilder url = new StringBuilder(base);
    if (!prefix.isEmpty()) {
      url.append("&prefix=").append(URLEncoder.encode(prefix, StandardCharsets.UTF_8));
    }
    if (order == FacetValueSearch.Order.AZ) {
      url.append("&order=az");
    }
    if (page > 1) {
      url.append("&vpage=").append(page);
    }
    return url.toString().replace("?&", "?");
  }

  /** The search's parameters as hidden fields for the page's "filter values" form. */
  private static List<HiddenField> hiddenState(SearchState state) {
    List<HiddenField> fields = new ArrayList<>();
    QueryStrings.parse(state.withPage(1).toQueryString()).forEach((name, vals) ->
        vals.forEach(v -> fields.add(new HiddenField(name, v))));
    return fields;
  }

  private Facet facet(Context ctx) {
    return facets.fromParam(ctx.pathParam("facet"))
        .orElseThrow(() -> new NotFoundResponse("There is no such facet: use " + facets.describeParams() + "."));
  }

  private static int parsePage(String value) {
    try {
      return value == null ? 1 : Math.max(1, Integer.parseInt(value.strip()));
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}
