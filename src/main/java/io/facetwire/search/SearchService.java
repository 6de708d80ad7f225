package io.facetwire.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import io.facetwire.engine.EngineUnavailableException;
import io.facetwire.facet.Facet;
import io.facetwire.search.answer.AnswerAggregate;
import io.facetwire.search.answer.SearchAnswer;
import io.facetwire.search.answer.SearchAnswers;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Runs a {@link SearchState} as one Elasticsearch request and turns the response into a result page. */
public final class SearchService {

  private final ElasticsearchClient client;
  private final SearchRequestFactory requests;
  private final CorpusDates corpusDates;
  private final StoryCoverage stories;
  private final SearchSampling sampling;

  public SearchService(ElasticsearchClient client, String articlesAlias, FacetCombination combination) {
    this(client, articlesAlias, combination, null);
  }

  /** @param timeout Elasticsearch's {@code timeout} on each search; null: none */
  public SearchService(ElasticsearchClient client, String articlesAlias, FacetCombination combination,
      java.time.Duration timeout) {
    this(client, articlesAlias, combination, timeout, SearchSampling.defaults());
  }

  /** @param sampling when facet counts and the histogram are estimated from a sample of the matches */
  public SearchService(ElasticsearchClient client, String articlesAlias, FacetCombination combination,
      java.time.Duration timeout, SearchSampling sampling) {
    this.client = client;
    this.sampling = sampling;
    this.requests = new SearchRequestFactory(articlesAlias, combination, timeout);
    this.corpusDates = new CorpusDates(client, articlesAlias, java.time.Clock.systemUTC(), requests.timeout());
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

  /**
   * The Elasticsearch requests behind a results page, in the order the page sends them: one, or, when
   * the page samples, the hits and then the counts. The benchmark replays them raw, so raw
   * Elasticsearch does the same work as the page (only the sample plan is worked out here, once).
   */
  public List<SearchRequest> requestsFor(SearchState state, Set<Facet> expanded) {
    HistogramInterval interval = histogramInterval(state);
    boolean byStory = stories.complete();
    if (!sampling.couldSample(corpusDates.range().articles())) {
      return List.of(requests.build(state, expanded, interval, byStory));
    }
    SearchRequest hits = requests.buildHits(state, byStory);
    SamplePlan plan = planFor(state, run(hits));
    return List.of(hits, requests.buildCounts(state, expanded, interval, byStory, plan));
  }

  /**
   * One request with hits and every count, as long as the index is too small for any count to be
   * sampled; past that, the hits (and how many articles each count would walk) first, then the counts,
   * those over more than {@link SearchSampling#above()} articles from a sample.
   *
   * @param expanded facets to list with many values instead of the top ten
   * @throws SearchQueryException when Elasticsearch rejects the query itself (shown to the user)
   * @throws EngineUnavailableException when Elasticsearch cannot be reached
   */
  public SearchResult search(SearchState state, Set<Facet> expanded) {
    HistogramInterval interval = histogramInterval(state);
    boolean byStory = stories.complete();
    if (!sampling.couldSample(corpusDates.range().articles())) {
      SearchAnswer response = run(requests.build(state, expanded, interval, byStory));
      return result(state, interval, byStory, response, response.aggregations(), SamplePlan.EXACT, response.took(),
          response.timedOut());
    }
    SearchAnswer hits = run(requests.buildHits(state, byStory));
    SamplePlan plan = planFor(state, hits);
    SearchAnswer counts = run(requests.buildCounts(state, expanded, interval, byStory, plan));
    Map<String, AnswerAggregate> aggregations = new java.util.LinkedHashMap<>(hits.aggregations());
    aggregations.putAll(SamplePlan.unwrap(counts.aggregations()));
    return result(state, interval, byStory, hits, aggregations, plan, hits.took() + counts.took(),
        hits.timedOut() || counts.timedOut());
  }

  /** Which counts to sample, from the hits request's total and the sizes of the sets each count walks. */
  private SamplePlan planFor(SearchState state, SearchAnswer hits) {
    Span span = span(state);
    return SamplePlan.from(state, hits.aggregations(), articles(hits), sampling).withDateSpan(span.first(), span.last());
  }

  private SearchAnswer run(SearchRequest request) {
    return SearchCall.run("This search could not be run", "run the search",
        () -> SearchAnswers.search(client, request));
  }

  private static long articles(SearchAnswer response) {
    return response.total() == null ? response.hits().size() : response.total();
  }

  private SearchResult result(SearchState state, HistogramInterval interval, boolean byStory,
      SearchAnswer response, Map<String, AnswerAggregate> aggregations, SamplePlan plan, long took,
      boolean timedOut) {
    long articles = articles(response);
    boolean exact = response.totalIsExact();
    long storyTotal = byStory ? StoryCounts.total(aggregations) : -1;
    long count = storyTotal >= 0 ? storyTotal : articles;
    exact = exact && (storyTotal < 0 || storyTotal < StoryCounts.TOTAL_PRECISION);
    List<SearchResult.Hit> hits = response.hits().stream().map(h -> HitReader.read(h, state.facets())).toList();
    List<SearchResult.DateBucket> dates =
        ResponseParts.dates(aggregations.get(SearchRequestFactory.DATES), interval, plan.datesFrom(), plan.datesTo());
    String didYouMean = state.hasQuery()
        ? ResponseParts.didYouMean(state.query(), response.suggestions().get(SearchRequestFactory.SPELLING)) : null;
    // Sampled counts are of articles (scaled up by Elasticsearch); the page counts stories.
    double storiesPerArticle = storyTotal >= 0 && articles > 0 ? (double) storyTotal / articles : 1.0;
    Map<Facet, List<SearchResult.FacetValue>> facets = new java.util.LinkedHashMap<>();
    for (Facet facet : state.facets().all()) {
      String name = SearchRequestFactory.FACET_AGG_PREFIX + facet.param();
      List<SearchResult.FacetValue> values = ResponseParts.facet(state, facet, aggregations.get(name));
      facets.put(facet, plan.probability(name) < 1.0 ? SampledCounts.estimated(values, storiesPerArticle) : values);
    }
    if (plan.probability(SearchRequestFactory.DATES) < 1.0) {
      dates = SampledCounts.estimatedDates(dates);
    }
    return new SearchResult(state, count, exact, hits, facets, dates, didYouMean, took, timedOut, articles,
        storyTotal >= 0, plan.samplesAny());
  }

  /** Bars sized to the span the chart shows ({@link #span}). */
  HistogramInterval histogramInterval(SearchState state) {
    Span span = span(state);
    return HistogramInterval.forSpan(span.first(), span.last());
  }

  /**
   * The search's own date range within the corpus's first and last dates, or the corpus's where the search
   * leaves an end open: dates beyond the corpus add only empty bars, and a sampled histogram draws every bar of
   * its span, so "from=1000-01-01&to=9999-12-31" would cost 9,000 yearly bars. When the two do not meet (a
   * range outside the corpus, or a corpus span cached before other articles came), no span: the bars follow the
   * matching articles ({@link HistogramFit} keeps them to the limit).
   */
  private Span span(SearchState state) {
    CorpusDates.Range corpus = corpusDates.range();
    java.time.LocalDate first = later(state.from(), corpus.first());
    java.time.LocalDate last = earlier(state.to(), corpus.last());
    if (first != null && last != null && first.isAfter(last)) {
      return new Span(null, null);
    }
    return new Span(first, last);
  }

  /** First and last day the histogram shows; either may be null (unknown: the bars follow the articles). */
  private record Span(java.time.LocalDate first, java.time.LocalDate last) {}

  private static java.time.LocalDate later(java.time.LocalDate asked, java.time.LocalDate corpus) {
    return asked == null || (corpus != null && corpus.isAfter(asked)) ? corpus : asked;
  }

  private static java.time.LocalDate earlier(java.time.LocalDate asked, java.time.LocalDate corpus) {
    return asked == null || (corpus != null && corpus.isBefore(asked)) ? corpus : asked;
  }
}
