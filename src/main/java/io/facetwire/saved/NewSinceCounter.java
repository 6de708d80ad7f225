package io.facetwire.saved;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.msearch.RequestItem;
import io.facetwire.engine.EsCall;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How many matching stories (articles, before stories were back-filled: {@link MatchCounting}) were ingested since each saved search was last opened: for all of a
 * user's saved searches in one {@code _msearch} round trip, each item a hits-free count.
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
    List<RequestItem> items = new ArrayList<>(searches.size());
    for (SavedSearch s : searches) {
      var query = queries.ingestedBetween(s, s.seenUntil(), null);
      items.add(RequestItem.of(r -> r.header(h -> h.index(articlesAlias))
          .body(b -> b.query(query).size(0).trackTotalHits(t -> t.enabled(true)).aggregations(counting.aggregations()))));
    }
    MsearchResponse<Void> response = EsCall.run("count new articles",
        () -> client.msearch(m -> m.searches(items), Void.class));
    List<MultiSearchResponseItem<Void>> answers = response.responses();
    for (int i = 0; i < answers.size(); i++) {
      MultiSearchResponseItem<Void> a = answers.get(i);
      if (a.isResult()) {
        counts.put(searches.get(i).id(), counting.count(a.result().hits(), a.result().aggregations()));
      }
    }
    return counts;
  }
}
