package io.facetwire.web.view;

import io.facetwire.article.WebLinks;
import io.facetwire.facet.Facet;
import io.facetwire.search.SearchResult;

/**
 * A link to an article by its title in a list of titles ("More like this", an entity's latest articles): text for
 * {@code th:text}.
 *
 * @param lang the lang attribute of the title ("de"), null for English or unknown (WCAG 3.1.2, as on result lines)
 * @param date its publication date as the page shows it, "" when it has none
 */
public record ArticleLink(String title, String lang, String date, String url) {

  public static ArticleLink of(SearchResult.Hit h) {
    return new ArticleLink(h.title(), LanguageTags.attributeFor(h.facets().values(Facet.LANGUAGE)),
        h.publishedAt() == null ? "" : DisplayDates.DATE.format(h.publishedAt()), WebLinks.articlePath(h.id()));
  }
}
