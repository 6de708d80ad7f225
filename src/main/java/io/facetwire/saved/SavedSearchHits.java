package io.facetwire.saved;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.facetwire.engine.EsCall;
import io.facetwire.search.HitReader;
import io.facetwire.search.SearchRequestFactory;
import io.facetwire.search.SearchResult;
import io.facetwire.search.StoryCounts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * A saved search's matches, newest ingested first: what its page, share page and feed show. By story
 * when the search page groups by story ({@link MatchCounting}): each story once, as its newest version,
 * and the counts are stories. Asked about a moment (the last visit), it also says which stories are new
 * since then by {@link MatchCounting}'s rule (a story is new once): one request for the list, the count
 * and the stories since, and one more for which of those were matched before. Every request has the results
 * page's time budget ({@code FACETWIRE_SEARCH_TIMEOUT}, session 28); a page cut by it says so ({@link Page#partial}).
 */
public final class SavedSearchHits {

  /**
   * The first {@code size} matches and how many match in all; {@code newCount}: how many are new since
   * the time asked about, or null when not asked. Stories, or articles (see above). {@code partial}: a request was
   * cut by the time budget, so the hits and counts are those found by then.
   */
  public record Page(long total, List<SearchResult.Hit> hits, Long newCount, boolean byStory,
      MatchCounting.NewStories news, Instant newAfter, boolean partial) {

    /** What the counts count, for the page's wording. */
    public String unit() {
      return byStory ? "stories" : "articles";
    }

    /** Whether a listed hit is new: ingested after the time asked about, and its story new since then. */
    public boolean isNew(SearchResult.Hit hit) {
      return news != null && hit.isNewSince(newAfter) && news.isNew(hit.storyId());
    }
  }

  private static final String NEW_SINCE = "new_since";

  private final ElasticsearchClient client;
  private final String articlesAlias;
  private final SavedSearchQuery queries;

  public SavedSearchHits(ElasticsearchClient client, String articlesAlias, SavedSearchQuery queries) {
    this.client = client;
    this.articlesAlias = articlesAlias;
    this.queries = queries;
  }

  public SavedSearchQuery queries() {
    return queries;
  }

  /** The newest {@code size} matches, with matched words marked in title and snippet. */
  public Page newestFirst(SavedSearch saved, int size) {
    return newestFirst(saved, size, null);
  }

  /**
   * Like {@link #newestFirst(SavedSearch, int)}, finding in the same request the stories matched after
   * {@code newAfter} (the saved search's page shows both), then which of them are new.
   */
  public Page newestFirst(SavedSearch saved, int size, Instant newAfter) {
    Query query = queries.matching(saved);
    MatchCounting counting = MatchCounting.now(queries);
    SearchResponse<ObjectNode> r = EsCall.run("run a saved search", () -> client.search(s -> {
      // Collapsed in this order, a story's hit is its newest version.
      queries.withinBudget(s).index(articlesAlias).query(query).sort(SavedSearchQuery.newestFirst()).size(size)
          .collapse(counting.collapse()).trackTotalHits(t -> t.enabled(true))
          // No body: the snippet highlight returns a fragment of it even where nothing matched.
          .source(src -> src.filter(f -> f.includes(HitReader.FIELDS)))
          .highlight(SearchRequestFactory.SNIPPETS).aggregations(counting.aggregations());
      if (newAfter != null) {
        s.aggregations(NEW_SINCE, counting.candidatesWithin(SavedSearchQuery.ingestedBetween(newAfter, null)));
      }
      return s;
    }, ObjectNode.class));
    long total = counting.count(r.hits(), r.aggregations());
    List<SearchResult.Hit> hits = r.hits().hits().stream().map(h -> HitReader.read(h, queries.facets())).toList();
    boolean[] partial = {r.timedOut()};
    MatchCounting.NewStories news = newAfter == null ? null
        : newStories(counting, counting.since(r.aggregations().get(NEW_SINCE)), query, newAfter, partial);
    return new Page(total, hits, news == null ? null : news.count(), counting.byStory(), news, newAfter, partial[0]);
  }

  /** Sets {@code partial[0]} when the look for earlier versions was cut by its time budget. */
  private MatchCounting.NewStories newStories(MatchCounting counting, MatchCounting.Since since, Query matching,
      Instant newAfter, boolean[] partial) {
    if (!since.needsEarlier()) {
      return counting.newStories(since, Set.of());
    }
    SearchResponse<Void> earlier = EsCall.run("find new stories", () -> client.search(s -> queries.withinBudget(s)
        .index(articlesAlias)
        .query(MatchCounting.earlier(matching, newAfter, since.candidates())).size(0)
        .aggregations(MatchCounting.earlierStories()), Void.class));
    partial[0] |= earlier.timedOut();
    return counting.newStories(since, MatchCounting.earlierStories(earlier.aggregations()));
  }


  /**
   * The feed's entries: the stories with the newest matches, each as its <em>first</em> matching version
   * (ingested first), so a later copy of a story neither adds an entry nor changes one: a feed reader
   * sees each story once. Newest first by that version. Two requests: the stories, then their first
   * versions. Articles, one by one, while stories are not back-filled. {@code partial}: either request was cut by
   * its time budget (the feed says so, session 29).
   */
  public FirstVersions firstVersions(SavedSearch saved, int size) {
    Page newest = newestFirst(saved, size);
    if (!newest.byStory() || newest.hits().isEmpty()) {
      return new FirstVersions(newest.hits(), newest.partial());
    }
    List<String> stories = newest.hits().stream().map(SearchResult.Hit::storyId).toList();
    Query firstOfThese = MatchCounting.versionsOf(queries.matching(saved), stories);
    SearchResponse<ObjectNode> r = EsCall.run("run a saved search", () -> client.search(s -> queries.withinBudget(s)
        .index(articlesAlias).query(firstOfThese).sort(SavedSearchQuery.oldestFirst()).size(stories.size())
        .collapse(StoryCounts.oneHitPerStory())
        .source(src -> src.filter(f -> f.includes(HitReader.FIELDS))).highlight(SearchRequestFactory.SNIPPETS),
        ObjectNode.class));
    List<SearchResult.Hit> first = new ArrayList<>(r.hits().hits().stream()
        .map(h -> HitReader.read(h, queries.facets())).toList());
    // The order of SavedSearchQuery.newestFirst, by the first versions' own times.
    first.sort(Comparator.comparing(SearchResult.Hit::ingestedAt, Comparator.nullsLast(Comparator.reverseOrder()))
        .thenComparing(SearchResult.Hit::publishedAt, Comparator.nullsLast(Comparator.reverseOrder()))
        .thenComparing(SearchResult.Hit::id));
    return new FirstVersions(first, newest.partial() || r.timedOut());
  }

  /** A feed's entries, and whether a search behind them was cut by its time budget. */
  public record FirstVersions(List<SearchResult.Hit> hits, boolean partial) {}
}
