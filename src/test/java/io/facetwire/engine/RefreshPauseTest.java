package io.facetwire.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.facetwire.Json;
import io.facetwire.article.Article;
import io.facetwire.facet.FacetCatalog;
import io.facetwire.support.TestEngine;
import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A big import slows the articles index's refresh while it writes and puts the mapping's interval
 * back when it finishes; small imports leave the setting alone; overlapping imports restore it once,
 * after the last; a server that starts on an index a cut-off import left slowed puts it back.
 */
class RefreshPauseTest {

  private final ElasticsearchClient client = TestEngine.get().client();

  @Test
  void aBigImportSlowsTheRefreshWhileItWritesAndRestoresIt() throws IOException {
    IndexNames names = indices();
    ArticleWriter writer = writer(names);
    ArticleWriter.Session session = writer.open();
    add(session, 0, 1_000);
    assertEquals(RefreshPause.DURING_IMPORT, interval(names), "after the first full batch");
    add(session, 1_000, 1_500);
    WriteSummary summary = session.finish();

    assertEquals(1_500, summary.indexed());
    assertEquals("1s", interval(names));
    assertEquals(2, writer.refreshPause().settingsChanges());
    assertEquals(1_500, client.count(c -> c.index(names.articles())).count(), "all searchable at the end");
  }

  @Test
  void aSmallImportSendsNoSettingsRequest() throws IOException {
    IndexNames names = indices();
    ArticleWriter writer = writer(names);
    ArticleWriter.Session session = writer.open();
    add(session, 0, 999);
    assertEquals(999, session.finish().indexed());
    assertEquals(0, writer.refreshPause().settingsChanges());
    assertEquals("1s", interval(names));
  }

  @Test
  void overlappingImportsRestoreOnceAfterTheLast() throws IOException {
    IndexNames names = indices();
    ArticleWriter writer = writer(names);
    ArticleWriter.Session first = writer.open();
    ArticleWriter.Session second = writer.open();
    add(first, 0, 1_000);
    add(second, 1_000, 2_000);
    assertEquals(1_000, first.finish().indexed());
    assertEquals(RefreshPause.DURING_IMPORT, interval(names), "the second import still writes");
    assertEquals(1_000, second.finish().indexed());
    assertEquals("1s", interval(names));
    assertEquals(2, writer.refreshPause().settingsChanges(), "one slow-down, one restore");
  }

  @Test
  void startingOnAnIndexACutOffImportLeftSlowedRestoresTheMappingsInterval() throws IOException {
    IndexNames names = indices();
    client.indices().putSettings(p -> p.index(names.articles())
        .withJson(new StringReader("{\"index\":{\"refresh_interval\":\"" + RefreshPause.DURING_IMPORT + "\"}}")));
    new IndexBootstrap(client, Json.mapper()).ensureIndices(names);
    assertEquals("1s", interval(names));
  }

  private IndexNames indices() {
    IndexNames names = new IndexNames(TestEngine.uniquePrefix());
    new IndexBootstrap(client, Json.mapper()).ensureIndices(names);
    return names;
  }

  private ArticleWriter writer(IndexNames names) {
    return new ArticleWriter(client, BulkSender.on(TestEngine.get()), names.articles(), new ArticleDocuments(Json.mapper(), FacetCatalog.standard()),
        Clock.systemUTC());
  }

  private static void add(ArticleWriter.Session session, int from, int to) {
    for (int i = from; i < to; i++) {
      Article a = Article.fromInput("r-" + i, null, "Title " + i, "Body " + i, "Wire",
          Instant.parse("2024-01-01T00:00:00Z"), Map.of());
      session.add(a, new ArticleWriter.Origin("test", "record " + i, i));
    }
  }

  private String interval(IndexNames names) throws IOException {
    var settings = client.indices().getSettings(g -> g.index(names.articles()).name("index.refresh_interval"))
        .result().values().iterator().next().settings();
    var t = settings.refreshInterval() != null ? settings.refreshInterval() : settings.index().refreshInterval();
    return t.time();
  }
}
