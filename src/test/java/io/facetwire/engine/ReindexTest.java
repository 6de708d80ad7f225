package io.facetwire.engine;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.facetwire.Facetwire;
import io.facetwire.Json;
import io.facetwire.facet.FacetCatalog;
import io.facetwire.ingest.ReindexEnrichment;
import io.facetwire.support.Http;
import io.facetwire.support.TestServer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code reindex} on the real node behind the real HTTP server, with searches and writes running all
 * the while: the alias moves to a new index in one step, no search fails or sees a wrong count, and
 * every write that was acknowledged is in the new index.
 */
class ReindexTest {

  private TestServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void aliasMovesToANewIndexWhileSearchesAndWritesGoOnAndFacetsAreExtractedAgain() throws Exception {
    server = TestServer.start();
    assertEquals(0, server.importFixtures("fixtures/wikinews_2019.csv", "fixtures/wikinews_2020.csv").failed());
    Facetwire facetwire = server.facetwire();
    ElasticsearchClient client = facetwire.engine().client();
    Http http = server.http();
    Http api = server.api();
    String alias = facetwire.names().articles();
    long initial = facetwire.articles().count();
    long elections = http.get("/api/search?q=election").json().path("total").asLong();
    assertTrue(elections > 0);

    // One stored article loses its countries, as if indexed by an older extractor.
    JsonNode putin = http.get("/api/search?person=Vladimir+Putin&sort=oldest").json().path("hits").get(0);
    String damagedId = putin.path("id").asText();
    ObjectNode stored = client.get(g -> g.index(alias).id(damagedId), ObjectNode.class).source();
    String ingestedAt = stored.path("ingested_at").asText();
    assertFalse(stored.path("countries").isEmpty());
    stored.putArray("countries");
    client.index(i -> i.index(alias).id(damagedId).document(stored).refresh(
        co.elastic.clients.elasticsearch._types.Refresh.True));

    Reindexer reindexer = new Reindexer(client, Json.mapper(), facetwire.engine().layout(), 40);
    String oldIndex = reindexer.currentIndex(alias);

    AtomicBoolean running = new AtomicBoolean(true);
    AtomicBoolean reindexing = new AtomicBoolean(false);
    AtomicInteger searchesDuringReindex = new AtomicInteger();
    AtomicInteger writesAttempted = new AtomicInteger();
    List<String> searchProblems = Collections.synchronizedList(new ArrayList<>());
    List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
    List<String> rejected = Collections.synchronizedList(new ArrayList<>());

    Thread searches = new Thread(() -> {
      while (running.get()) {
        boolean during = reindexing.get();
        Http.Response all = http.get("/api/search");
        Http.Response words = http.get("/api/search?q=election");
        long total = all.status() == 200 ? all.json().path("total").asLong() : -1;
        if (total < initial || total > initial + writesAttempted.get()) {
          searchProblems.add("all articles: " + all.status() + " total " + total);
        }
        if (words.status() != 200 || words.json().path("total").asLong() != elections) {
          searchProblems.add("election: " + words.status() + " " + words.body());
        }
        if (during && reindexing.get()) {
          searchesDuringReindex.incrementAndGet();
        }
      }
    });
    Thread writes = new Thread(() -> {
      for (int n = 0; running.get(); n++) {
        writesAttempted.incrementAndGet();
        Http.Response r = api.post("/api/articles", "application/json", """
            {"title": "Reindex probe %d", "body": "Probe article %d, written while the index is rebuilt.",
             "source": "Probe", "published_at": "2021-06-01"}""".formatted(n, n));
        if (r.status() == 200 && r.json().path("indexed").asInt() == 1) {
          acknowledged.add("Reindex probe " + n);
        } else {
          rejected.add(r.status() + " " + r.body());
        }
      }
    });
    searches.start();
    writes.start();
    Thread.sleep(300);
    reindexing.set(true);
    Reindexer.Result result = reindexer.reindex(alias, IndexNames.ARTICLES,
        new ReindexEnrichment(facetwire.importer(), new ArticleDocuments(Json.mapper(), FacetCatalog.standard())), message -> {});
    reindexing.set(false);
    Thread.sleep(300);
    running.set(false);
    searches.join();
    writes.join();

    assertEquals(oldIndex, result.oldIndex());
    assertNotEquals(oldIndex, result.newIndex());
    assertEquals(result.newIndex(), reindexer.currentIndex(alias), "the alias points at the new index only");
    assertEquals(List.of(), searchProblems, "every search answered with the right count");
    assertTrue(searchesDuringReindex.get() > 0, "searches ran while the reindex ran");
    assertTrue(acknowledged.size() > 0, "writes went on during the reindex");
    assertEquals(List.of(), rejected, "writes that met the short write block went again, to the new index");

    // Nothing acknowledged is lost: every probe is in the index the alias now points at.
    client.indices().refresh(r -> r.index(alias));
    assertEquals(initial + acknowledged.size(), facetwire.articles().count());
    for (String title : acknowledged) {
      long found = client.count(c -> c.index(result.newIndex())
          .query(q -> q.matchPhrase(m -> m.field("title").query(title)))).count();
      assertEquals(1, found, title);
    }

    // Facets were extracted again; the article keeps its original ingestion time.
    ObjectNode after = client.get(g -> g.index(alias).id(damagedId), ObjectNode.class).source();
    assertFalse(after.path("countries").isEmpty(), "countries extracted again: " + after.path("countries"));
    assertEquals(ingestedAt, after.path("ingested_at").asText());

    // The old index is kept, read-only.
    var oldSettings = client.indices().getSettings(g -> g.index(oldIndex)).result().get(oldIndex).settings();
    assertTrue(Boolean.parseBoolean(String.valueOf(oldSettings.index().blocks().write())));
  }
}
