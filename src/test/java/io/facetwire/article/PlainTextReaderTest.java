package io.facetwire.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PlainTextReaderTest {

  private final PlainTextReader reader = new PlainTextReader();

  @Test
  void seedArticleTitleIsItsFirstLineAndFlagsFillSourceAndDate() {
    ReadOptions flags = new ReadOptions("RT", Instant.parse("2017-07-30T00:00:00Z"));
    Article a = Fixtures.read(reader, "us-embassy-staff-cut.txt", flags).only();
    assertEquals("The US embassy in Russia will have to cut its staff by 755 people as a result of Washington's"
        + " policies, Russian President Vladimir Putin has said in an exclusive interview with Rossiya 1 TV.", a.title());
    assertTrue(a.body().startsWith("Clarification: Previous copy of the text"), a.body());
    assertTrue(a.body().contains("Vladimir Solovyov"));
    assertEquals("RT", a.source());
    assertEquals(Instant.parse("2017-07-30T00:00:00Z"), a.publishedAt());
    assertNull(a.url());
    assertNull(a.id());
  }

  @Test
  void bbcHeadlineOnFirstLine() throws IOException {
    Fixtures.Collected got = new Fixtures.Collected();
    reader.read(Fixtures.path("bbc/business/001.txt"), new ReadOptions("BBC News", null), got);
    Article a = got.only();
    assertEquals("Ad sales boost Time Warner profit", a.title());
    assertTrue(a.body().startsWith("Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn (£600m)"),
        a.body());
    assertEquals("BBC News", a.source());
    assertNull(a.publishedAt());

    assertEquals("Labour plans maternity pay rise", Fixtures.read(reader, "bbc/politics/001.txt").only().title());
    assertEquals("Ink helps drive democracy in Asia", Fixtures.read(reader, "bbc/tech/001.txt").only().title());
  }

  @Test
  void characterReferencesLeftInTheTextAreDecoded() {
    // As in the BBC set's tech/048.txt: the page's references were saved with the text.
    String text = "EU patent law &amp; the &#163;1m question\n\n"
        + "EC President Jos&#233; Manuel Barroso wrote; S&#227;o Paulo &lt;Reuters&gt;, &#xE9;t&#233; & AT&T.\n";
    Article a = Fixtures.readText(reader, "048.txt", text, new ReadOptions("BBC News", null)).only();
    assertEquals("EU patent law & the \u00a31m question", a.title());
    assertEquals("EC President Jos\u00e9 Manuel Barroso wrote; S\u00e3o Paulo <Reuters>, \u00e9t\u00e9 & AT&T.", a.body());
  }

  @Test
  void frontMatterWinsOverFlags() {
    String text = """
        ---
        title: "A headline from front matter"
        source: Example Times
        date: 2021-03-04 10:30
        url: https://example.org/story
        author: ignored
        ---
        First paragraph.

        Second paragraph.
        """;
    Article a = Fixtures.readText(reader, "story.md", text,
        new ReadOptions("Flag source", Instant.parse("2000-01-01T00:00:00Z"))).only();
    assertEquals("A headline from front matter", a.title());
    assertEquals("First paragraph.\n\nSecond paragraph.", a.body());
    assertEquals("Example Times", a.source());
    assertEquals(Instant.parse("2021-03-04T10:30:00Z"), a.publishedAt());
    assertEquals("https://example.org/story", a.url());
  }

  @Test
  void frontMatterWithoutTitleUsesFirstLineAndFlagsFillTheRest() {
    Article a = Fixtures.readText(reader, "s.txt", "---\nurl: https://example.org/x\n---\n\nHeadline\n\nBody text.\n",
        new ReadOptions("Flag source", Instant.parse("2000-01-01T00:00:00Z"))).only();
    assertEquals("Headline", a.title());
    assertEquals("Body text.", a.body());
    assertEquals("Flag source", a.source());
    assertEquals(Instant.parse("2000-01-01T00:00:00Z"), a.publishedAt());
  }

  @Test
  void oneLineFileIsTitleAndBody() {
    Article a = Fixtures.readText(reader, "one.txt", "\n  Only line here  \n", ReadOptions.NONE).only();
    assertEquals("Only line here", a.title());
    assertEquals("Only line here", a.body());
  }

  @Test
  void lenientDecodingKeepsAStrayLatin1PoundSign() {
    byte[] bytes = {'P', 'r', 'i', 'c', 'e', '\n', 'a', ' ', (byte) 0xA3, '1', '5', ' ', (byte) 0xC2, (byte) 0xA3, '2'};
    Fixtures.Collected got = new Fixtures.Collected();
    try {
      reader.read(new java.io.ByteArrayInputStream(bytes), "mixed.txt", ReadOptions.NONE, got);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    assertEquals("a £15 £2", got.only().body());
  }

  @Test
  void errorsNameTheLineAndReason() {
    Fixtures.Collected bad = Fixtures.readText(reader, "bad.md", "---\ntitle: T\ndate: last tuesday\n---\nBody\n",
        ReadOptions.NONE);
    assertEquals(0, bad.articles.size());
    RecordError e = bad.errors.get(0);
    assertEquals("bad.md", e.file());
    assertEquals(3, e.line());
    assertEquals("line 3", e.location());
    assertTrue(e.reason().startsWith("front matter date: cannot read date \"last tuesday\""), e.reason());

    RecordError unclosed = Fixtures.readText(reader, "u.md", "---\ntitle: T\nBody\n", ReadOptions.NONE).errors.get(0);
    assertEquals(3, unclosed.line());
    assertEquals("front matter line is not \"key: value\": Body", unclosed.reason());

    RecordError neverClosed = Fixtures.readText(reader, "n.md", "---\ntitle: T\n", ReadOptions.NONE).errors.get(0);
    assertEquals(1, neverClosed.line());
    assertTrue(neverClosed.reason().contains("never closed"), neverClosed.reason());

    RecordError empty = Fixtures.readText(reader, "empty.txt", " \n\n", ReadOptions.NONE).errors.get(0);
    assertEquals("no text: the file is empty or holds only front matter", empty.reason());

    RecordError noBody = Fixtures.readText(reader, "nb.md", "---\ntitle: T\n---\n\n", ReadOptions.NONE).errors.get(0);
    assertEquals("no body text after the front matter", noBody.reason());
  }
}
