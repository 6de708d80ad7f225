package io.facetwire.web.article;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.facetwire.Json;
import io.facetwire.article.Article;
import io.facetwire.article.WebLinks;
import io.facetwire.engine.ArticleDocuments;
import io.facetwire.engine.ArticleStore;
import io.facetwire.extract.Explanation;
import io.facetwire.extract.FacetExtractor;
import io.facetwire.facet.Facet;
import io.facetwire.facet.FacetCatalog;
import io.facetwire.search.RelatedArticles;
import io.facetwire.search.SearchState;
import io.facetwire.web.http.ExpensiveWork;
import io.facetwire.web.http.Templates;
import io.facetwire.web.view.DisplayDates;
import io.facetwire.web.view.FacetLinks;
import io.facetwire.web.view.ArticleLink;
import io.facetwire.web.view.Link;
import io.facetwire.web.view.LanguageTags;
import io.facetwire.web.view.PartialNote;
import io.facetwire.web.http.PageTitle;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The article page and {@code GET /api/articles/{id}}. */
public final class ArticleRoutes {

  static final int RELATED = 5;

  private final ArticleStore articles;
  private final RelatedArticles related;
  private final Templates templates;
  private final FacetCatalog facets;
  private final ArticleDocuments documents;
  /** Extracts the stored text again for "Why these tags" (with the definitions the server runs on). */
  /** The extractor in use now (an admin may save new topics while the server runs). */
  private final java.util.function.Supplier<FacetExtractor> extractor;

  /**
   * Places for extracting a long article again (session 26): the page explains every article, so a stored 1 MB
   * article cost 0.5 s of CPU per view, anonymous, four at a time per address (the search places) — one visitor
   * kept both cores busy, where the same text sent to /api/extract is one at a time per address.
   */
  private final ExpensiveWork expensive;

  public ArticleRoutes(ArticleStore articles, RelatedArticles related, Templates templates, FacetCatalog facets,
      ArticleDocuments documents, java.util.function.Supplier<FacetExtractor> extractor, ExpensiveWork expensive) {
    this.expensive = expensive;
    this.extractor = extractor;
    this.documents = documents;
    this.facets = facets;
    this.articles = articles;
    this.related = related;
    this.templates = templates;
  }

  public void page(Context ctx) throws Exception {
    Article article = find(ctx);
    explaining(ctx, article, c -> page(c, article));
  }

  /** Runs {@code work}, which extracts {@code article} again, in an expensive place when the article is long. */
  private void explaining(Context ctx, Article article, io.javalin.http.Handler work) throws Exception {
    expensive.run(ctx, ExpensiveWork.largeText(article.title(), article.body()), work);
  }

  private void page(Context ctx, Article article) {
    SearchState none = SearchState.empty(facets);
    Map<String, Object> model = new HashMap<>();
    model.put("title", PageTitle.naming(article.title()));
    model.put("article", article);
    model.put("sourceUrl", io.facetwire.article.WebLinks.httpOrNull(article.url()));
    model.put("date", article.publishedAt() == null ? "" : DisplayDates.DATE.format(article.publishedAt()));
    model.put("datetime", DisplayDates.isoDate(article.publishedAt()));
    model.put("paragraphs", paragraphs(article.body()));
    model.put("lang", LanguageTags.attributeFor(article.values(Facet.LANGUAGE)));
    List<FacetLinks> searches = new java.util.ArrayList<>();
    List<FacetLinks> pages = new java.util.ArrayList<>();
    for (Facet facet : facets.all()) {
      List<String> values = article.values(facet);
      searches.add(FacetLinks.searches(none, facet, values));
      pages.add(new FacetLinks(facet.param(), facet.plural(), values.stream()
          .map(v -> new Link(v, facet.entityUrl(v))).toList()));
    }
    model.put("facets", searches);
    model.put("entityPages", pages);
    model.put("hasEntityPages", article.facets().count() > 0);
    model.put("sourceTags", article.sourceTags());
    model.put("back", backLink(ctx));
    RelatedArticles.Related like = related.like(article.id(), RELATED);
    model.put("related", like.hits().stream().map(ArticleLink::of).toList());
    model.put(PartialNote.KEY, PartialNote.of(like.partial(), "These related articles"));
    model.put("why", WhyTagsView.of(extractor.get().explain(article.title(), article.body()).limited(Explanation.SHOWN)));
    templates.html(ctx, "article", model);
  }

  /** The stored article; with {@code ?explain=true} also why its text gives its facets today. */
  public void api(Context ctx) throws Exception {
    Article article = find(ctx);
    ObjectNode out = documents.toJson(io.facetwire.article.WebLinks.forOutput(article));
    if (!"true".equals(ctx.queryParam("explain"))) {
      ctx.json(out);
      return;
    }
    explaining(ctx, article, c -> {
      out.set("explanation", Json.mapper().valueToTree(
          extractor.get().explain(article.title(), article.body()).limited(Explanation.SHOWN)));
      c.json(out);
    });
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
