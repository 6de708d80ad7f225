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

  public record Page(List<SearchResult.FacetValue> values, boolean truncated) {}

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
    String include = includePattern(prefix);
    var response = SearchCall.run("These facet values could not be listed", "list facet values",
        () -> client.search(s -> s.index(index).size(0).query(query)
          .aggregations("values", a -> a.terms(t -> {
            t.field(facet.field()).size(size + 1);
            if (include != null) {
              t.include(i -> i.regexp(include));
            }
            if (order == Order.AZ) {
              t.order(List.of(co.elastic.clients.util.NamedValue.of("_key", SortOrder.Asc)));
            }
            return t;
          })), Void.class));
    List<SearchResult.FacetValue> values = new ArrayList<>();
    for (StringTermsBucket b : response.aggregations().get("values").sterms().buckets().array()) {
      String value = b.key().stringValue();
      values.add(new SearchResult.FacetValue(value, b.docCount(), state.isSelected(facet, value),
          state.isExcluded(facet, value)));
    }
    boolean truncated = values.size() > size;
    return new Page(truncated ? values.subList(0, size) : values, truncated);
  }

  /**
   * A Lucene regular expression matching values with a word that starts with {@code prefix}, in any
   * case. Every character of the user's text is escaped or turned into a {@code [xX]} class, so the
   * text can only ever match literally.
   */
  static String includePattern(String prefix) {
    if (prefix == null || prefix.isBlank()) {
      return null;
    }
    String p = prefix.strip();
    if (p.length() > 50) {
      p = p.substring(0, 50);
    }
    // Accents fold both ways: "muller" and "müller" find "Müller".
    return "(.*[^a-zA-Z0-9])?" + AccentClasses.literal(p) + ".*";
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
    var response = EsCall.run("look up a name", () -> client.search(s -> s.index(index).size(0)
        .aggregations("values", a -> a.terms(t -> t.field(facet.field()).size(5).include(i -> i.regexp(pattern)))),
        Void.class));
    return response.aggregations().get("values").sterms().buckets().array().stream()
        .map(b -> b.key().stringValue()).findFirst();
  }
}
