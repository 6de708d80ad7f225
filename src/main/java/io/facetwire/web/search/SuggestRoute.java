package io.facetwire.web.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.facetwire.facet.FacetCatalog;
import io.facetwire.search.Autocomplete;
import io.facetwire.search.SearchState;
import io.facetwire.web.article.ArticleLinks;
import io.javalin.http.Context;

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

  public void handle(Context ctx) throws Exception {
    SearchState state = SearchState.fromQuery(ctx.queryParamMap(), facets).withQuery("");
    ArrayNode out = json.createArrayNode();
    for (Autocomplete.Suggestion s : autocomplete.suggest(ctx.queryParam("q"))) {
      String url = s.isTitle() ? ArticleLinks.articleUrl(s.articleId())
          : state.withFilter(s.facet(), s.text()).url();
      out.addObject().put("kind", s.kind()).put("label", s.label()).put("text", s.text())
          .put("count", s.count()).put("url", url);
    }
    ctx.header("Cache-Control", "private, max-age=30");
    ctx.contentType("application/json").result(json.writeValueAsString(out));
  }
}
