package io.facetwire.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.facetwire.Facetwire;
import io.facetwire.Json;
import io.facetwire.article.Article;
import io.facetwire.article.ReadOptions;
import io.facetwire.engine.ArticleDocuments;
import io.facetwire.engine.ArticleScanner;
import io.facetwire.engine.ArticleWriter;
import io.facetwire.engine.IndexNames;
import io.facetwire.extract.FacetExtractor;
import io.facetwire.facet.Facet;
import io.facetwire.facet.FacetCatalog;
import io.facetwire.facet.FacetValues;
import io.facetwire.support.Http;
import io.facetwire.support.TestEngine;
import io.facetwire.support.TestServer;
import io.facetwire.web.App;
import io.javalin.Javalin;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Re-enrichment against the real node: after the taxonomy changes, {@code enrich} gives every indexed
 * article the new topics without the source files, loses none, keeps ingestion times, and the server on
 * the new taxonomy shows in {@code /api/extract} and on the article page what the index holds.
 */
class ReenricherTest {

  /** A user's edit of the taxonomy: one old topic kept, every other dropped, one new topic. */
  private static final String EDITED_TAXONOMY = """
      threshold = 2
      mentions = 1
      share = 0

      [sanctions]
      2  sanction
      1.6  embargo

      [weather]   # new
      2  storm, hurricane, typhoon, cyclone, flood, flooding, tornado, "heavy rain"
      """;

  static ImportPipelineTest.MutableClock clock = new ImportPipelineTest.MutableClock(Instant.parse("2026-03-01T00:00:00Z"));
  static IndexNames names = new IndexNames(TestEngine.uniquePrefix());
  static Facetwire original;

  @TempDir
  static Path dir;

  @BeforeAll
  static void importWithTheBuiltInTaxonomy() {
    original = Facetwire.onEngine(TestEngine.get(), names, TestServer.extractor(), clock, TestServer.testConfig());
    ImportSummary imported = TestServer.importFixtures(original.importer(), ReadOptions.NONE,
        "fixtures/wikinews_2019.csv", "fixtures/wikinews_2020.csv");
    assertEquals(0, imported.failed(), imported.failures().toString());
  }

  @Test
  void enrichAfterATaxonomyChangeUpdatesTopicsAndLosesNothing() throws IOException {
    Map<String, Article> before = all(original);
    long count = original.articles().count();
    assertEquals(before.size(), count);
    assertTrue(count > 250, "fixtures imported: " + count);
    assertTrue(before.values().stream().anyMatch(a -> a.values(Facet.TOPIC).contains("politics")
        || a.values(Facet.TOPIC).contains("elections")), "the built-in taxonomy gave political topics");

    Path file = dir.resolve("my-topics.txt");
    Files.writeString(file, EDITED_TAXONOMY, StandardCharsets.UTF_8);
    FacetExtractor edited = FacetExtractor.load(file);
    clock.set(Instant.parse("2026-04-01T00:00:00Z"));
    // Small pages, so the scan goes through many search_after rounds.
    ArticleDocuments documents = new ArticleDocuments(Json.mapper(), FacetCatalog.standard());
    Reenricher reenricher = new Reenricher(
        new ArticleScanner(TestEngine.get().client(), names.articles(), documents, 7),
        new ArticleWriter(TestEngine.get().client(), io.facetwire.engine.BulkSender.on(TestEngine.get()), names.articles(), documents, clock),
        original.articles(), edited);

    EnrichSummary summary = reenricher.run();

    assertTrue(summary.complete(), summary.oneLine());
    assertEquals(count, summary.before());
    assertEquals(count, summary.read());
    assertEquals(count, summary.after());
    assertTrue(summary.updated() > 0, summary.oneLine());
    Map<String, Article> after = all(original);
    assertEquals(before.keySet(), after.keySet(), "the same articles, none lost, none added");
    int weather = 0;
    for (Article b : before.values()) {
      Article a = after.get(b.id());
      FacetValues expected = edited.extract(b.title(), b.body());
      assertEquals(expected.values(Facet.TOPIC), a.values(Facet.TOPIC), b.id());
      assertEquals(b.values(Facet.COUNTRY), a.values(Facet.COUNTRY), "countries do not depend on the taxonomy: " + b.id());
      assertEquals(b.values(Facet.PERSON), a.values(Facet.PERSON), b.id());
      assertEquals(b.ingestedAt(), a.ingestedAt(), "ingested_at is kept: " + b.id());
      assertEquals(b.title(), a.title());
      assertEquals(b.body(), a.body());
      assertEquals(b.publishedAt(), a.publishedAt());
      assertEquals(b.url(), a.url());
      assertFalse(a.values(Facet.TOPIC).contains("politics"), "a dropped topic is gone: " + b.id());
      weather += a.values(Facet.TOPIC).contains("weather") ? 1 : 0;
    }
    assertTrue(weather > 0, "the new topic was given to some article");
    assertEquals(summary.updated(), before.values().stream()
        .filter(b -> !b.values(Facet.TOPIC).equals(after.get(b.id()).values(Facet.TOPIC))).count(), "updated = articles whose topics changed");

    EnrichSummary again = reenricher.run();
    assertEquals(0, again.updated(), "a second run finds nothing to change: " + again.oneLine());
    assertEquals(count, again.unchanged());

    serverOnTheEditedTaxonomyShowsWhatTheIndexHolds(edited, after);
  }

  private void serverOnTheEditedTaxonomyShowsWhatTheIndexHolds(FacetExtractor edited, Map<String, Article> stored) {
    Facetwire serving = Facetwire.onEngine(TestEngine.get(), names, edited, clock, TestServer.testConfig());
    Javalin app = App.create(serving).start("127.0.0.1", 0);
    try {
      Http http = new Http("http://127.0.0.1:" + app.port());
      Article sample = stored.values().stream().filter(a -> a.values(Facet.TOPIC).contains("weather")).findFirst().orElseThrow();
      Map<String, String> request = new HashMap<>();
      request.put("title", sample.title());
      request.put("body", sample.body());
      JsonNode extracted = http.post("/api/extract", "application/json",
          Json.mapper().writeValueAsString(request)).json();
      assertEquals(sample.values(Facet.TOPIC), strings(extracted.get("topics")));
      assertEquals(sample.values(Facet.COUNTRY), strings(extracted.get("countries")));
      assertEquals(sample.values(Facet.PERSON), strings(extracted.get("persons")));

      Document page = http.get("/articles/" + Http.enc(sample.id())).html();
      List<String> topicLinks = page.select("a[href*=topic=]").eachText();
      assertTrue(topicLinks.stream().anyMatch(t -> t.contains("weather")), topicLinks.toString());
      assertNotEquals(0, topicLinks.size());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } finally {
      app.stop();
    }
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(v -> out.add(v.asText()));
    return out;
  }

  private static Map<String, Article> all(Facetwire facetwire) {
    List<Article> out = new ArrayList<>();
    new ArticleScanner(TestEngine.get().client(), facetwire.names().articles(),
        new ArticleDocuments(Json.mapper(), FacetCatalog.standard()), 500).scan(out::addAll);
    return out.stream().collect(Collectors.toMap(Article::id, a -> a));
  }
}
