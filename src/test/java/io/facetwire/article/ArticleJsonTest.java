package io.facetwire.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArticleJsonTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static JsonNode json(String s) throws Exception {
    return MAPPER.readTree(s);
  }

  private static String reason(String s) throws Exception {
    return assertThrows(InvalidArticleException.class, () -> ArticleJson.toArticle(json(s))).reason();
  }

  @Test
  void readsAllFields() throws Exception {
    Article a = ArticleJson.toArticle(json("""
        {"id": "x1", "url": "https://example.org/a", "title": " Title ", "body": "Body",
         "source": "Example", "published_at": "2019-01-04T10:00:00Z",
         "source_tags": {"places": ["usa", "uk"], "people": []}, "extra": 1}"""));
    assertEquals("x1", a.id());
    assertEquals("https://example.org/a", a.url());
    assertEquals("Title", a.title());
    assertEquals("Body", a.body());
    assertEquals("Example", a.source());
    assertEquals(Instant.parse("2019-01-04T10:00:00Z"), a.publishedAt());
    assertEquals(Map.of("places", List.of("usa", "uk")), a.sourceTags());
  }

  @Test
  void textIsAnAliasForBodyAndDefaultsFillGaps() throws Exception {
    ReadOptions defaults = new ReadOptions("Default source", Instant.parse("2020-01-01T00:00:00Z"));
    Article a = ArticleJson.toArticle(json("{\"title\": \"T\", \"text\": \"B\"}"), defaults);
    assertEquals("B", a.body());
    assertEquals("Default source", a.source());
    assertEquals(Instant.parse("2020-01-01T00:00:00Z"), a.publishedAt());
    assertNull(a.id());

    Article own = ArticleJson.toArticle(
        json("{\"title\": \"T\", \"body\": \"B\", \"source\": \"Own\", \"published_at\": 1546596000000}"), defaults);
    assertEquals("Own", own.source());
    assertEquals(Instant.parse("2019-01-04T10:00:00Z"), own.publishedAt());
  }

  @Test
  void givesClearReasons() throws Exception {
    assertEquals("expected a JSON object, found an array", reason("[1]"));
    assertEquals("missing \"title\"", reason("{\"body\": \"B\"}"));
    assertEquals("missing \"title\"", reason("{\"title\": \"  \", \"body\": \"B\"}"));
    assertEquals("missing \"body\" (or \"text\")", reason("{\"title\": \"T\"}"));
    assertEquals("\"title\" must be a string, found an object", reason("{\"title\": {}, \"body\": \"B\"}"));
    String date = reason("{\"title\": \"T\", \"body\": \"B\", \"published_at\": \"04/01/2019\"}");
    assertEquals(true, date.startsWith("\"published_at\": cannot read date \"04/01/2019\""), date);
    assertEquals("\"published_at\" must be a date string or epoch milliseconds, found a boolean",
        reason("{\"title\": \"T\", \"body\": \"B\", \"published_at\": true}"));
    assertEquals("\"source_tags.places\" must be an array of strings",
        reason("{\"title\": \"T\", \"body\": \"B\", \"source_tags\": {\"places\": \"usa\"}}"));
  }
}
