package io.facetwire.engine;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.util.List;

/**
 * Deletes the documents a query matches, as search plus bulk delete, a page at a time. Why not
 * {@code _delete_by_query}: it lives in the reindex module, which the embedded node does not load.
 * For small housekeeping sets (sessions, rate-limit counters), not for articles.
 */
public final class MatchingDeletes {

  static final int PAGE = 1000;
  /** A bound on one call's work; what is left goes on the next call. */
  static final int MAX_PAGES = 20;

  private MatchingDeletes() {}

  /**
   * Deletes what {@code query} matches in {@code alias}, at most {@link #MAX_PAGES} pages (housekeeping: the rest on
   * its next run); returns how many documents went.
   */
  public static int delete(ElasticsearchClient client, String alias, Query query) {
    return delete(client, alias, query, MAX_PAGES);
  }

  /**
   * Deletes everything {@code query} matches, however many pages: for a deletion no later call finishes, such as
   * the sessions a password change ends (session 29: past 20,000 of them, the rest stayed signed in).
   */
  public static int deleteAll(ElasticsearchClient client, String alias, Query query) {
    return delete(client, alias, query, Integer.MAX_VALUE);
  }

  private static int delete(ElasticsearchClient client, String alias, Query query, int maxPages) {
    // Writers here do not wait for a refresh (documents are read by id); a search needs one.
    EsCall.run("refresh " + alias, () -> client.indices().refresh(r -> r.index(alias)));
    int removed = 0;
    for (int page = 0; page < maxPages; page++) {
      List<String> ids = EsCall.run("find documents to delete in " + alias, () -> client.search(s -> s
              .index(alias).query(query).size(PAGE).source(src -> src.fetch(false)), Void.class))
          .hits().hits().stream().map(Hit::id).toList();
      if (ids.isEmpty()) {
        break;
      }
      List<BulkOperation> ops = ids.stream()
          .map(id -> BulkOperation.of(b -> b.delete(d -> d.index(alias).id(id)))).toList();
      // Refreshed, so that the next page's search no longer finds these.
      EsCall.run("delete documents in " + alias, () -> client.bulk(b -> b.operations(ops).refresh(Refresh.True)));
      removed += ids.size();
      if (ids.size() < PAGE) {
        break;
      }
    }
    return removed;
  }
}
