package io.facetwire.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.TotalHitsRelation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.facetwire.engine.EngineUnavailableException;
import io.facetwire.facet.Facet;
import io.facetwire.facet.FacetCatalog;
import io.facetwire.facet.FacetValues;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Runs a {@link SearchState} as one Elasticsearch request and turns the response into a result page. */
public final class SearchService {

  private final ElasticsearchClient client;
  private final SearchRequestFactory requests;
  private final CorpusDates corpusDates;
  private final StoryCoverage stories;

  public SearchService(ElasticsearchClient client, String articlesAlias, FacetCombination combination) {
    this(client, articlesAlias, combination, null);
  }

  /** @param timeout Elasticsearch's {@code timeout} on each search; null: none */
  public SearchService(ElasticsearchClient client, String articlesAlias, FacetCombination combination,
      java.time.Duration timeout) {
    this.client = client;
    this.requests = new SearchRequestFactory(articlesAlias, combination, timeout);
    this.corpusDates = new CorpusDates(client, articlesAlias, java.time.Clock.systemUTC());
    this.stories = new StoryCoverage(client, articlesAlias, java.time.Clock.systemUTC());
  }

  public SearchService(ElasticsearchClient client, String articlesAlias) {
    this(client, articlesAlias, FacetCombination.allOr());
  }

  /** The request factory, for the other requests a search page makes (facet values, exports). */
  public SearchRequestFactory requests() {
    return requests;
  }

  public SearchResult search(SearchState state) {
    return search(state, Set.of());
  }

  /** The one Elasticsearch request behind a results page (the benchmark replays its body raw). */
  public SearchRequest requestFor(SearchState state, Set<Facet> expanded) {
    return requests.build(state, expanded, histogramInterval(state), stories.complete());
  }

  /**
   * @param expanded facets to list with many values instead of the top ten
   * @throws SearchQueryException when Elasticsearch rejects the query itself (shown to the user)
   * @throws EngineUnavailableException when Elasticsearch cannot be reached
   */
  public SearchResult search(SearchState state, Set<Facet> expanded) {
    HistogramInterval interval = histogramInterval(state);
    SearchResponse<ObjectNode> response;
    boolean byStory = stories.complete();
    try {
      response = client.search(requests.build(state, expanded, interval, byStory), ObjectNode.class);
    } catch (ElasticsearchException e) {
      if (e.status() == 400) {
        throw new SearchQueryException("This search could not be run: " + e.error().reason(), e);
      }
      throw new EngineUnavailableException("Elasticsearch could not run the search: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new EngineUnavailableException("Elasticsearch is not reachable: " + e.getMessage(), e);
    }
    var total = response.hits().total();
    long articles = total == null ? response.hits().hits().size() : total.value();
    boolean exact = total == null || total.relation() == TotalHitsRelation.Eq;
    long storyTotal = byStory ? StoryCounts.total(response.aggregations()) : -1;
    long count = storyTotal >= 0 ? storyTotal : articles;
    exact = exact && (storyTotal < 0 || storyTotal < StoryCounts.TOTAL_PRECISION);
    List<SearchResult.Hit> hits = response.hits().hits().stream().map(h -> toHit(h, state.facets())).toList();
    List<SearchResult.DateBucket> dates =
        ResponseParts.dates(response.aggregations().get(SearchRequestFactory.DATES), interval);
    String didYouMean = state.hasQuery()
        ? ResponseParts.didYouMean(state.query(), response.suggest().get(SearchRequestFactory.SPELLING)) : null;
    return new SearchResult(state, count, exact, hits, facets(state, response), dates, didYouMean, response.took(),
        response.timedOut(), articles, storyTotal >= 0);
  }

  /** Bars sized to the search's own date range, or to the corpus's where the search leaves it open. */
  HistogramInterval histogramInterval(SearchState state) {
    if (state.from() != null && state.to() != null) {
      return HistogramInterval.forSpan(state.from(), state.to());
    }
    CorpusDates.Range corpus = corpusDates.range();
    java.time.LocalDate first = state.from() != null ? state.from() : corpus.first();
    java.time.LocalDate last = state.to() != null ? state.to() : corpus.last();
    return HistogramInterval.forSpan(first, last);
  }

  /** A result line from a hit whose source holds {@link SearchRequestFactory#sourceFields}. */
  static SearchResult.Hit toHit(Hit<ObjectNode> hit, FacetCatalog facets) {
    ObjectNode src = hit.source();
    String title = text(src, "title");
    List<String> bodyFragments = hit.highlight().getOrDefault("body", List.of());
    List<String> titleFragments = hit.highlight().getOrDefault("title", List.of());
    Snippet snippet = new Snippet(String.join(" … ", bodyFragments));
    Snippet titleSnippet = new Snippet(titleFragments.isEmpty() ? title : titleFragments.get(0));
    String published = text(src, "published_at");
    String url = text(src, "url");
    String ingested = text(src, "ingested_at");
    var versions = hit.innerHits().get(StoryCounts.VERSIONS);
    List<SearchResult.Version> others = new ArrayList<>();
    long otherCount = 0;
    if (versions != null) {
      for (var v : versions.hits().hits()) {
        JsonNode vs = v.source() == null ? null : v.source().to(JsonNode.class);
        if (vs != null && !hit.id().equals(v.id()) && others.size() < StoryCounts.VERSIONS_SHOWN) {
          String date = textOf(vs, "published_at");
          others.add(new SearchResult.Version(v.id(), textOf(vs, "title"), textOf(vs, "url").isEmpty() ? null
              : textOf(vs, "url"), textOf(vs, "source"), date.isEmpty() ? null : Instant.parse(date)));
        }
      }
      otherCount = versions.hits().total() == null ? others.size() : versions.hits().total().value() - 1;
    }
    return new SearchResult.Hit(hit.id(), title, titleSnippet, url.isEmpty() ? null : url, text(src, "source"),
        published.isEmpty() ? null : Instant.parse(published), snippet,
        facetValues(src, facets), ingested.isEmpty() ? null : Instant.parse(ingested),
        text(src, StoryCounts.FIELD).isEmpty() ? hit.id() : text(src, StoryCounts.FIELD), others,
        Math.max(0, otherCount));
  }

  private static String textOf(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? "" : v.asText();
  }

  private static FacetValues facetValues(ObjectNode src, FacetCatalog facets) {
    Map<Facet, List<String>> values = new java.util.LinkedHashMap<>();
    for (Facet facet : facets.all()) {
      values.put(facet, strings(src, facet.field()));
    }
    return new FacetValues(values);
  }

  private static Map<Facet, List<SearchResult.FacetValue>> facets(SearchState state,
      SearchResponse<ObjectNode> response) {
    Map<Facet, List<SearchResult.FacetValue>> facets = new java.util.LinkedHashMap<>();
    for (Facet facet : state.facets().all()) {
      facets.put(facet, ResponseParts.facet(state, facet,
          response.aggregations().get(SearchRequestFactory.FACET_AGG_PREFIX + facet.param())));
    }
    return facets;
  }

  private static String text(ObjectNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    return v == null || v.isNull() ? "" : v.asText();
  }

  private static List<String> strings(ObjectNode node, String field) {
    List<String> out = new ArrayList<>();
    JsonNode v = node == null ? null : node.get(field);
    if (v != null && v.isArray()) {
      v.forEach(e -> out.add(e.asText()));
    } else if (v != null && v.isTextual() && !v.asText().isBlank()) {
      out.add(v.asText()); // the source facet: the article's own single-valued field
    }
    return out;
  }
}
