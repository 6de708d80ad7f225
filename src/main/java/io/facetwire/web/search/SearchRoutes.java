package io.facetwire.web.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.facetwire.facet.Facet;
import io.facetwire.facet.FacetCatalog;
import io.facetwire.search.FacetCombination;
import io.facetwire.search.SearchQueryException;
import io.facetwire.search.SearchResult;
import io.facetwire.search.SearchService;
import io.facetwire.search.SearchState;
import io.facetwire.web.http.Templates;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The search page and its JSON twin: same parameters, same single Elasticsearch request. */
public final class SearchRoutes {

  private final SearchService search;
  private final Templates templates;
  private final ObjectMapper json;
  private final FacetCombination combination;
  private final SessionHistory history;
  private final FacetCatalog facets;

  public SearchRoutes(SearchService search, Templates templates, ObjectMapper json, FacetCombination combination,
      FacetCatalog facets) {
    this.facets = facets;
    this.search = search;
    this.templates = templates;
    this.json = json;
    this.combination = combination;
    this.history = new SessionHistory(json, facets);
  }

  public void page(Context ctx) {
    SearchState state = SearchState.fromQuery(ctx.queryParamMap(), facets);
    Set<Facet> expanded = expanded(ctx.queryParamMap(), facets);
    Map<String, Object> model;
    try {
      model = SearchPageModel.of(search.search(state, expanded), expanded, combination);
    } catch (SearchQueryException e) {
      model = SearchPageModel.of(SearchResult.empty(state), expanded, combination);
      model.put("error", e.getMessage());
      ctx.status(400);
    }
    model.put("history", history.record(ctx, state));
    model.put("title", state.isBlank() ? "Facetwire" : state.describe() + " – Facetwire");
    model.put("resultsHeading", state.isBlank() ? "Latest articles" : "Articles: " + state.describe());
    ctx.html(templates.render("search", model));
  }

  public void clearHistory(Context ctx) {
    history.clear(ctx);
    String back = ctx.formParam("back");
    ctx.redirect(back != null && back.startsWith("/search") && !back.startsWith("//") ? back : "/search",
        io.javalin.http.HttpStatus.SEE_OTHER);
  }

  public void api(Context ctx) {
    SearchState state = SearchState.fromQuery(ctx.queryParamMap(), facets);
    try {
      SearchResult result = search.search(state, expanded(ctx.queryParamMap(), facets));
      ctx.contentType("application/json").result(json.writeValueAsString(toJson(result)));
    } catch (SearchQueryException e) {
      ctx.status(400).json(Map.of("error", e.getMessage()));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private ObjectNode toJson(SearchResult result) {
    ObjectNode root = json.createObjectNode();
    root.put("total", result.total());
    root.put("total_is_exact", result.totalIsExact());
    root.put("page", result.state().page());
    root.put("size", result.state().size());
    root.put("last_page", result.lastPage());
    ArrayNode hits = root.putArray("hits");
    for (SearchResult.Hit h : result.hits()) {
      ObjectNode hit = hits.addObject();
      hit.put("id", h.id());
      hit.put("title", h.title());
      hit.put("url", io.facetwire.article.WebLinks.httpOrNull(h.url()));
      hit.put("source", h.source());
      hit.put("published_at", h.publishedAt() == null ? null : h.publishedAt().toString());
      hit.put("snippet", h.snippet().text());
      hit.put("snippet_html", h.snippet().html());
      // A facet of the article's own field (source) is already there, as the single value it is.
      h.facets().map().forEach((facet, values) -> {
        if (!hit.has(facet.field())) {
          hit.set(facet.field(), json.valueToTree(values));
        }
      });
    }
    ObjectNode facets = root.putObject("facets");
    for (Facet facet : result.state().facets().all()) {
      ArrayNode values = facets.putArray(facet.param());
      for (SearchResult.FacetValue v : result.facet(facet)) {
        values.addObject().put("value", v.value()).put("count", v.count()).put("selected", v.selected());
      }
    }
    root.put("partial", result.partial());
    root.set("notes", json.valueToTree(SearchPageModel.notes(result)));
    return root;
  }

  static Set<Facet> expanded(Map<String, List<String>> params, FacetCatalog facets) {
    Set<Facet> expanded = new java.util.HashSet<>();
    for (String value : params.getOrDefault("expand", List.of())) {
      facets.fromParam(value).ifPresent(expanded::add);
    }
    return expanded;
  }
}
