package io.facetwire.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.SimpleQueryStringFlag;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Builds the one Elasticsearch request behind a results page, as a chain of small named steps:
 * text query, date filter, facet filters (in {@code post_filter}), facet counts, highlight, sort, paging.
 *
 * <p>Facet counts follow Elastic Search UI's connector: the facet filters sit in {@code post_filter}
 * so they narrow the hits but not the aggregations, and each facet's aggregation is filtered by the
 * other facets' selections. So values of one facet combine with OR, facets with AND, and every count
 * is exactly what clicking the value would give, all in one round trip.
 */
public final class SearchRequestFactory {

  static final String FACET_AGG_PREFIX = "facet_";
  static final String TOP_VALUES = "values";
  static final String SELECTED_VALUES = "selected";
  static final int FACET_SIZE = 10;
  static final int EXPANDED_FACET_SIZE = 200;
  static final List<String> SEARCH_FIELDS = List.of("title^3", "title.folded^2", "body", "body.folded^0.5");
  static final List<String> SOURCE_FIELDS =
      List.of("id", "title", "url", "source", "published_at", "countries", "persons", "topics");

  /** Operators people use; fuzzy, slop and near are left out so results stay predictable. */
  private static final List<SimpleQueryStringFlag> ALLOWED_SYNTAX = List.of(
      SimpleQueryStringFlag.And, SimpleQueryStringFlag.Or, SimpleQueryStringFlag.Not,
      SimpleQueryStringFlag.Phrase, SimpleQueryStringFlag.Precedence, SimpleQueryStringFlag.Prefix,
      SimpleQueryStringFlag.Whitespace, SimpleQueryStringFlag.Escape);

  private final String index;

  public SearchRequestFactory(String index) {
    this.index = index;
  }

  public SearchRequest build(SearchState state, Set<Facet> expanded) {
    SearchRequest.Builder request = new SearchRequest.Builder().index(index);
    request.query(mainQuery(state));
    postFilter(state, request);
    facetAggregations(state, expanded, request);
    highlight(request);
    sort(state, request);
    paging(state, request);
    return request.build();
  }

  // Step 1 + 2: words and dates narrow everything, facet counts included.
  private Query mainQuery(SearchState state) {
    List<Query> filters = new ArrayList<>();
    if (state.from() != null || state.to() != null) {
      filters.add(Query.of(q -> q.range(r -> r.date(d -> {
        d.field("published_at").format("yyyy-MM-dd");
        if (state.from() != null) {
          d.gte(state.from().toString());
        }
        if (state.to() != null) {
          d.lt(state.to().plusDays(1).toString());
        }
        return d;
      }))));
    }
    Query text = state.hasQuery() ? textQuery(state.query()) : Query.of(q -> q.matchAll(m -> m));
    if (filters.isEmpty()) {
      return text;
    }
    return Query.of(q -> q.bool(b -> b.must(text).filter(filters)));
  }

  static Query textQuery(String userQuery) {
    return Query.of(q -> q.simpleQueryString(s -> s
        .query(QuerySyntax.toSimpleQueryString(userQuery))
        .fields(SEARCH_FIELDS)
        .defaultOperator(Operator.And)
        .flags(ALLOWED_SYNTAX)
        .lenient(true)));
  }

  // Step 3: selected facet values narrow the hits only.
  private void postFilter(SearchState state, SearchRequest.Builder request) {
    List<Query> facetFilters = facetFilters(state, null);
    if (!facetFilters.isEmpty()) {
      request.postFilter(q -> q.bool(b -> b.filter(facetFilters)));
    }
  }

  /** One terms filter per facet with selections, leaving out {@code except}. */
  private static List<Query> facetFilters(SearchState state, Facet except) {
    List<Query> filters = new ArrayList<>();
    for (Facet facet : Facet.values()) {
      if (facet == except || state.values(facet).isEmpty()) {
        continue;
      }
      List<FieldValue> values = state.values(facet).stream().map(FieldValue::of).toList();
      filters.add(Query.of(q -> q.terms(t -> t.field(facet.field()).terms(v -> v.value(values)))));
    }
    return filters;
  }

  // Step 4: per facet, counts under the other facets' selections; selected values counted separately
  // so they stay visible even when they fall out of the top values.
  private static void facetAggregations(SearchState state, Set<Facet> expanded, SearchRequest.Builder request) {
    for (Facet facet : Facet.values()) {
      List<Query> others = facetFilters(state, facet);
      int size = expanded.contains(facet) ? EXPANDED_FACET_SIZE : FACET_SIZE;
      List<String> selected = state.values(facet);
      request.aggregations(FACET_AGG_PREFIX + facet.param(), a -> {
        a.filter(f -> others.isEmpty() ? f.matchAll(m -> m) : f.bool(b -> b.filter(others)));
        a.aggregations(TOP_VALUES, t -> t.terms(terms -> terms.field(facet.field()).size(size)));
        if (!selected.isEmpty()) {
          a.aggregations(SELECTED_VALUES, t -> t.terms(terms -> terms.field(facet.field())
              .size(selected.size()).include(i -> i.terms(selected))));
        }
        return a;
      });
    }
  }

  // Step 5: matches marked with private-use characters; Snippet escapes and renders them.
  private static void highlight(SearchRequest.Builder request) {
    request.highlight(h -> h
        .preTags(Snippet.OPEN).postTags(Snippet.CLOSE)
        .encoder(HighlighterEncoder.Default)
        .fields("body", f -> f.fragmentSize(180).numberOfFragments(2).noMatchSize(240))
        .fields("title", f -> f.numberOfFragments(0)));
  }

  // Step 6: relevance, newest or oldest; id as the last key so equal dates page stably.
  private static void sort(SearchState state, SearchRequest.Builder request) {
    switch (state.sort()) {
      case NEWEST -> request.sort(s -> s.field(f -> f.field("published_at").order(SortOrder.Desc)));
      case OLDEST -> request.sort(s -> s.field(f -> f.field("published_at").order(SortOrder.Asc)));
      case RELEVANCE -> {
        request.sort(s -> s.score(sc -> sc.order(SortOrder.Desc)));
        request.sort(s -> s.field(f -> f.field("published_at").order(SortOrder.Desc)));
      }
    }
    request.sort(s -> s.field(f -> f.field("id").order(SortOrder.Asc)));
  }

  // Step 7: one page of hits, only the fields a result line shows, exact totals.
  private static void paging(SearchState state, SearchRequest.Builder request) {
    request.from(state.offset()).size(state.size())
        .trackTotalHits(t -> t.enabled(true))
        .trackScores(state.sort() != Sort.RELEVANCE && state.hasQuery())
        .source(s -> s.filter(f -> f.includes(SOURCE_FIELDS)));
  }
}
