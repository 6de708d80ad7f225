package io.facetwire.web.view;

import io.facetwire.article.WebLinks;
import io.facetwire.facet.Facet;
import io.facetwire.search.SearchResult;
import java.util.List;

/**
 * One article in a list of results (the search page, a saved search's pages): text for
 * {@code th:text}, pre-escaped HTML only from {@code Snippet}.
 *
 * @param sourceUrl the article's own link, only when http(s)
 * @param facets    its facet values as links (none where the list shows none)
 * @param tagsHtml  the same links as HTML ({@link HitTagsHtml}): what the search page shows
 * @param moreTags  how many of its values the line leaves out
 * @param isNew     indexed after the owner's previous visit (saved searches)
 * @param datetime  the date for {@code <time datetime>}
 * @param versions  the story's other versions ("N other versions"), none on lists that are not by story
 * @param lang      the lang attribute of its title and snippet ("de"), null for English or where the list loads no
 *                  language (WCAG 3.1.2: a screen reader reads a German snippet with German rules)
 */
public record HitView(String title, String titleHtml, String articleUrl, String sourceUrl, String source,
    String date, String snippetHtml, List<FacetLinks> facets, String tagsHtml, int moreTags, boolean isNew,
    String datetime, StoryVersionsView versions, String lang) {

  public static HitView of(SearchResult.Hit h, List<FacetLinks> facets, int moreTags, boolean isNew) {
    return new HitView(h.title(), h.titleSnippet().html(), WebLinks.articlePath(h.id()), WebLinks.httpOrNull(h.url()),
        h.source(), h.publishedAt() == null ? "" : DisplayDates.DATE.format(h.publishedAt()), h.snippet().html(),
        facets, HitTagsHtml.of(facets), moreTags, isNew, DisplayDates.isoDate(h.publishedAt()), StoryVersionsView.of(h),
        LanguageTags.attributeFor(h.facets().values(Facet.LANGUAGE)));
  }
}
