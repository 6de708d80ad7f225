package io.facetwire.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.TotalHitsRelation;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.facetwire.engine.EngineUnavailableException;
import io.facetwire.facet.Facet;
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

  /** Whether results are grouped by story now: what saved searches and alerts follow too. */
  public StoryCoverage stories() {
    return stories;
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
    boolean byStory = stories.complete();
    SearchResponse<ObjectNode> response = SearchCall.run("This search could not be run", "run the search",
        () -> client.search(requests.build(state, expanded, interval, byStory), ObjectNode.class));
    var total = response.hits().total();
    long articles = total == null ? response.hits().hits().size() : total.value();
    boolean exact = total == null || total.relation() == TotalHitsRelation.Eq;
    long storyTotal = byStory ? StoryCounts.total(response.aggregations()) : -1;
    long count = storyTotal >= 0 ? storyTotal : articles;
    exact = exact && (storyTotal < 0 || storyTotal < StoryCounts.TOTAL_PRECISION);
    List<SearchResult.Hit> hits = response.hits().hits().stream().map(h -> HitReader.read(h, state.facets())).toList();
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

  private static Map<Facet, List<SearchResult.FacetValue>> facets(SearchState state,
      SearchResponse<ObjectNode> response) {
    Map<Facet, List<SearchResult.FacetValue>> facets = new java.util.LinkedHashMap<>();
    for (Facet facet : state.facets().all()) {
      facets.put(facet, ResponseParts.facet(state, facet,
          response.aggregations().get(SearchRequestFactory.FACET_AGG_PREFIX + facet.param())));
    }
    return facets;
  }
}
