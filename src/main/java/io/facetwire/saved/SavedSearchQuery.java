package io.facetwire.saved;

import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import io.facetwire.article.ArticleFields;
import io.facetwire.facet.FacetCatalog;
import io.facetwire.search.SearchRequestFactory;
import io.facetwire.search.SearchState;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

/**
 * A saved search as one Elasticsearch query. The query comes from the search page's own request
 * factory ({@link SearchRequestFactory#fullQuery}: its main query with the facet filters the page
 * applies as a post_filter), so a saved search matches exactly what the search page shows for it,
 * whatever the page's query building learns later.
 */
public final class SavedSearchQuery {

  /** Beyond this many distinct searches the cache starts again: a bound, not a tuning knob. */
  private static final int CACHE_LIMIT = 10_000;

  private final SearchRequestFactory requests;
  private final FacetCatalog facets;
  /** Whether the search page groups results by story now; saved searches count and list alike. */
  private final BooleanSupplier byStory;
  /**
   * Query objects are immutable: one built per distinct saved search serves every count, feed and
   * alert check after it. Keyed by the stored query string.
   */
  private final Map<String, Query> cache = new ConcurrentHashMap<>();

  /** For an index where every article has its story (any index written since stories exist). */
  public SavedSearchQuery(String articlesAlias, FacetCatalog facets) {
    this(new SearchRequestFactory(articlesAlias), facets, () -> true);
  }

  /**
   * With the search page's own factory and story coverage ({@code SearchService#stories}), so its
   * settings (how facets combine) and its grouping by story apply alike.
   */
  public SavedSearchQuery(SearchRequestFactory requests, FacetCatalog facets, BooleanSupplier byStory) {
    this.requests = requests;
    this.facets = facets;
    this.byStory = byStory;
  }

  /**
   * Elasticsearch's {@code timeout} of the search page's searches (FACETWIRE_SEARCH_TIMEOUT), for the background's
   * searches of saved searches; null when none is set.
   */
  public String timeout() {
    return requests.timeout() == null ? null : requests.timeout().time();
  }

  /** {@code s} with the search page's time budget, if one is set ({@link SearchRequestFactory#withinBudget}). */
  public co.elastic.clients.elasticsearch.core.SearchRequest.Builder withinBudget(
      co.elastic.clients.elasticsearch.core.SearchRequest.Builder s) {
    return requests.withinBudget(s);
  }

  /** Whether its words hold a wildcard (after QueryBudget's rules): expensive work, as on the search page. */
  public boolean expensive(SavedSearch saved) {
    return state(saved, facets).isExpensive();
  }

  /** Whether matches are counted and listed by story now (see {@link MatchCounting}). */
  public boolean byStory() {
    return byStory.getAsBoolean();
  }

  /** The facets a saved search's hits carry. */
  public FacetCatalog facets() {
    return facets;
  }

  public static SearchState state(SavedSearch saved, FacetCatalog facets) {
    return SearchState.parse(saved.queryString(), facets);
  }

  /** Words, dates and facet filters of the saved search, all as one query. */
  public Query matching(SavedSearch saved) {
    String key = saved.queryString() == null ? "" : saved.queryString();
    Query cached = cache.get(key);
    if (cached != null) {
      return cached;
    }
    if (cache.size() >= CACHE_LIMIT) {
      cache.clear();
    }
    Query built = build(saved);
    cache.put(key, built);
    return built;
  }

  private Query build(SavedSearch saved) {
    return requests.fullQuery(state(saved, facets));
  }

  /** The saved search's matches ingested after {@code after} and, when given, not after {@code upTo}. */
  public Query ingestedBetween(SavedSearch saved, Instant after, Instant upTo) {
    return Query.of(q -> q.bool(b -> b.filter(matching(saved), ingestedBetween(after, upTo))));
  }

  /** Any article ingested after {@code after} and, when given, not after {@code upTo}. */
  static Query ingestedBetween(Instant after, Instant upTo) {
    return Query.of(q -> q.range(r -> r.date(d -> {
      d.field(ArticleFields.INGESTED_AT).gt(after.toString());
      if (upTo != null) {
        d.lte(upTo.toString());
      }
      return d;
    })));
  }

  /** Oldest ingested first, then oldest published, then id: a story's first version comes first. */
  static List<SortOptions> oldestFirst() {
    return List.of(
        SortOptions.of(s -> s.field(f -> f.field(ArticleFields.INGESTED_AT).order(SortOrder.Asc))),
        SortOptions.of(s -> s.field(f -> f.field(ArticleFields.PUBLISHED_AT).order(SortOrder.Asc))),
        SortOptions.of(s -> s.field(f -> f.field("id").order(SortOrder.Asc))));
  }

  /** Newest ingested first, then newest published, then id: a stable order for pages, feeds and alerts. */
  public static List<SortOptions> newestFirst() {
    return List.of(
        SortOptions.of(s -> s.field(f -> f.field(ArticleFields.INGESTED_AT).order(SortOrder.Desc))),
        SortOptions.of(s -> s.field(f -> f.field(ArticleFields.PUBLISHED_AT).order(SortOrder.Desc))),
        SortOptions.of(s -> s.field(f -> f.field("id").order(SortOrder.Asc))));
  }
}
