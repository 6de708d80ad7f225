package io.facetwire.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLinesReaderTest {

  private static final String FILE = "malformed/articles-with-errors.jsonl";

  @Test
  void readsEveryGoodLineAndNamesEveryBadOne() {
    Fixtures.Collected got = Fixtures.read(new JsonLinesReader(), FILE);

    assertEquals(List.of("First good article", "Second good article", "Epoch millis", "Local time with space"),
        got.articles.stream().map(Article::title).toList());
    assertEquals(List.of("line 1", "line 2", "line 9", "line 10"), got.locations);

    assertEquals(List.of(4, 5, 6, 7, 8), got.errors.stream().map(RecordError::line).toList());
    for (RecordError e : got.errors) {
      assertEquals(FILE, e.file());
      assertEquals("line " + e.line(), e.location());
    }
    assertTrue(got.errors.get(0).reason().startsWith("invalid JSON"), got.errors.get(0).reason());
    assertEquals("missing \"title\"", got.errors.get(1).reason());
    assertEquals("missing \"body\" (or \"text\")", got.errors.get(2).reason());
    assertTrue(got.errors.get(3).reason().contains("cannot read date \"04/01/2019\""), got.errors.get(3).reason());
    assertEquals("expected a JSON object, found an array", got.errors.get(4).reason());
    // The sink's error text says file, line and reason in one line for the user.
    assertEquals(FILE + ", line 5: missing \"title\"", got.errors.get(1).toString());
  }

  @Test
  void mapsFieldsAndDates() {
    Fixtures.Collected got = Fixtures.read(new JsonLinesReader(), FILE);
    Article first = got.byTitle("First good article");
    assertEquals("a1", first.id());
    assertEquals("https://example.org/one", first.url());
    assertEquals("Body one.", first.body());
    assertEquals("Example", first.source());
    assertEquals(Instant.parse("2019-01-04T00:00:00Z"), first.publishedAt());
    assertEquals("Body two, given as text.", got.byTitle("Second good article").body());
    assertEquals(Instant.parse("2019-01-04T10:00:00Z"), got.byTitle("Epoch millis").publishedAt());
    assertEquals(Instant.parse("2019-01-04T10:00:00Z"), got.byTitle("Local time with space").publishedAt());
  }

  @Test
  void trailingJunkAfterAnObjectIsAnError() {
    Fixtures.Collected got = Fixtures.readText(new JsonLinesReader(), "x.jsonl",
        "{\"title\": \"A\", \"body\": \"B\"} {\"title\": \"C\", \"body\": \"D\"}\n", ReadOptions.NONE);
    assertEquals(0, got.articles.size());
    assertEquals(1, got.errors.size());
    assertTrue(got.errors.get(0).reason().startsWith("invalid JSON"));
  }

  @Test
  void defaultsFromOptionsApply() {
    Fixtures.Collected got = Fixtures.read(new JsonLinesReader(), FILE,
        new ReadOptions("Feed", Instant.parse("2000-01-01T00:00:00Z")));
    assertEquals("Example", got.byTitle("First good article").source());
    assertEquals("Feed", got.byTitle("Second good article").source());
    assertEquals(Instant.parse("2019-01-04T10:00:00Z"), got.byTitle("Second good article").publishedAt());
  }
}
