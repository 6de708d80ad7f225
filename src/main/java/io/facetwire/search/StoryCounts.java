package io.facetwire.search;

import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.FieldCollapse;
import io.facetwire.search.answer.AnswerAggregate;
import java.util.List;
import java.util.Map;

/**
 * Results by story: each story once ({@code collapse} on {@code story_id}, its other versions as
 * {@code inner_hits}), and counts of stories rather than of copies.
 *
 * <p>Counts are {@code cardinality} aggregations of {@code story_id}: the total with the highest
 * {@code precision_threshold} Elasticsearch allows (40,000), each facet value with 3,000. Below its
 * threshold a cardinality is exact in practice (the distinct hashes are kept in full; only a 32-bit
 * murmur3 collision, about one in a million pairs at 40,000, could merge two stories); above it,
 * HyperLogLog++ estimates within about 1–2%. An exact count of distinct stories per value would need a
 * terms aggregation over every story id (unbounded memory) or a second request per value; a facet list
 * says "about how many", and the total above 40,000 stories is shown as estimated
 * ({@link SearchResult#totalIsExact()} false). A story counts under a value if any of its matching
 * versions has it.
 */
public final class StoryCounts {

  static final String FIELD = "story_id";
  static final String STORIES = "stories";
  static final String VERSIONS = "versions";
  /** Other versions listed with a hit; "N other versions" counts them all. */
  static final int VERSIONS_SHOWN = 5;
  static final int TOTAL_PRECISION = 40_000;
  static final int VALUE_PRECISION = 3_000;
  private static final List<String> VERSION_FIELDS = List.of("id", "title", "url", "source", "published_at");

  private StoryCounts() {}

  /** One hit per story: the best-ranked version, with the others oldest first. */
  static void collapse(SearchRequest.Builder request) {
    request.collapse(c -> c.field(FIELD).innerHits(i -> i.name(VERSIONS).size(VERSIONS_SHOWN + 1)
        .sort(s -> s.field(f -> f.field("published_at").order(SortOrder.Asc)))
        .sort(s -> s.field(f -> f.field("id").order(SortOrder.Asc)))
        .source(src -> src.filter(f -> f.includes(VERSION_FIELDS)))));
  }

  /** Stories among the hits (facet filters applied, as the hits are). */
  static Aggregation total(List<Query> filters) {
    return Aggregation.of(a -> a
        .filter(f -> filters.isEmpty() ? f.matchAll(m -> m) : f.bool(b -> b.filter(filters)))
        .aggregations(STORIES, distinctStories()));
  }

  /**
   * One hit per story and nothing else: for lists that show each story once without its versions (a
   * saved search's page and feed, alerts). The hit kept is the first in the request's sort.
   */
  public static FieldCollapse oneHitPerStory() {
    return FieldCollapse.of(c -> c.field(FIELD));
  }

  /** How many stories a set of hits holds, exact below {@value #TOTAL_PRECISION} (see above). */
  public static Aggregation distinctStories() {
    return Aggregation.of(a -> a.cardinality(c -> c.field(FIELD).precisionThreshold(TOTAL_PRECISION)));
  }

  /** The value of a {@link #distinctStories} aggregation. */
  public static long stories(Aggregate distinctStories) {
    return distinctStories.cardinality().value();
  }

  /** Stories under one facet value. */
  static Aggregation perValue() {
    return Aggregation.of(a -> a.cardinality(c -> c.field(FIELD).precisionThreshold(VALUE_PRECISION)));
  }

  /** The story count of a bucket with a {@link #perValue} sub-aggregation, else its article count. */
  static long count(Map<String, AnswerAggregate> sub, long docCount) {
    AnswerAggregate stories = sub == null ? null : sub.get(STORIES);
    return stories != null && stories.is("cardinality") && stories.value() != null
        ? Math.round(stories.value()) : docCount;
  }

  /** The story total of a response with {@link #total}, or -1 when it has none. */
  static long total(Map<String, AnswerAggregate> aggregations) {
    AnswerAggregate outer = aggregations.get(STORIES);
    if (outer == null || !outer.is("filter")) {
      return -1;
    }
    return count(outer.sub(), -1);
  }
}
