package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Extraction is linear in the text: the work counted by the tokenizer and the country, person and organisation
 * extractors ({@link FacetExtractor#steps}) grows at most in proportion to the text, on texts made to
 * hurt (the issue's repeated names stalled an import: 0.35 s at 100 KB, 5.4 s at 400 KB, a 10 MB
 * article never finished). Nothing is timed: a quadratic step shows as a ratio near 16 between texts
 * of 25 KB and 100 KB, a linear one as about 4.
 */
class ExtractionGrowthTest {

  private static final FacetExtractor FX = FacetExtractor.loadDefault();
  private static final int SMALL = 25_000;
  private static final int LARGE = 4 * SMALL;
  /** Four times the text may cost a little over four times the work (rounding at the ends). */
  private static final double MAX_RATIO = 4.5;

  @Test
  void theIssuesRepeatedNamesGrowLinearly() {
    assertLinear("repeated names", i -> "John Smith met John Adam Brown. ");
  }

  @Test
  void manyDistinctNamesWithOneGivenNameGrowLinearly() {
    // Every mention a new full name starting with "John": the pairwise fold compared them all.
    assertLinear("distinct names", i -> "John " + word(i) + " " + word(i + 7) + " met John " + word(i) + ". ");
  }

  @Test
  void oneEndlessRunOfCapitalisedWordsGrowsLinearly() {
    assertLinear("capitalised run", i -> word(i) + " ");
  }

  @Test
  void countriesTitlesAndSurnamesGrowLinearly() {
    assertLinear("countries and titles",
        i -> "President " + word(i) + " of France met Mr " + word(i + 1) + " in the United States, Germany and Russia. ");
  }

  @Test
  void organisationsAndAcronymsGrowLinearly() {
    assertLinear("organisations", i -> "The " + word(i) + " Trade Association of " + word(i + 3)
        + " Producers (TAP) met Volkswagen AG, the IMF and the Bank of England. TAP and " + word(i) + " Corp said. ");
    assertLinear("capitalised run of organisation words", i -> "Bank Of Council " + word(i) + " ");
  }

  @Test
  void anAmbiguousAcronymRepeatedGrowsLinearly() {
    // "ICE" is the US agency only in an article with one of its context words (organisations.tsv, "ambiguous"):
    // the check read the whole article again at every mention, so "ICE ICE ICE ..." cost the square of its length.
    assertLinear("ambiguous acronym without its context", i -> "Brent futures on ICE rose. ICE ICE " + word(i) + ". ");
    // Its context word only at the very end: a scan that stops where it finds one still reads the whole article.
    long small = FX.steps("A title", text(i -> "ICE " + word(i) + " said. ", SMALL) + " on immigration.");
    long large = FX.steps("A title", text(i -> "ICE " + word(i) + " said. ", LARGE) + " on immigration.");
    assertTrue((double) large / small <= MAX_RATIO, "context at the end: " + small + " then " + large + " steps");
  }

  @Test
  void topicRulesWithContextAnywhereInTheArticleGrowLinearly() {
    // "in article:" looks at the whole story: a head term repeated without (and with) the context it
    // asks for must not rescan the article for every repetition.
    assertLinear("retaliation without sanctions", i -> "Retaliation will not go unanswered, " + word(i) + " said. ");
    assertLinear("expulsions near embassies", i -> "Diplomats were expelled and the embassy cut its staff after "
        + word(i) + " sanctions. ");
  }

  @Test
  void textWithoutSpacesGrowsLinearly() {
    assertLinear("one long word", i -> "abcdefghij");
    assertLinear("dotted capitals", i -> "U.S.A.");
  }

  @Test
  void repeatedNamesStillFoldIntoTheLongestForm() {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 2_000; i++) {
      body.append("George W. Bush arrived. George Bush left. John Smith met John Adam Brown. ");
    }
    assertEquals(List.of("George W. Bush", "John Adam Brown", "John Smith"), FX.extract(null, body.toString()).values(io.facetwire.facet.Facet.PERSON));
  }

  private static void assertLinear(String kind, IntFunction<String> piece) {
    long small = FX.steps("A title", text(piece, SMALL));
    long large = FX.steps("A title", text(piece, LARGE));
    double ratio = (double) large / small;
    assertTrue(small > SMALL / 20, kind + ": the extractors counted almost nothing (" + small + " steps)");
    assertTrue(ratio <= MAX_RATIO, kind + ": " + SMALL + " chars took " + small + " steps, " + LARGE
        + " chars took " + large + " (" + String.format("%.1f", ratio) + " times, at most " + MAX_RATIO + " allowed)");
  }

  static String text(IntFunction<String> piece, int chars) {
    StringBuilder sb = new StringBuilder(chars + 100);
    for (int i = 0; sb.length() < chars; i++) {
      sb.append(piece.apply(i));
    }
    sb.setLength(chars);
    return sb.toString();
  }

  /** A capitalised made-up word for each number: "Bab", "Bac", ... */
  static String word(int n) {
    StringBuilder sb = new StringBuilder("B");
    int v = n;
    do {
      sb.append((char) ('a' + v % 26));
      v /= 26;
    } while (v > 0);
    return sb.append("ov").toString();
  }
}
