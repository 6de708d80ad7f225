package io.facetwire.web;

import io.facetwire.article.Article;
import io.facetwire.engine.ArticleStore;
import io.facetwire.search.Facet;
import io.facetwire.search.RelatedArticles;
import io.facetwire.search.SearchState;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The article page and {@code GET /api/articles/{id}}. */
final class ArticleRoutes {

  static final int RELATED = 5;

  private final ArticleStore articles;
  private final RelatedArticles related;
  private final Templates templates;

  ArticleRoutes(ArticleStore articles, RelatedArticles related, Templates templates) {
    this.articles = articles;
    this.related = related;
    this.templates = templates;
  }

  void page(Context ctx) {
    Article article = find(ctx);
    SearchState none = SearchState.empty();
    Map<String, Object> model = new HashMap<>();
    model.put("title", article.title() + " – Facetwire");
    model.put("article", article);
    model.put("sourceUrl", SearchPageModel.safeUrl(article.url()));
    model.put("date", article.publishedAt() == null ? "" : SearchPageModel.DATE.format(article.publishedAt()));
    model.put("paragraphs", paragraphs(article.body()));
    model.put("countries", SearchPageModel.links(none, Facet.COUNTRY, article.countries()));
    model.put("persons", SearchPageModel.links(none, Facet.PERSON, article.persons()));
    model.put("topics", SearchPageModel.links(none, Facet.TOPIC, article.topics()));
    model.put("sourceTags", article.sourceTags());
    model.put("back", backLink(ctx));
    model.put("related", related.like(article.id(), RELATED).stream()
        .map(h -> new SearchPageModel.Link(h.title(), ArticleLinks.articleUrl(h.id()))).toList());
    model.put("countryPages", entityLinks(Facet.COUNTRY, article.countries()));
    model.put("personPages", entityLinks(Facet.PERSON, article.persons()));
    ctx.html(templates.render("article", model));
  }

  private static List<SearchPageModel.Link> entityLinks(Facet facet, List<String> values) {
    return values.stream().map(v -> new SearchPageModel.Link(v, EntityLinks.url(facet, v))).toList();
  }

  void api(Context ctx) {
    ctx.json(io.facetwire.article.WebLinks.forOutput(find(ctx)));
  }

  private Article find(Context ctx) {
    return articles.get(ctx.pathParam("id"))
        .orElseThrow(() -> new NotFoundResponse("No article with this id."));
  }

  /** Paragraphs split on blank lines, or on single newlines when the text has no blank lines. */
  static List<String> paragraphs(String body) {
    if (body == null || body.isBlank()) {
      return List.of();
    }
    String separator = body.contains("\n\n") ? "\\n\\s*\\n" : "\\n";
    return Arrays.stream(body.split(separator)).map(String::strip).filter(p -> !p.isEmpty()).toList();
  }

  /** "Back to results" only for a same-site search link passed along, never an arbitrary URL. */
  private static String backLink(Context ctx) {
    String back = ctx.queryParam("back");
    return back != null && back.startsWith("/search") && !back.startsWith("//") ? back : null;
  }
}
