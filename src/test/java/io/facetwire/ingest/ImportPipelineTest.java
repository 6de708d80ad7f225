package io.facetwire.ingest;

import io.facetwire.Facetwire;
import io.facetwire.article.Article;
import io.facetwire.article.ReadOptions;
import io.facetwire.article.RecordError;
import io.facetwire.engine.IndexNames;
import io.facetwire.facet.Facet;
import io.facetwire.support.TestEngine;
import io.facetwire.support.TestServer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The import pipeline against the real node: counts, failures by record, idempotent re-import. */
class ImportPipelineTest {

  static Facetwire facetwire;
  static MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

  @BeforeAll
  static void open() {
    facetwire = Facetwire.onEngine(TestEngine.get(), new IndexNames(TestEngine.uniquePrefix()),
        TestServer.extractor(), clock, io.facetwire.FacetwireConfig.defaults());
  }

  @Test
  void reimportingTheSameFilesChangesNothingAndKeepsIngestionTimes() {
    ImportSummary first = TestServer.importFixtures(facetwire.importer(), ReadOptions.NONE,
        "fixtures/wikinews_2019.csv", "fixtures/reut2-000.sgm");
    assertEquals(171 + 1000, first.read());
    assertEquals(171 + 1000, first.indexed());
    assertEquals(0, first.unchanged());
    assertEquals(0, first.failed(), first.failures().toString());
    long count = facetwire.articles().count();
    assertEquals(171 + 1000, count);
    Article before = facetwire.articles().get("reuters-1").orElseThrow();
    assertEquals(Instant.parse("2026-01-01T00:00:00Z"), before.ingestedAt());

    clock.set(Instant.parse("2026-02-01T00:00:00Z"));
    ImportSummary second = TestServer.importFixtures(facetwire.importer(), ReadOptions.NONE,
        "fixtures/wikinews_2019.csv", "fixtures/reut2-000.sgm");
    assertEquals(0, second.indexed());
    assertEquals(171 + 1000, second.unchanged());
    assertEquals(count, facetwire.articles().count(), "re-import must not duplicate");
    Article after = facetwire.articles().get("reuters-1").orElseThrow();
    assertEquals(before.ingestedAt(), after.ingestedAt(), "unchanged articles keep their ingestion time");
    assertEquals(List.of("cocoa"), after.sourceTags().get("topics"));
  }

  @Test
  void badRecordsAreReportedWithTheirLineAndGoodOnesAreKept() {
    ImportSummary summary = TestServer.importFixtures(facetwire.importer(), ReadOptions.NONE,
        "fixtures/malformed/articles-with-errors.jsonl");
    assertEquals(4, summary.indexed(), summary.toString());
    assertEquals(5, summary.failed(), summary.toString());
    List<Integer> lines = summary.failures().stream().map(RecordError::line).sorted().toList();
    assertEquals(List.of(4, 5, 6, 7, 8), lines);
    assertTrue(summary.failures().stream().anyMatch(e -> e.line() == 4 && e.reason().toLowerCase().contains("json")),
        summary.failures().toString());
    assertTrue(facetwire.articles().get("a1").isPresent());
  }

  @Test
  void firstArticleIsIndexedWithItsFacets() {
    ImportSummary summary = TestServer.importFixtures(facetwire.importer(),
        new ReadOptions("RT", Instant.parse("2017-07-30T00:00:00Z")), "fixtures/us-embassy-staff-cut.txt");
    assertEquals(1, summary.indexed());
    String id = io.facetwire.article.ArticleIds.derive(Article.fromInput(null, null,
        "The US embassy in Russia will have to cut its staff by 755 people as a result of Washington's policies,"
            + " Russian President Vladimir Putin has said in an exclusive interview with Rossiya 1 TV.",
        null, "RT", Instant.parse("2017-07-30T00:00:00Z"), null));
    Article stored = facetwire.articles().get(id).orElseThrow();
    assertTrue(stored.values(Facet.COUNTRY).containsAll(
        List.of("Russia", "United States", "Iran", "North Korea", "China", "Syria")), stored.values(Facet.COUNTRY).toString());
    assertEquals(List.of("Vladimir Putin", "Vladimir Solovyov"), stored.values(Facet.PERSON));
    // Its topics are what extraction gives for its text: sanctions, its news being Russia's answer to
    // them; Syria and cybersecurity are one clause each of the interview, passing mentions (LABELLING.md).
    assertEquals(TestServer.extractor().extract(stored.title(), stored.body()).values(Facet.TOPIC),
        stored.values(Facet.TOPIC));
    assertEquals(List.of("sanctions"), stored.values(Facet.TOPIC));
    assertEquals(2017, stored.publishedAt().atOffset(ZoneOffset.UTC).getYear());
  }

  /** A clock the test moves, so "ingested_at is kept" is a real check. */
  static final class MutableClock extends Clock {
    private volatile Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    void set(Instant instant) {
      now = instant;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
