package io.facetwire.saved;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.FieldCollapse;
import co.elastic.clients.elasticsearch.core.search.HitsMetadata;
import io.facetwire.search.StoryCounts;
import java.util.Map;

/**
 * What a saved search counts and lists: stories when the search page groups results by story (each
 * story once, newest version first; counts are distinct {@code story_id}s, as on the search page), else
 * articles. So one wire story in five outlets is "1 new" on the list, one entry in the feed and one
 * article in an alert, exactly as it is one result on the search page.
 */
final class MatchCounting {

  private static final String STORIES = "stories";

  private final boolean byStory;

  private MatchCounting(boolean byStory) {
    this.byStory = byStory;
  }

  /** As results are grouped now (every article has its story, or not yet). */
  static MatchCounting now(SavedSearchQuery queries) {
    return new MatchCounting(queries.byStory());
  }

  boolean byStory() {
    return byStory;
  }

  /** The request's collapse: one hit per story, or none (null) when counting articles. */
  FieldCollapse collapse() {
    return byStory ? StoryCounts.oneHitPerStory() : null;
  }

  /** The aggregations {@link #count} reads: none when counting articles (the hit total is the count). */
  Map<String, Aggregation> aggregations() {
    return byStory ? Map.of(STORIES, StoryCounts.distinctStories()) : Map.of();
  }

  /** A filter aggregation counting, in the same way, the matches that also match {@code filter}. */
  Aggregation within(Query filter) {
    return Aggregation.of(a -> a.filter(filter).aggregations(aggregations()));
  }

  /** The count of a response to a request with {@link #aggregations}. */
  long count(HitsMetadata<?> hits, Map<String, Aggregate> aggregations) {
    if (byStory) {
      return StoryCounts.stories(aggregations.get(STORIES));
    }
    return hits.total() == null ? hits.hits().size() : hits.total().value();
  }

  /** The count of a {@link #within} aggregation. */
  long count(Aggregate within) {
    return byStory ? StoryCounts.stories(within.filter().aggregations().get(STORIES)) : within.filter().docCount();
  }
}
