package io.facetwire.web.search;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import io.facetwire.article.ArticleFields;
import io.facetwire.article.WebLinks;
import io.facetwire.facet.Facet;
import io.facetwire.search.SearchResult;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code GET /api/search}'s answer, as described in {@code openapi.json}: Jackson writes the components
 * in snake_case ({@code total_is_exact}), instants in ISO-8601, in this order.
 */
record SearchApiAnswer(long total, boolean totalIsExact, long articles, boolean byStory, int page, int size,
    int lastPage, List<Hit> hits, Map<String, List<FacetCount>> facets, boolean countsAreEstimates, boolean partial,
    List<String> notes) {

  /**
   * One hit; each facet's values follow under the facet's stored field name ({@code countries}), except
   * a facet of the article's own field ({@code source}), which is already there as the single value it is.
   */
  record Hit(String id, String title, String url, String source, Instant publishedAt, String snippet,
      String snippetHtml, String storyId, long otherVersions, List<Version> versions,
      @JsonIgnore Map<String, List<String>> facetFields) {

    @JsonAnyGetter
    Map<String, List<String>> facetFieldsByName() {
      return facetFields;
    }
  }

  /** Another version of a hit's story (the first few, oldest first). */
  record Version(String id, String title, String url, String source, Instant publishedAt) {}

  record FacetCount(String value, long count, boolean selected) {}

  static SearchApiAnswer of(SearchResult result, List<String> notes) {
    List<Hit> hits = result.hits().stream().map(SearchApiAnswer::hit).toList();
    Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
    for (Facet facet : result.state().facets().all()) {
      facets.put(facet.param(), result.facet(facet).stream()
          .map(v -> new FacetCount(v.value(), v.count(), v.selected())).toList());
    }
    // With stories on, total and facet counts are stories; "articles" counts every version. Facet counts
    // over very many matches are estimates from a sample (counts_are_estimates); total never is.
    return new SearchApiAnswer(result.total(), result.totalIsExact(), result.articles(), result.stories(),
        result.state().page(), result.state().size(), result.lastPage(), hits, facets, result.countsEstimated(),
        result.partial(), notes);
  }

  /** A hit's own properties: a facet stored under one of these names is already there. */
  private static final Set<String> HIT_PROPERTIES = Set.of(ArticleFields.ID, ArticleFields.TITLE, ArticleFields.URL,
      ArticleFields.SOURCE, ArticleFields.PUBLISHED_AT, "snippet", "snippet_html", ArticleFields.STORY_ID,
      "other_versions", "versions");

  private static Hit hit(SearchResult.Hit h) {
    Map<String, List<String>> facetFields = new LinkedHashMap<>();
    h.facets().map().forEach((facet, values) -> {
      if (!HIT_PROPERTIES.contains(facet.field())) {
        facetFields.put(facet.field(), values);
      }
    });
    List<Version> versions = h.versions().stream().map(v -> new Version(v.id(), v.title(), WebLinks.httpOrNull(v.url()),
        v.source(), v.publishedAt())).toList();
    return new Hit(h.id(), h.title(), WebLinks.httpOrNull(h.url()), h.source(), h.publishedAt(), h.snippet().text(),
        h.snippet().html(), h.storyId(), h.otherVersions(), versions, facetFields);
  }
}
