package io.facetwire.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import io.facetwire.Json;
import io.facetwire.engine.EsCall;
import io.facetwire.facet.FacetCatalog;
import io.facetwire.saved.AlertScheduler;
import io.facetwire.saved.SavedSearch;
import io.facetwire.saved.SavedSearchQuery;
import io.facetwire.saved.WebhookSender;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the alert tests share: an article to import, an import over HTTP that returns once its alert check (and the
 * deliveries it started) ended, saved searches with alerts on written straight to their index (the store's one-by-one
 * writes are slow for hundreds), and an alert scheduler over the test server's stores that sends its searches through
 * another client (a counting one, to tell round trips).
 */
public final class AlertFixtures {

  private AlertFixtures() {}

  /** An article as {@code POST /api/articles} takes it. */
  public static String article(String title, String body) {
    return "{\"title\": \"" + title + "\", \"body\": \"" + body + "\", \"published_at\": \"2026-03-30\"}";
  }

  /** Imports {@code json} over HTTP and waits for the alert check it starts. */
  public static void importJson(ServerExtension server, String json) {
    Http.Response r = server.api().post("/api/articles", "application/json", json);
    assertEquals(200, r.status(), r.body());
    server.facetwire().alerts().awaitIdle(Duration.ofSeconds(30));
  }

  /** A saved search of {@code owner} for {@code queryString}, alerts on since {@code at}. */
  public static SavedSearch alerting(String id, String owner, String queryString, Instant at) {
    return new SavedSearch(id, owner, id, queryString, at, at, null, null, null, null, true, at, null);
  }

  /** Writes {@code searches} to the server's saved-search index in one bulk request, refreshed. */
  public static void store(ServerExtension server, List<SavedSearch> searches) {
    String index = server.facetwire().names().savedSearches();
    List<BulkOperation> ops = searches.stream()
        .map(s -> BulkOperation.of(b -> b.index(x -> x.index(index).id(s.id()).document(s)))).toList();
    ElasticsearchClient es = server.facetwire().engine().client();
    assertFalse(EsCall.run("bulk", () -> es.bulk(b -> b.operations(ops).refresh(Refresh.True))).errors());
  }

  /** Every saved search with alerts on, as the alert check reads them (page by page), all at once for a test to look in. */
  public static List<SavedSearch> allAlerting(ServerExtension server) {
    List<SavedSearch> all = new ArrayList<>();
    List<SavedSearch> page;
    do {
      page = server.facetwire().savedSearches().alertingPage(all.isEmpty() ? null : all.get(all.size() - 1), 500);
      all.addAll(page);
    } while (!page.isEmpty());
    return all;
  }

  /**
   * An alert scheduler of the server's saved searches and accounts whose article searches go through {@code client};
   * webhooks get one try of at most a second and may be on loopback. The caller closes it.
   */
  public static AlertScheduler scheduler(ServerExtension server, ElasticsearchClient client, Clock clock) {
    String articles = server.facetwire().names().articles();
    return new AlertScheduler(server.facetwire().savedSearches(), server.facetwire().accounts().store(), client,
        articles, new SavedSearchQuery(articles, FacetCatalog.standard()),
        new WebhookSender(List.of(), Duration.ofSeconds(1), true), Json.mapper(), null, clock);
  }
}
