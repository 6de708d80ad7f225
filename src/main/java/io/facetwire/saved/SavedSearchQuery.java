package io.facetwire.saved;

import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import io.facetwire.search.SearchRequestFactory;
import io.facetwire.search.SearchState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A saved search as one Elasticsearch query. The query is taken from the search page's own request
 * builder (its main query plus its facet {@code post_filter}), so a saved search matches exactly
 * what the search page shows for it, whatever the page's query building learns later.
 */
public final class SavedSearchQuery {

  public static final String INGESTED_AT = "ingested_at";

  private final SearchRequestFactory requests;

  public SavedSearchQuery(String articlesAlias) {
    this(new SearchRequestFactory(articlesAlias));
  }

  /** With the search page's own factory, so its settings (how facets combine) apply alike. */
  public SavedSearchQuery(SearchRequestFactory requests) {
    this.requests = requests;
  }

  public static SearchState state(SavedSearch saved) {
    return SearchState.fromQuery(QueryStrings.parse(saved.queryString()));
  }

  /** Words, dates and facet filters of the saved search, all as one query. */
  public Query matching(SavedSearch saved) {
    SearchRequest full = requests.build(state(saved), Set.of());
    List<Query> filters = new ArrayList<>();
    if (full.postFilter() != null) {
      filters.add(full.postFilter());
    }
    return Query.of(q -> q.bool(b -> b.must(full.query()).filter(filters)));
  }

  /** The saved search's matches ingested after {@code after} and, when given, not after {@code upTo}. */
  public Query ingestedBetween(SavedSearch saved, Instant after, Instant upTo) {
    Query range = Query.of(q -> q.range(r -> r.date(d -> {
      d.field(INGESTED_AT).gt(after.toString());
      if (upTo != null) {
        d.lte(upTo.toString());
      }
      return d;
    })));
    return Query.of(q -> q.bool(b -> b.filter(matching(saved), range)));
  }

  /** Newest ingested first, then newest published, then id: a stable order for pages, feeds and alerts. */
  public static List<SortOptions> newestFirst() {
    return List.of(
        SortOptions.of(s -> s.field(f -> f.field(INGESTED_AT).order(SortOrder.Desc))),
        SortOptions.of(s -> s.field(f -> f.field("published_at").order(SortOrder.Desc))),
        SortOptions.of(s -> s.field(f -> f.field("id").order(SortOrder.Asc))));
  }
}
