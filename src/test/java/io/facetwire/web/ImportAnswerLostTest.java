package io.facetwire.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.facetwire.Facetwire;
import io.facetwire.Json;
import io.facetwire.engine.ElasticsearchSettings;
import io.facetwire.engine.Engine;
import io.facetwire.engine.IndexNames;
import io.facetwire.support.Http;
import io.facetwire.support.TestEngine;
import io.facetwire.support.TestServer;
import io.facetwire.support.UnansweredBulkProxy;
import io.javalin.Javalin;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The import a user runs through the server, when Elasticsearch stores a bulk request but its answer
 * comes too late (a loaded machine): the server sends the request again, the node answers 409 for what the
 * first try stored, and the summary must still say those articles were indexed by this import — not
 * "unchanged", as it said before. A relay in front of the node passes the first bulk request on and drops
 * the answer, so the outcome does not depend on timing.
 */
class ImportAnswerLostTest {

  private static final int ARTICLES = 1_500;

  @Test
  void articlesStoredByARequestWhoseAnswerWasLostAreReportedIndexed() throws Exception {
    try (UnansweredBulkProxy proxy = UnansweredBulkProxy.losingAnswers(TestEngine.get().urls().get(0))) {
      proxy.passEveryBulk();
      ElasticsearchSettings settings = new ElasticsearchSettings(List.of(proxy.url()),
          TestEngine.get().settings().apiKey(), null, null, null,
          new ElasticsearchSettings.ClientTuning(Duration.ofSeconds(5), Duration.ofSeconds(10), 0, false), null);
      try (Engine engine = Engine.start(settings, Files.createTempDirectory("fw-answer-lost"), Json.mapper())) {
        IndexNames names = new IndexNames(TestEngine.uniquePrefix());
        Facetwire facetwire = Facetwire.onEngine(engine, names, TestServer.extractor(), Clock.systemUTC(),
            TestServer.testConfig());
        Javalin app = App.create(facetwire).start("127.0.0.1", 0);
        try {
          Http api = new Http("http://127.0.0.1:" + app.port()).withBearer(TestServer.API_TOKEN);
          proxy.dropNextBulk();
          JsonNode first = importArticles(api);
          assertEquals(1, proxy.dropped(), "the answer to one bulk request was lost");
          assertEquals(ARTICLES, first.path("read").asLong(), first.toString());
          assertEquals(ARTICLES, first.path("indexed").asLong(), first.toString());
          assertEquals(0, first.path("unchanged").asLong(), first.toString());
          assertEquals(0, first.path("failed").size(), first.toString());
          assertEquals(ARTICLES, TestEngine.get().client().count(c -> c.index(names.articles())).count());

          // The same articles again, an answer lost the same way: every one is unchanged, none indexed.
          proxy.dropNextBulk();
          JsonNode again = importArticles(api);
          assertEquals(2, proxy.dropped());
          assertEquals(0, again.path("indexed").asLong(), again.toString());
          assertEquals(ARTICLES, again.path("unchanged").asLong(), again.toString());
        } finally {
          app.stop();
          facetwire.stopBackgroundJobs();
        }
      }
    }
  }

  private static JsonNode importArticles(Http api) throws Exception {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < ARTICLES; i++) {
      lines.append("{\"id\": \"lost-").append(i).append("\", \"title\": \"Harbour report ").append(i)
          .append("\", \"body\": \"The harbour of Rotterdam handled cargo number ").append(i)
          .append(" today.\", \"published_at\": \"2021-03-01T10:00:00Z\"}\n");
    }
    Http.Response r = api.post("/api/articles", "application/x-ndjson", lines.toString());
    assertEquals(200, r.status(), r.body());
    return Json.mapper().readTree(r.body());
  }
}
