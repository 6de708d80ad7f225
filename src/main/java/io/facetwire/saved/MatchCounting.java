package io.facetwire.saved;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.FieldCollapse;
import co.elastic.clients.elasticsearch.core.search.HitsMetadata;
import co.elastic.clients.util.NamedValue;
import io.facetwire.article.ArticleFields;
import io.facetwire.search.StoryCounts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a saved search counts and lists: stories when the search page groups results by story (each
 * story once, newest version first; counts are distinct {@code story_id}s, as on the search page), else
 * articles. So one wire story in five outlets is "1 new" on the list, one entry in the feed and one
 * article in an alert, exactly as it is one result on the search page.
 *
 * <p><b>A story is new once.</b> A story is new since a moment (the last visit, the last alert) only if
 * it has a matching version ingested after it and <em>none</em> ingested up to it: a later copy of a
 * story the saved search already showed or alerted does not make it new again. Found in two requests of
 * bounded cost: the stories of the matches after the moment ({@link #candidates}, a terms aggregation
 * on {@code story_id}, the {@value #CANDIDATES} most recently matched), then which of those had a
 * matching version before ({@link #earlier}). Beyond {@value #CANDIDATES} stories since the moment,
 * the ones past that cap are counted as new without the second look (the count can then be a little
 * high, never low). Counting articles (an index from before stories), each article is its own story.
 */
final class MatchCounting {

  /** Stories since the moment that are checked for an earlier version; the cap of the rule above. */
  static final int CANDIDATES = 1000;

  private static final String STORIES = "stories";
  private static final String NEWEST = "newest";

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

  /** The count of a response to a request with {@link #aggregations}. */
  long count(HitsMetadata<?> hits, Map<String, Aggregate> aggregations) {
    if (byStory) {
      return StoryCounts.stories(aggregations.get(STORIES));
    }
    return hits.total() == null ? hits.hits().size() : hits.total().value();
  }

  /**
   * For a request over the matches after the moment: their distinct stories (as {@link #aggregations})
   * and the {@value #CANDIDATES} most recently matched, with their newest match. Counting articles:
   * nothing (the hits are the new ones).
   */
  Map<String, Aggregation> candidates() {
    if (!byStory) {
      return Map.of();
    }
    return Map.of(STORIES, StoryCounts.distinctStories(), ArticleFields.STORY_ID, Aggregation.of(a -> a
        .terms(t -> t.field(ArticleFields.STORY_ID).size(CANDIDATES).order(NamedValue.of(NEWEST, SortOrder.Desc)))
        .aggregations(NEWEST, m -> m.max(x -> x.field(ArticleFields.INGESTED_AT)))));
  }

  /** As {@link #candidates}, among the matches of a request that also match {@code after} (a filter aggregation). */
  Aggregation candidatesWithin(Query after) {
    return Aggregation.of(a -> a.filter(after).aggregations(candidates()));
  }

  /** The stories since the moment, read from a response with {@link #candidates}. */
  Since since(HitsMetadata<?> hits, Map<String, Aggregate> aggregations) {
    if (!byStory) {
      return new Since(count(hits, aggregations), List.of());
    }
    return new Since(StoryCounts.stories(aggregations.get(STORIES)), storyIds(aggregations));
  }

  /** As {@link #since}, from a {@link #candidatesWithin} aggregation. */
  Since since(Aggregate within) {
    return byStory ? since(null, within.filter().aggregations()) : new Since(within.filter().docCount(), List.of());
  }

  /**
   * The stories since the moment: how many ({@code distinct}) and the {@value #CANDIDATES} most recently
   * matched of them ({@code candidates}; empty when counting articles, or when none matched).
   */
  record Since(long distinct, List<String> candidates) {

    /** Whether {@link #earlier} must be asked (stories, and some of them since the moment). */
    boolean needsEarlier() {
      return !candidates.isEmpty();
    }
  }

  /**
   * The matches ({@code matching}) ingested up to {@code upTo} that are versions of {@code stories}: with
   * {@link #earlierStories}, which of the candidates were matched before the moment.
   */
  static Query earlier(Query matching, Instant upTo, Collection<String> stories) {
    return Query.of(q -> q.bool(b -> b.filter(versionsOf(matching, stories))
        .filter(f -> f.range(r -> r.date(d -> d.field(ArticleFields.INGESTED_AT).lte(upTo.toString()))))));
  }

  /** The matches that are versions of {@code stories}. */
  static Query versionsOf(Query matching, Collection<String> stories) {
    List<FieldValue> ids = stories.stream().map(FieldValue::of).toList();
    return Query.of(q -> q.bool(b -> b.filter(matching)
        .filter(f -> f.terms(t -> t.field(ArticleFields.STORY_ID).terms(v -> v.value(ids))))));
  }

  /** The aggregation of a request with {@link #earlier}: each story with an earlier version, once. */
  static Map<String, Aggregation> earlierStories() {
    return Map.of(ArticleFields.STORY_ID, Aggregation.of(a -> a.terms(t -> t.field(ArticleFields.STORY_ID).size(CANDIDATES))));
  }

  /** The stories of a response to {@link #earlier} with {@link #earlierStories}. */
  static Set<String> earlierStories(Map<String, Aggregate> aggregations) {
    return new HashSet<>(storyIds(aggregations));
  }

  /** The keys of the {@code story_id} terms aggregation, in its order. */
  private static List<String> storyIds(Map<String, Aggregate> aggregations) {
    List<String> ids = new ArrayList<>();
    for (StringTermsBucket b : aggregations.get(ArticleFields.STORY_ID).sterms().buckets().array()) {
      ids.add(b.key().stringValue());
    }
    return ids;
  }

  /** The rule: which stories since the moment are new, given those of them that had an earlier version. */
  NewStories newStories(Since since, Set<String> earlier) {
    if (!byStory) {
      return new NewStories(since.distinct(), null);
    }
    Set<String> fresh = new HashSet<>(since.candidates());
    fresh.removeAll(earlier);
    return new NewStories(Math.max(0, since.distinct() - (since.candidates().size() - fresh.size())), fresh);
  }

  /**
   * The new stories: how many, and which of the {@value #CANDIDATES} checked ({@code storyIds}; null when
   * counting articles, where every match since the moment is new).
   */
  record NewStories(long count, Set<String> storyIds) {

    static final NewStories NONE = new NewStories(0, Set.of());

    /** Whether a hit ingested after the moment is new: its story is, or (articles) it is itself. */
    boolean isNew(String storyId) {
      return storyIds == null || storyIds.contains(storyId);
    }
  }
}
