package io.facetwire.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class ArticleReadersTest {

  @Test
  void picksByExtensionIgnoringCase() {
    assertInstanceOf(JsonLinesReader.class, ArticleReaders.forFile("feed.jsonl"));
    assertInstanceOf(JsonLinesReader.class, ArticleReaders.forFile("/data/FEED.NDJSON"));
    assertInstanceOf(CsvArticleReader.class, ArticleReaders.forFile("../shared/data/wikinews_2019.csv"));
    assertInstanceOf(ReutersSgmlReader.class, ArticleReaders.forFile("reut2-000.sgm"));
    assertInstanceOf(ReutersSgmlReader.class, ArticleReaders.forFile("x.SGML"));
    assertInstanceOf(PlainTextReader.class, ArticleReaders.forFile("001.txt"));
    assertInstanceOf(PlainTextReader.class, ArticleReaders.forFile("story.md"));
    assertInstanceOf(PlainTextReader.class, ArticleReaders.forFile("README"));
  }

  @Test
  void pathReadingNamesTheFileAsGiven() throws IOException {
    var path = Fixtures.path("malformed/articles-with-errors.jsonl");
    Fixtures.Collected got = new Fixtures.Collected();
    ArticleReaders.forFile(path.toString()).read(path, ReadOptions.NONE, got);
    assertEquals(4, got.articles.size());
    assertEquals(path.toString(), got.errors.get(0).file());
  }
}
