package io.facetwire.web.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.facetwire.article.WebLinks;
import io.facetwire.facet.FacetCatalog;
import io.facetwire.search.Autocomplete;
import io.facetwire.search.SearchState;
import io.javalin.http.Context;
import java.util.List;

/**
 * {@code GET /api/suggest?q=}: titles and entity names for the search box's autocomplete. Each
 * suggestion carries the URL it leads to: the article, or the current search narrowed to the entity.
 */
public final class SuggestRoute {

  private final Autocomplete autocomplete;
  private final ObjectMapper json;
  private final FacetCatalog facets;

  public SuggestRoute(Autocomplete autocomplete, ObjectMapper json, FacetCatalog facets) {
    this.facets = facets;
    this.autocomplete = autocomplete;
    this.json = json;
  }

  /** One suggestion as the API answers it (described in openapi.json). */
  record Suggestion(String kind, String label, String text, long count, String url) {}

  public void handle(Context ctx) throws Exception {
    SearchState state = SearchState.fromQuery(ctx.queryParamMap(), facets).withQuery("");
    List<Suggestion> out = autocomplete.suggest(ctx.queryParam("q")).stream().map(s -> new Suggestion(s.kind(),
        s.label(), s.text(), s.count(), s.isTitle() ? WebLinks.articlePath(s.articleId())
            : state.withFilter(s.facet(), s.text()).url())).toList();
    ctx.header("Cache-Control", "private, max-age=30");
    ctx.contentType("application/json").result(json.writeValueAsString(out));
  }
}
