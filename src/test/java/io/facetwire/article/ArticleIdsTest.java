package io.facetwire.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArticleIdsTest {

  private static Article article(String id, String url, String title, String source, Instant at) {
    return Article.fromInput(id, url, title, "body", source, at, Map.of());
  }

  @Test
  void givenIdIsKept() {
    assertEquals("my-id", ArticleIds.withStableId(article("my-id", "https://x.org/a", "T", null, null)).id());
    assertEquals("reuters-7", ArticleIds.withStableId(article(" reuters-7 ", null, "T", null, null)).id());
  }

  @Test
  void urlIdIgnoresTrivialDifferences() {
    String id = ArticleIds.withStableId(article(null, "https://en.wikinews.org/wiki/Story", "T", null, null)).id();
    assertTrue(id.matches("[0-9a-f]{20}"), id);
    for (String same : List.of("HTTPS://EN.Wikinews.org/wiki/Story", "https://en.wikinews.org/wiki/Story/",
        "https://en.wikinews.org/wiki/Story#Sources", " https://en.wikinews.org/wiki/Story ")) {
      assertEquals(id, ArticleIds.withStableId(article(null, same, "Other title", "S", Instant.EPOCH)).id(), same);
    }
    // Path case and query are meaningful to servers, so they make different ids.
    assertNotEquals(id, ArticleIds.derive(article(null, "https://en.wikinews.org/wiki/story", "T", null, null)));
    assertNotEquals(id, ArticleIds.derive(article(null, "https://en.wikinews.org/wiki/Story?x=1", "T", null, null)));
  }

  @Test
  void withoutUrlIdComesFromSourceTitleAndDay() {
    Instant morning = Instant.parse("2019-01-04T08:00:00Z");
    String id = ArticleIds.derive(article(null, null, "Headline", "BBC", morning));
    assertTrue(id.matches("[0-9a-f]{20}"), id);
    assertEquals(id, ArticleIds.derive(article(null, null, "Headline", "BBC", Instant.parse("2019-01-04T17:00:00Z"))));
    assertNotEquals(id, ArticleIds.derive(article(null, null, "Headline", "BBC", Instant.parse("2019-01-05T08:00:00Z"))));
    assertNotEquals(id, ArticleIds.derive(article(null, null, "Headline", "RT", morning)));
    assertNotEquals(id, ArticleIds.derive(article(null, null, "Other headline", "BBC", morning)));
    // Fixed values (computed with sha256sum): the derivation is part of the stored data and must not drift.
    // printf 'url\nhttps://example.org/a' | sha256sum ; printf 'text\nBBC\nHeadline\n2019-01-04' | sha256sum
    assertEquals("00bb5d48aac1a8eab973", ArticleIds.derive(article(null, "https://example.org/a", "T", null, null)));
    assertEquals("6737241d5f97c7c843ea", id);
  }

  @Test
  void wikinewsIdsAreStableAcrossReadsAndDistinct() {
    List<String> first = Fixtures.read(new CsvArticleReader(), "wikinews_2019.csv").articles.stream()
        .map(ArticleIds::withStableId).map(Article::id).toList();
    List<String> second = Fixtures.read(new CsvArticleReader(), "wikinews_2019.csv").articles.stream()
        .map(ArticleIds::withStableId).map(Article::id).toList();
    assertEquals(171, first.size());
    assertEquals(first, second);
    assertEquals(first.size(), new HashSet<>(first).size());
  }

  @Test
  void plainTextIdsAreStableAndDistinct() {
    ReadOptions bbc = new ReadOptions("BBC News", null);
    List<String> ids = new java.util.ArrayList<>();
    for (String f : List.of("bbc/business/001.txt", "bbc/politics/001.txt", "bbc/tech/001.txt", "us-embassy-staff-cut.txt")) {
      String a = ArticleIds.withStableId(Fixtures.read(new PlainTextReader(), f, bbc).only()).id();
      String b = ArticleIds.withStableId(Fixtures.read(new PlainTextReader(), f, bbc).only()).id();
      assertEquals(a, b, f);
      ids.add(a);
    }
    assertEquals(4, new HashSet<>(ids).size());
  }

  @Test
  void idsElasticsearchOrAnAddressCannotTakeHaveAProblem() {
    assertEquals(null, ArticleIds.problem("x".repeat(512)));
    assertTrue(ArticleIds.problem("x".repeat(513)).contains("513 bytes"));
    // Bytes, not characters: 171 three-byte characters are 513 bytes.
    assertTrue(ArticleIds.problem("\u20ac".repeat(171)).contains("513 bytes"));
    for (String bad : List.of(".", "..", "../../x", "a/./b", "a/..", "/..")) {
      assertTrue(ArticleIds.problem(bad) != null, bad);
    }
    for (String fine : List.of("a/b", "..x", "a..b", ".hidden", "per%cent", "a\\b", "/", "reuters-7")) {
      assertEquals(null, ArticleIds.problem(fine), fine);
    }
  }
}
