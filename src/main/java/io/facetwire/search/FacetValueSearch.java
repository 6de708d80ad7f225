package io.facetwire.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import io.facetwire.engine.EsCall;
import io.facetwire.facet.Facet;
import java.util.ArrayList;
import java.util.List;

/**
 * The values of one facet under the current search, beyond the top ten the sidebar shows: filtered
 * by what the user types ("put" finds "Vladimir Putin"), ordered by count or A–Z, paged. Counts are
 * those that clicking would give, as in the sidebar.
 */
public final class FacetValueSearch {

  /** More distinct values than this are not listed: narrow the search or type a few letters. */
  public static final int MAX_VALUES = 10_000;

  public enum Order { COUNT, AZ }

  /**
   * @param partial Elasticsearch's time budget ({@code FACETWIRE_SEARCH_TIMEOUT}) ran out: the values and counts are
   *                those it found by then, as on a partial results page
   */
  public record Page(List<SearchResult.FacetValue> values, boolean truncated, boolean partial) {}

  private final ElasticsearchClient client;
  private final String index;
  private final SearchRequestFactory requests;

  public FacetValueSearch(ElasticsearchClient client, String index, SearchRequestFactory requests) {
    this.client = client;
    this.index = index;
    this.requests = requests;
  }

  /** Up to {@code limit} values (at most {@link #MAX_VALUES}) whose words start with {@code prefix}. */
  public Page values(SearchState state, Facet facet, String prefix, Order order, int limit) {
    int size = Math.max(1, Math.min(limit, MAX_VALUES));
    Query query = requests.queryForFacet(state, facet);
    WordPrefix typed = WordPrefix.of(prefix);
    // When the pattern holds only the start of a long typed text, more values come back than match it;
    // the whole text is checked below, over at most MAX_VALUES candidates.
    int asked = typed == null || typed.patternIsExact() ? size + 1 : MAX_VALUES + 1;
    var response = SearchCall.run("These facet values could not be listed", "list facet values",
        () -> client.search(s -> requests.withinBudget(s.index(index).size(0).query(query))
          .aggregations("values", a -> a.terms(t -> {
            t.field(facet.field()).size(asked);
            if (typed != null) {
              t.include(i -> i.regexp(typed.pattern()));
            }
            if (order == Order.AZ) {
              t.order(List.of(co.elastic.clients.util.NamedValue.of("_key", SortOrder.Asc)));
            }
            return t;
          })), Void.class));
    List<StringTermsBucket> buckets = response.aggregations().get("values").sterms().buckets().array();
    boolean candidatesCut = buckets.size() > MAX_VALUES;
    List<SearchResult.FacetValue> values = new ArrayList<>();
    for (StringTermsBucket b : buckets) {
      String value = b.key().stringValue();
      if (typed != null && !typed.matches(value)) {
        continue;
      }
      values.add(new SearchResult.FacetValue(value, b.docCount(), state.isSelected(facet, value),
          state.isExcluded(facet, value)));
    }
    boolean truncated = values.size() > size || candidatesCut;
    return new Page(truncated ? values.subList(0, size) : values, truncated, response.timedOut());
  }

  /**
   * The stored value of this facet that is {@code name} in another case or with other accents
   * ("vladimir putin", "Jose Maria Aznar"), the most frequent if several; empty if none.
   */
  public java.util.Optional<String> storedSpelling(Facet facet, String name) {
    if (name == null || name.isBlank() || name.length() > 200) {
      return java.util.Optional.empty();
    }
    String pattern = AccentClasses.literal(name.strip());
    // Cut by its timeout, it may miss the stored spelling: the page then shows the name as asked (or 404), no 500.
    var response = EsCall.run("look up a name", () -> client.search(s -> requests.withinBudget(s.index(index).size(0))
        .aggregations("values", a -> a.terms(t -> t.field(facet.field()).size(5).include(i -> i.regexp(pattern)))),
        Void.class));
    return response.aggregations().get("values").sterms().buckets().array().stream()
        .map(b -> b.key().stringValue()).findFirst();
  }
}
