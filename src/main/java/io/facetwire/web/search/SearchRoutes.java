package io.facetwire.web.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.facetwire.facet.Facet;
import io.facetwire.facet.FacetCatalog;
import io.facetwire.search.FacetCombination;
import io.facetwire.search.SearchQueryException;
import io.facetwire.search.SearchResult;
import io.facetwire.search.SearchService;
import io.facetwire.search.SearchState;
import io.facetwire.web.http.RequestSearchState;
import io.facetwire.web.http.RequestInfo;
import io.facetwire.web.http.Templates;
import io.facetwire.web.http.PageTitle;
import io.javalin.http.Context;
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
    SearchState state = RequestSearchState.of(ctx, facets);
    Set<Facet> expanded = SearchState.expandedFacets(ctx.queryParamMap(), facets);
    Map<String, Object> model;
    try {
      model = SearchPageModel.of(search.search(state, expanded), expanded, combination);
    } catch (SearchQueryException e) {
      model = SearchPageModel.of(SearchResult.empty(state), expanded, combination);
      model.put("error", e.getMessage());
      ctx.status(400);
    }
    model.put("history", history.record(ctx, state));
    String shown = state.describeShown();
    model.put("title", state.isBlank() ? PageTitle.site() : PageTitle.of(shown));
    model.put("resultsHeading", state.isBlank() ? "Latest articles" : "Articles: " + shown);
    templates.html(ctx, "search", model);
  }

  public void clearHistory(Context ctx) {
    history.clear(ctx);
    // safeNext bounds its length: a 64 KB form field in Location was a 500 (header buffer overflow).
    String back = RequestInfo.safeNext(ctx.formParam("back"));
    ctx.redirect(back.startsWith("/search") ? back : "/search",
        io.javalin.http.HttpStatus.SEE_OTHER);
  }

  public void api(Context ctx) {
    SearchState state = RequestSearchState.of(ctx, facets);
    try {
      SearchResult result = search.search(state, SearchState.expandedFacets(ctx.queryParamMap(), facets));
      SearchApiAnswer answer = SearchApiAnswer.of(result, SearchPageModel.notes(result));
      // Bytes straight from the records: no page-sized String to encode again.
      ctx.contentType("application/json").result(json.writeValueAsBytes(answer));
    } catch (SearchQueryException e) {
      ctx.status(400).json(Map.of("error", e.getMessage()));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
