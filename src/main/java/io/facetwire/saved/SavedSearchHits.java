package io.facetwire.saved;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.facetwire.engine.EsCall;
import io.facetwire.search.HitReader;
import io.facetwire.search.SearchRequestFactory;
import io.facetwire.search.SearchResult;
import java.time.Instant;
import java.util.List;

/**
 * A saved search's matches, newest ingested first: what its page and its feed show. By story when the
 * search page groups by story ({@link MatchCounting}): each story once, as its newest version, and
 * the counts are stories.
 * New hits (ingested after the last visit) come first in this order, so one request gives both the
 * list and which of it is new.
 */
public final class SavedSearchHits {

  /**
   * The first {@code size} matches and how many match in all; {@code newCount}: how many were
   * ingested after the time asked about, or null when not asked. Stories, or articles (see above).
   */
  public record Page(long total, List<SearchResult.Hit> hits, Long newCount, boolean byStory) {

    /** What the counts count, for the page's wording. */
    public String unit() {
      return byStory ? "stories" : "articles";
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
   * Like {@link #newestFirst(SavedSearch, int)}, counting in the same request the matches ingested
   * after {@code newAfter} (the saved search's page shows both: one round trip, not two).
   */
  public Page newestFirst(SavedSearch saved, int size, Instant newAfter) {
    Query query = queries.matching(saved);
    MatchCounting counting = MatchCounting.now(queries);
    SearchResponse<ObjectNode> r = EsCall.run("run a saved search", () -> client.search(s -> {
      // Collapsed in this order, a story's hit is its newest version: new if any version is.
      s.index(articlesAlias).query(query).sort(SavedSearchQuery.newestFirst()).size(size)
          .collapse(counting.collapse()).trackTotalHits(t -> t.enabled(true))
          // No body: the snippet highlight returns a fragment of it even where nothing matched.
          .source(src -> src.filter(f -> f.includes(HitReader.FIELDS)))
          .highlight(SearchRequestFactory.SNIPPETS).aggregations(counting.aggregations());
      if (newAfter != null) {
        s.aggregations(NEW_SINCE, counting.within(SavedSearchQuery.ingestedBetween(newAfter, null)));
      }
      return s;
    }, ObjectNode.class));
    long total = counting.count(r.hits(), r.aggregations());
    Long newCount = newAfter == null ? null : counting.count(r.aggregations().get(NEW_SINCE));
    return new Page(total, r.hits().hits().stream().map(h -> HitReader.read(h, queries.facets())).toList(),
        newCount, counting.byStory());
  }
}
