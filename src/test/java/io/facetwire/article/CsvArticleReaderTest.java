package io.facetwire.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvArticleReaderTest {

  private final CsvArticleReader reader = new CsvArticleReader();

  @Test
  void wikinews2019AllRowsWithDatelineStripped() {
    Fixtures.Collected got = Fixtures.read(reader, "wikinews_2019.csv");
    assertEquals(List.of(), got.errors);
    assertEquals(171, got.articles.size());

    Article first = got.articles.get(0);
    assertEquals("Magnitogorsk apartment building collapses after explosion, dozens dead", first.title());
    assertEquals("https://en.wikinews.org/wiki/Magnitogorsk_apartment_building_collapses_after_explosion,_dozens_dead",
        first.url());
    assertEquals(Instant.parse("2019-01-04T00:00:00Z"), first.publishedAt());
    assertEquals("Wikinews", first.source());
    assertTrue(first.body().startsWith("An apartment building collapsed on Monday in Magnitogorsk"), first.body());
    assertEquals("record 1 (line 2)", got.locations.get(0));

    // No body keeps its dateline, including the two whose dateline follows blank lines.
    for (Article a : got.articles) {
      assertFalse(a.body().matches("(?s)^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \\w+ \\d{1,2}, 2019.*"),
          a.title());
      assertFalse(a.url().contains("org//"), a.url());
      assertEquals(a.body().strip(), a.body());
    }
    // Record 4 has blank lines before its dateline ("\n\n\nSaturday, January 5, 2019\u00a0 \n..."): stripped too.
    Article florida = got.byTitle("Florida highway pileup, fire kills five children, two truck drivers");
    assertEquals("record 4", got.locations.get(got.articles.indexOf(florida)).substring(0, 8));
    assertEquals(Instant.parse("2019-01-05T00:00:00Z"), florida.publishedAt());
    assertTrue(florida.body().startsWith("A road accident followed by a fire on a Florida highway"), florida.body());
  }

  @Test
  void wikinews2020AllRowsAndOnlyRealDatelinesStripped() {
    Fixtures.Collected got = Fixtures.read(reader, "wikinews_2020.csv");
    assertEquals(List.of(), got.errors);
    assertEquals(124, got.articles.size());
    long testPages = got.articles.stream().filter(a -> a.title().startsWith("TEST PAGE")).count();
    assertEquals(2, testPages);
    assertTrue(got.articles.stream().filter(a -> a.title().startsWith("TEST PAGE"))
        .allMatch(a -> a.publishedAt().toString().startsWith("2021-")));
    // That page is only a dateline; it is imported as is rather than rejected for an empty text.
    assertEquals("Monday, March 15, 2021", got.byTitle("TEST PAGE:Self-publish yesterday").body());
    // "Thursday, United States military forces killed ..." is a sentence, not a dateline: kept.
    assertTrue(got.articles.stream().anyMatch(a -> a.body().startsWith("Thursday, United States military forces killed")));
    // Record numbers count data rows; lines count physical lines, so they run ahead with embedded newlines.
    String last = got.locations.get(got.locations.size() - 1);
    assertTrue(last.startsWith("record 124 (line "), last);
  }

  @Test
  void brokenRecordsAreNamedAndGoodOnesRead() {
    String file = "malformed/articles-with-errors.csv";
    Fixtures.Collected got = Fixtures.read(reader, file, new ReadOptions(null, null));

    assertEquals(List.of("Good one", "Good two"), got.articles.stream().map(Article::title).toList());
    assertEquals(List.of("record 1 (line 2)", "record 5 (line 7)"), got.locations);
    Article one = got.byTitle("Good one");
    assertEquals("Line one\nline two, with comma", one.body());
    assertEquals("Example", one.source());
    assertEquals(Instant.parse("2020-05-01T00:00:00Z"), one.publishedAt());
    Article two = got.byTitle("Good two");
    assertEquals("Quoted \"word\" inside\n\nand a blank line", two.body());
    assertEquals(null, two.source()); // empty source column, not a Wikinews URL, no --source

    assertEquals(3, got.errors.size());
    RecordError fewFields = got.errors.get(0);
    assertEquals(file, fewFields.file());
    assertEquals("record 2 (line 4)", fewFields.location());
    assertEquals(4, fewFields.line());
    assertEquals("record has 3 fields but the header has 5", fewFields.reason());
    RecordError badDate = got.errors.get(1);
    assertEquals("record 3 (line 5)", badDate.location());
    assertTrue(badDate.reason().startsWith("cannot read date \"not-a-date\""), badDate.reason());
    RecordError noTitle = got.errors.get(2);
    assertEquals("record 4 (line 6)", noTitle.location());
    assertEquals("title is empty", noTitle.reason());
  }

  @Test
  void syntaxErrorStopsAtTheRecordWhereItStarts() {
    Fixtures.Collected got = Fixtures.read(reader, "malformed/misplaced-quote.csv");
    assertEquals(List.of("Good one"), got.articles.stream().map(Article::title).toList());
    assertEquals(1, got.errors.size());
    RecordError e = got.errors.get(0);
    assertEquals("record 2 (line 3)", e.location());
    assertEquals(3, e.line());
    assertTrue(e.reason().startsWith("CSV syntax error: "), e.reason());
    assertTrue(e.reason().contains("Invalid character between encapsulated token and delimiter"), e.reason());
    assertTrue(e.reason().endsWith("the rest of the file was not read"), e.reason());
  }

  @Test
  void quoteNeverClosedIsReportedWhereTheRecordStarts() {
    Fixtures.Collected got = Fixtures.readText(reader, "q.csv",
        "title,text\nA,one\nB,\"two\nand more\nC,three\n", ReadOptions.NONE);
    assertEquals(List.of("A"), got.articles.stream().map(Article::title).toList());
    RecordError e = got.errors.get(0);
    assertEquals("record 2 (line 3)", e.location());
    assertTrue(e.reason().contains("EOF reached before encapsulated token finished"), e.reason());
  }

  @Test
  void headerWithoutTitleOrTextIsOneClearError() {
    Fixtures.Collected got = Fixtures.readText(reader, "h.csv", "url,headline,content\nu,h,c\n", ReadOptions.NONE);
    assertEquals(0, got.articles.size());
    assertEquals(1, got.errors.get(0).line());
    assertEquals("the header row needs a title column and a text (or body) column; found [url, headline, content]",
        got.errors.get(0).reason());
  }

  @Test
  void columnNamesIgnoreCaseAndOptionsAreDefaults() {
    String csv = "\uFEFFID,Body,Title,Published_At\nx7,Some body,A title,\n";
    Article a = Fixtures.readText(reader, "c.csv", csv, new ReadOptions("Feed", Instant.parse("2001-01-01T00:00:00Z")))
        .only();
    assertEquals("x7", a.id());
    assertEquals("Some body", a.body());
    assertEquals("A title", a.title());
    assertEquals("Feed", a.source());
    assertEquals(Instant.parse("2001-01-01T00:00:00Z"), a.publishedAt());
  }
}
