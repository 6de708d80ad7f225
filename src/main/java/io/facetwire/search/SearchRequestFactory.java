package io.facetwire.search;

import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.SuggestMode;
import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.SimpleQueryStringFlag;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.Highlight;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import io.facetwire.article.ArticleFields;
import io.facetwire.facet.Facet;
import io.facetwire.facet.FacetCatalog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the one Elasticsearch request behind a results page, as a chain of small named steps:
 * text query, date and exclusion filters, facet filters (in {@code post_filter}), facet counts, date
 * histogram, spelling suggestion, highlight, sort, paging.
 *
 * <p>Facet counts follow Elastic Search UI's connector: the facet filters sit in {@code post_filter}
 * so they narrow the hits but not the aggregations, and each facet's aggregation is filtered by the
 * other facets' selections. So values of an OR facet combine with OR, facets with AND, and every count
 * is exactly what clicking the value would give, all in one round trip.
 */
public final class SearchRequestFactory {

  static final String FACET_AGG_PREFIX = "facet_";
  static final String TOP_VALUES = "values";
  static final String SELECTED_VALUES = "selected";
  static final String DATES = "dates";
  static final String HISTOGRAM = "histogram";
  static final String SPELLING = "spelling";
  /** Top values per facet in a search; the sidebar shows these plus selected values. */
  public static final int FACET_SIZE = 10;
  static final int EXPANDED_FACET_SIZE = 200;
  /** {@code localized.*}: headline and body of non-English articles in their own language's analysis. */
  static final List<String> SEARCH_FIELDS = List.of("title^3", "title.folded^2", "body", "body.folded^0.5",
      "localized.*");

  /** Operators people use; fuzzy, slop and near are left out so results stay predictable. */
  private static final List<SimpleQueryStringFlag> ALLOWED_SYNTAX = List.of(
      SimpleQueryStringFlag.And, SimpleQueryStringFlag.Or, SimpleQueryStringFlag.Not,
      SimpleQueryStringFlag.Phrase, SimpleQueryStringFlag.Precedence, SimpleQueryStringFlag.Prefix,
      SimpleQueryStringFlag.Whitespace, SimpleQueryStringFlag.Escape);

  private final String index;
  private final FacetFilters facetFilters;
  private final Time timeout;

  public SearchRequestFactory(String index, FacetCombination combination) {
    this(index, combination, null);
  }

  /**
   * @param timeout Elasticsearch's own {@code timeout} on page and export searches: past it each shard
   *                returns what it has collected, the response says {@code timed_out} and the page says
   *                the results are partial. Null: none (benchmarks replaying raw bodies).
   */
  public SearchRequestFactory(String index, FacetCombination combination, java.time.Duration timeout) {
    this.index = index;
    this.facetFilters = new FacetFilters(combination);
    this.timeout = timeout == null ? null : Time.of(t -> t.time(timeout.toMillis() + "ms"));
  }

  /** The per-request time budget, or null. */
  public Time timeout() {
    return timeout;
  }

  /**
   * {@code s} with this factory's time budget, if one is set: every search behind a page carries the results page's
   * (session 28: the value lists, the map, entity pages, More like this, saved-search pages and the type-ahead had none).
   */
  public SearchRequest.Builder withinBudget(SearchRequest.Builder s) {
    return withinBudget(s, timeout);
  }

  /** {@code s} with Elasticsearch's {@code timeout} set to {@code timeout}; unchanged when it is null. */
  public static SearchRequest.Builder withinBudget(SearchRequest.Builder s, Time timeout) {
    return timeout == null ? s : s.timeout(timeout.time());
  }

  public SearchRequestFactory(String index) {
    this(index, FacetCombination.allOr());
  }

  /** The request for a results page, one hit per article; public so benchmarks can replay the identical body. */
  public SearchRequest build(SearchState state, Set<Facet> expanded, HistogramInterval interval) {
    return build(state, expanded, interval, false);
  }

  /**
   * The request for a results page; with {@code stories}, one hit per story with its other versions,
   * and every count in stories ({@link StoryCounts}).
   */
  public SearchRequest build(SearchState state, Set<Facet> expanded, HistogramInterval interval, boolean stories) {
    return build(state, expanded, interval, stories, SamplePlan.EXACT);
  }

  /**
   * The whole page in one request, its counts sampled as {@code plan} says: what a page without
   * sampling sends, and what the benchmark replays raw for a page whose counts were sampled.
   */
  public SearchRequest build(SearchState state, Set<Facet> expanded, HistogramInterval interval, boolean stories,
      SamplePlan plan) {
    SearchRequest.Builder request = new SearchRequest.Builder().index(index);
    request.query(mainQuery(state));
    postFilter(state, request);
    counts(state, expanded, interval, stories, plan, request);
    hitsAndTotal(state, stories, request);
    return request.build();
  }

  /**
   * The first of the two requests of a page whose counts may be sampled ({@link SearchSampling}): the
   * hits and their total, and how many articles each count would walk ({@link SamplePlan#matchCounts}).
   */
  SearchRequest buildHits(SearchState state, boolean stories) {
    SearchRequest.Builder request = new SearchRequest.Builder().index(index);
    request.query(mainQuery(state));
    postFilter(state, request);
    SamplePlan.matchCounts(state, facetFilters).forEach(request::aggregations);
    hitsAndTotal(state, stories, request);
    return request.build();
  }

  /** The second request: facet counts and the histogram only, each sampled as {@code plan} says. */
  SearchRequest buildCounts(SearchState state, Set<Facet> expanded, HistogramInterval interval, boolean stories,
      SamplePlan plan) {
    SearchRequest.Builder request = new SearchRequest.Builder().index(index);
    request.query(mainQuery(state)).size(0).trackTotalHits(t -> t.enabled(false));
    counts(state, expanded, interval, stories, plan, request);
    withinBudget(request);
    return request.build();
  }

  private void counts(SearchState state, Set<Facet> expanded, HistogramInterval interval, boolean stories,
      SamplePlan plan, SearchRequest.Builder request) {
    for (Facet facet : state.facets().all()) {
      String name = FACET_AGG_PREFIX + facet.param();
      double p = plan.probability(name);
      // A sampled facet is ordered and counted by articles; the page scales them to stories.
      plan.add(request, name, facetAggregation(state, facet, expanded, stories && p == 1.0));
    }
    plan.add(request, DATES, datesOver(facetFilters.includes(state, null), interval));
  }

  private void hitsAndTotal(SearchState state, boolean stories, SearchRequest.Builder request) {
    if (stories) {
      StoryCounts.collapse(request);
      request.aggregations(StoryCounts.STORIES, StoryCounts.total(facetFilters.includes(state, null)));
    }
    spelling(state, request);
    highlight(request);
    sort(state, request);
    paging(state, request);
    withinBudget(request);
  }

  /**
   * Words, dates and exclusions: what narrows hits and every count alike. Shared with the other
   * requests made for a search (facet value search, exports, entity pages).
   */
  Query mainQuery(SearchState state) {
    List<Query> filters = new ArrayList<>();
    if (state.from() != null || state.to() != null) {
      filters.add(Query.of(q -> q.range(r -> r.date(d -> {
        d.field(ArticleFields.PUBLISHED_AT).format("yyyy-MM-dd");
        if (state.from() != null) {
          d.gte(state.from().toString());
        }
        if (state.to() != null) {
          d.lt(state.to().plusDays(1).toString());
        }
        return d;
      }))));
    }
    List<Query> excluded = facetFilters.exclusions(state);
    Query text = state.hasQuery() ? textQuery(state.query()) : Query.of(q -> q.matchAll(m -> m));
    if (filters.isEmpty() && excluded.isEmpty()) {
      return text;
    }
    return Query.of(q -> q.bool(b -> b.must(text).filter(filters).mustNot(excluded)));
  }

  /**
   * Everything a search selects, facet filters included: for requests without a post_filter (facet
   * value lists, saved searches). Matches what the page's query plus its post_filter match.
   */
  public Query fullQuery(SearchState state) {
    List<Query> includes = facetFilters.includes(state, null);
    Query main = mainQuery(state);
    return includes.isEmpty() ? main : Query.of(q -> q.bool(b -> b.must(main).filter(includes)));
  }

  /** The main query plus every facet's filters except {@code facet}'s: what that facet is counted under. */
  Query queryForFacet(SearchState state, Facet facet) {
    List<Query> others = facetFilters.includes(state, facet);
    Query main = mainQuery(state);
    return others.isEmpty() ? main : Query.of(q -> q.bool(b -> b.must(main).filter(others)));
  }

  static Query textQuery(String userQuery) {
    return Query.of(q -> q.simpleQueryString(s -> s
        .query(QuerySyntax.toSimpleQueryString(userQuery))
        .fields(SEARCH_FIELDS)
        .defaultOperator(Operator.And)
        .flags(ALLOWED_SYNTAX)
        .lenient(true)));
  }

  // Selected facet values narrow the hits only; the aggregations apply them per facet.
  private void postFilter(SearchState state, SearchRequest.Builder request) {
    List<Query> includes = facetFilters.includes(state, null);
    if (!includes.isEmpty()) {
      request.postFilter(q -> q.bool(b -> b.filter(includes)));
    }
  }

  // Per facet, counts under the other facets' selections; selected values counted separately (case-
  // insensitively, by a filters aggregation) so they stay visible even when they leave the top values.
  private Aggregation facetAggregation(SearchState state, Facet facet, Set<Facet> expanded, boolean stories) {
    List<Query> others = facetFilters.includes(state, facet);
    int size = expanded.contains(facet) ? EXPANDED_FACET_SIZE : FACET_SIZE;
    List<String> selected = state.values(facet);
    return Aggregation.of(a -> {
      a.filter(f -> others.isEmpty() ? f.matchAll(m -> m) : f.bool(b -> b.filter(others)));
      a.aggregations(TOP_VALUES, t -> {
        // By story: the top values are those with the most stories, not the most copies.
        t.terms(terms -> stories
            ? terms.field(facet.field()).size(size).order(java.util.List.of(
                co.elastic.clients.util.NamedValue.of(StoryCounts.STORIES, SortOrder.Desc),
                co.elastic.clients.util.NamedValue.of("_key", SortOrder.Asc)))
            : terms.field(facet.field()).size(size));
        return stories ? t.aggregations(StoryCounts.STORIES, StoryCounts.perValue()) : t;
      });
      if (!selected.isEmpty()) {
        Map<String, Query> keyed = new LinkedHashMap<>();
        for (String value : selected) {
          keyed.put(value, FacetFilters.term(facet, value));
        }
        a.aggregations(SELECTED_VALUES, t -> {
          t.filters(fs -> fs.filters(k -> k.keyed(keyed)));
          return stories ? t.aggregations(StoryCounts.STORIES, StoryCounts.perValue()) : t;
        });
      }
      return a;
    });
  }

  /**
   * The {@link #DATES} aggregation: articles per period among those matching {@code filters} (all when empty),
   * periods that hold an article only: the empty ones between are filled in by {@link ResponseParts#dates}, so
   * the buckets Elasticsearch builds are bounded by the articles, never by how far apart their dates lie (an
   * article dated in year 9999 among today's news asked for more buckets than Elasticsearch allows).
   * {@link ResponseParts} reads it back. Search and entity pages.
   */
  public static Aggregation datesOver(List<Query> filters, HistogramInterval interval) {
    return Aggregation.of(a -> a
        .filter(f -> filters.isEmpty() ? f.matchAll(m -> m) : f.bool(b -> b.filter(filters)))
        .aggregations(HISTOGRAM, h -> h.dateHistogram(d -> d.field(ArticleFields.PUBLISHED_AT)
            .calendarInterval(interval.calendar()).minDocCount(1).format("yyyy-MM-dd"))));
  }

  // "Did you mean": words of the query that the index does not hold, with close words that it does.
  private static void spelling(SearchState state, SearchRequest.Builder request) {
    if (!state.hasQuery()) {
      return;
    }
    request.suggest(s -> s.text(state.query()).suggesters(SPELLING, f -> f
        .term(t -> t.field("body.folded").suggestMode(SuggestMode.Missing).size(1).minWordLength(4))));
  }

  /**
   * Matched words in title and body snippet, marked with private-use characters that {@link Snippet}
   * escapes and renders; a body without matches still gives its first 240 characters. The search
   * page and the saved-search pages show snippets alike.
   */
  public static final Highlight SNIPPETS = Highlight.of(h -> h
      .preTags(Snippet.OPEN).postTags(Snippet.CLOSE)
      .encoder(HighlighterEncoder.Default)
      .fields(ArticleFields.BODY, f -> f.fragmentSize(180).numberOfFragments(2).noMatchSize(240))
      .fields(ArticleFields.TITLE, f -> f.numberOfFragments(0)));

  private static void highlight(SearchRequest.Builder request) {
    request.highlight(SNIPPETS);
  }

  // Relevance, newest or oldest; id as the last key so equal dates page stably.
  private static void sort(SearchState state, SearchRequest.Builder request) {
    switch (state.sort()) {
      case NEWEST -> request.sort(s -> s.field(f -> f.field(ArticleFields.PUBLISHED_AT).order(SortOrder.Desc)));
      case OLDEST -> request.sort(s -> s.field(f -> f.field(ArticleFields.PUBLISHED_AT).order(SortOrder.Asc)));
      case RELEVANCE -> {
        request.sort(s -> s.score(sc -> sc.order(SortOrder.Desc)));
        request.sort(s -> s.field(f -> f.field(ArticleFields.PUBLISHED_AT).order(SortOrder.Desc)));
      }
    }
    request.sort(s -> s.field(f -> f.field(ArticleFields.ID).order(SortOrder.Asc)));
  }

  // One page of hits, only the fields a result line shows, exact totals.
  private static void paging(SearchState state, SearchRequest.Builder request) {
    request.from(state.offset()).size(state.size())
        .trackTotalHits(t -> t.enabled(true))
        .source(s -> s.filter(f -> f.includes(sourceFields(state.facets()))));
  }

  /** The stored fields a result line shows: what {@link HitReader} reads. */
  public static List<String> sourceFields(FacetCatalog facets) {
    return HitReader.fields(facets);
  }
}
