package io.facetwire.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReutersSgmlReaderTest {

  private static Fixtures.Collected reut000;

  @BeforeAll
  static void readOnce() {
    reut000 = Fixtures.read(new ReutersSgmlReader(), "reut2-000.sgm");
  }

  @Test
  void everyRecordIsReadOrRejected() {
    // 1000 REUTERS elements: 925 stories with a BODY, 60 briefs, 15 unprocessed texts without a <TITLE>.
    assertEquals(1000, reut000.articles.size());
    assertEquals(0, reut000.errors.size());
    Set<Integer> seen = new HashSet<>();
    reut000.articles.forEach(a -> seen.add(Integer.parseInt(a.id().substring("reuters-".length()))));
    reut000.errors.forEach(e -> seen.add(Integer.parseInt(e.location().replaceAll("record NEWID (\\d+) .*", "$1"))));
    assertEquals(IntStream.rangeClosed(1, 1000).boxed().collect(java.util.stream.Collectors.toSet()), seen);
  }

  @Test
  void newId1() {
    Article a = reut000.byId("reuters-1");
    assertEquals("BAHIA COCOA REVIEW", a.title());
    assertEquals("Reuters", a.source());
    assertEquals(Instant.parse("1987-02-26T15:01:01.790Z"), a.publishedAt());
    assertEquals(Map.of("places", List.of("el-salvador", "usa", "uruguay"), "topics", List.of("cocoa")), a.sourceTags());
    assertTrue(a.body().startsWith("SALVADOR, Feb 26 - Showers continued throughout the week in\nthe Bahia cocoa zone"),
        a.body());
    assertTrue(a.body().endsWith("carnival which ends midday on February 27."), a.body());
    assertNull(a.url());
    assertEquals("record NEWID 1 (line 2)", reut000.locations.get(0));
  }

  @Test
  void entitiesBecomeCharacters() {
    Article a = reut000.byId("reuters-2");
    assertEquals("STANDARD OIL <SRD> TO FORM FINANCIAL UNIT", a.title());
    for (Article each : reut000.articles) {
      assertFalse(each.title().contains("&#") || each.body().contains("&#"), each.id());
      assertFalse(each.body().chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t' && c != '\r'), each.id());
    }
  }

  @Test
  void tagsDatesAndBriefs() {
    assertEquals(List.of("reagan"), reut000.byId("reuters-28").sourceTags().get("people"));
    assertEquals(List.of("ico-coffee"), reut000.byId("reuters-42").sourceTags().get("orgs"));
    assertEquals(List.of("sse", "nasdaq", "lse"), reut000.byId("reuters-276").sourceTags().get("exchanges"));
    // Single-digit day with a leading space.
    assertEquals(Instant.parse("1987-03-03T09:17:32.300Z"), reut000.byId("reuters-1000").publishedAt());
    // A brief: the title spans a line break, its text is filler, so the title is the body too.
    Article brief = reut000.byId("reuters-30");
    assertEquals("ASSETS OF MONEY MARKET MUTUAL FUNDS ROSE 720.4 MLN DLRS IN LATEST WEEK", brief.title());
    assertEquals(brief.title(), brief.body());
    assertEquals(Instant.parse("1987-02-26T15:41:56.540Z"), brief.publishedAt());
  }

  @Test
  void unprocessedTextsTakeTheirFirstLineAsTitle() {
    Article unprocessed = reut000.byId("reuters-99");
    assertEquals("FEDERAL RESERVE WEEKLY REPORT 1 - FEB 26", unprocessed.title());
    assertTrue(unprocessed.body().startsWith("Two weeks ended Feb 25"), unprocessed.body());
    assertTrue(unprocessed.body().contains("\n Bank borrowings...............680 vs.......425"), "tables keep their lines");
    assertEquals(List.of("usa"), unprocessed.sourceTags().get("places"));
  }

  @Test
  void handmadeSnippetWithMissingTitleAndOtherFaults() {
    Fixtures.Collected got = Fixtures.read(new ReutersSgmlReader(), "malformed/reuters-missing-title.sgm");

    assertEquals(List.of("reuters-501", "reuters-502", "reuters-504"), got.articles.stream().map(Article::id).toList());
    Article wheat = got.articles.get(0);
    assertEquals("U.S. WHEAT <WHT> EXPORTS RISE & PRICES FALL", wheat.title());
    assertEquals("WASHINGTON, March 5 - Wheat exports rose, the arrest of prices\nwas noted, traders said.", wheat.body());
    assertEquals(Instant.parse("1987-03-05T09:12:33.210Z"), wheat.publishedAt());
    assertEquals(Map.of("topics", List.of("grain", "wheat"), "places", List.of("usa"), "people", List.of("reagan")),
        wheat.sourceTags());

    assertEquals("FEDERAL RESERVE WEEKLY REPORT - MARCH 31", got.articles.get(1).title());
    Article brief = got.articles.get(2);
    assertEquals("LONDON BRIEF HEADLINE", brief.title());
    assertEquals("LONDON BRIEF HEADLINE", brief.body());
    assertEquals(Instant.parse("1987-03-27T00:02:59.130Z"), brief.publishedAt()); // wire junk after the time
    assertEquals(Map.of("places", List.of("uk"), "exchanges", List.of("lse")), brief.sourceTags());

    assertEquals(3, got.errors.size());
    assertEquals(new RecordError("malformed/reuters-missing-title.sgm", "record at line 30", 30,
        "<REUTERS> element has no NEWID attribute"), got.errors.get(0));
    assertEquals(new RecordError("malformed/reuters-missing-title.sgm", "record NEWID 506 (line 52)", 52,
        "article has no title and no text (TEXT TYPE=\"UNPROC\")"), got.errors.get(1));
    assertEquals(new RecordError("malformed/reuters-missing-title.sgm", "record NEWID 505 (line 57)", 57,
        "<REUTERS> element is not closed by </REUTERS>"), got.errors.get(2));
  }

  @Test
  void lenientDates() {
    assertEquals(Instant.parse("1987-03-31T00:00:00Z"), ReutersSgmlReader.ReutersDates.parse("31-MAR-1987 605:12:19.12"));
    assertEquals(Instant.parse("1987-04-09T00:00:00Z"),
        ReutersSgmlReader.ReutersDates.parse("9-APR-1987 00:00:00.00    # date added by S Finch as guesswork "));
    assertEquals(Instant.parse("1987-04-07T16:22:00.000Z"), ReutersSgmlReader.ReutersDates.parse(" 7-APR-1987 16:22:00.0"));
    assertEquals(Instant.parse("1987-03-03T09:15:05.400Z"), ReutersSgmlReader.ReutersDates.parse("3-MAR-1987  09:15:05.40"));
    assertNull(ReutersSgmlReader.ReutersDates.parse("no date"));
    assertNull(ReutersSgmlReader.ReutersDates.parse("31-FOO-1987"));
  }

  @Test
  void idsAreStableAcrossReadsAndDistinct() {
    Fixtures.Collected again = Fixtures.read(new ReutersSgmlReader(), "reut2-000.sgm");
    assertEquals(reut000.articles.stream().map(Article::id).toList(), again.articles.stream().map(Article::id).toList());
    assertEquals(reut000.articles.size(), new HashSet<>(again.articles.stream().map(Article::id).toList()).size());
    assertEquals(reut000.articles, again.articles);
  }
}
