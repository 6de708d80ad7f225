package io.facetwire.saved;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.msearch.RequestItem;
import io.facetwire.engine.EsCall;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How many matching stories (articles, before stories were back-filled: {@link MatchCounting}) are new
 * since each saved search was last opened, by {@link MatchCounting}'s rule (a story is new once: a later
 * copy of one matched before the visit is not): for all of a user's saved searches in at most two
 * {@code _msearch} round trips, the stories since the visit, then which of them were matched before. Each item has
 * the results page's time budget (session 28); an item cut by it is no whole count, and shows as unknown, as a
 * failed one does.
 */
public final class NewSinceCounter {

  private final ElasticsearchClient client;
  private final String articlesAlias;
  private final SavedSearchQuery queries;

  public NewSinceCounter(ElasticsearchClient client, String articlesAlias, SavedSearchQuery queries) {
    this.client = client;
    this.articlesAlias = articlesAlias;
    this.queries = queries;
  }

  /**
   * Saved search id to count. A search Elasticsearch could not run (it answers per item) has no
   * entry, and the page shows its count as unknown rather than failing the whole list.
   */
  public Map<String, Long> counts(List<SavedSearch> searches) {
    Map<String, Long> counts = new HashMap<>();
    if (searches.isEmpty()) {
      return counts;
    }
    MatchCounting counting = MatchCounting.now(queries);
    MsearchCost cost = new MsearchCost(null, queries.timeout());
    List<RequestItem> items = new ArrayList<>(searches.size());
    for (SavedSearch s : searches) {
      var query = queries.ingestedBetween(s, s.seenUntil(), null);
      items.add(RequestItem.of(r -> r.header(h -> h.index(articlesAlias))
          .body(b -> cost.body(b.query(query).size(0).trackTotalHits(t -> t.enabled(true))
              .aggregations(counting.candidates())))));
    }
    List<MultiSearchResponseItem<Void>> answers = EsCall.run("count new articles",
        () -> client.msearch(m -> m.searches(items), Void.class)).responses();
    Map<SavedSearch, MatchCounting.Since> since = new LinkedHashMap<>();
    for (int i = 0; i < answers.size(); i++) {
      MultiSearchResponseItem<Void> a = answers.get(i);
      if (!cutShort(a)) {
        since.put(searches.get(i), counting.since(a.result().hits(), a.result().aggregations()));
      }
    }
    Map<SavedSearch, Set<String>> earlier = EarlierStories.find(client, articlesAlias, queries, since,
        SavedSearch::seenUntil, "count new stories", (answer, search) -> cutShort(answer), cost);
    since.forEach((s, n) -> {
      if (!n.needsEarlier() || earlier.containsKey(s)) {
        counts.put(s.id(), counting.newStories(n, earlier.getOrDefault(s, Set.of())).count());
      }
    });
    return counts;
  }

  /** Refused, or cut by its timeout: a partial count would say "0 new" where there may be some. */
  private static boolean cutShort(MultiSearchResponseItem<?> answer) {
    return answer.isFailure() || answer.result().timedOut();
  }
}
