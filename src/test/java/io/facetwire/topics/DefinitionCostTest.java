package io.facetwire.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.facetwire.article.Article;
import io.facetwire.extract.FacetExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A valid definition that would make extraction hundreds of times more work is refused; the shipped definitions, or
 * one as costly as them, are not. No server: the sample is the first article, in copies.
 */
class DefinitionCostTest {

  /** Session 17's attack: one rule of 3,000 clauses on words every sentence holds, 42 KB. */
  static String costlyRule(String topic) {
    StringBuilder b = new StringBuilder("[" + topic + "]\n1  the");
    for (int i = 0; i < 3000; i++) {
      b.append(" near 1000: of");
    }
    return b.append('\n').toString();
  }

  @Test
  void aDefinitionHundredsOfTimesCostlierIsRefusedWithItsFigures() throws IOException {
    String shipped = shipped();
    FacetExtractor inUse = FacetExtractor.withDefinitions(shipped, "topics.txt");
    FacetExtractor costly = FacetExtractor.withDefinitions(shipped + "\n" + costlyRule("costly"), "edited");
    DefinitionCost.Verdict v = DefinitionCost.measure(inUse, costly, sample());
    assertTrue(v.tooCostly(), v.reason());
    assertTrue(v.candidateSteps() > DefinitionCost.FACTOR * v.currentSteps(), v.reason());
    assertTrue(v.candidateSteps() > DefinitionCost.FLOOR_STEPS, v.reason());
    assertTrue(v.reason().startsWith("this definition would cost about "), v.reason());
    assertTrue(v.reason().contains("measured on the index's 20 newest articles"), v.reason());
  }

  @Test
  void definitionsAsCostlyAsTodaysAreKept() throws IOException {
    String shipped = shipped();
    FacetExtractor inUse = FacetExtractor.withDefinitions(shipped, "topics.txt");
    FacetExtractor same = FacetExtractor.withDefinitions(shipped + "\n[extra]\n3  football near 5: match\n", "edited");
    DefinitionCost.Verdict v = DefinitionCost.measure(inUse, same, sample());
    assertFalse(v.tooCostly(), v.reason());
    assertTrue(v.currentSteps() > 0 && v.candidateSteps() >= v.currentSteps(), v.reason());
    assertFalse(DefinitionCost.measure(inUse, inUse, sample()).tooCostly());
  }

  @Test
  void anEmptyIndexRefusesNothing() throws IOException {
    FacetExtractor inUse = FacetExtractor.withDefinitions(shipped(), "topics.txt");
    DefinitionCost.Verdict v = DefinitionCost.measure(inUse, inUse, List.of());
    assertFalse(v.tooCostly());
    assertEquals(0, v.articles());
  }

  private static String shipped() throws IOException {
    return read("/io/facetwire/extract/topics.txt");
  }

  private static List<Article> sample() throws IOException {
    String text = read("/demo/us-embassy-staff-cut.txt");
    int nl = text.indexOf('\n');
    List<Article> texts = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      texts.add(Article.fromInput(null, null, text.substring(0, nl), text.substring(nl + 1), "RT", null, Map.of()));
    }
    return texts;
  }

  private static String read(String resource) throws IOException {
    try (InputStream in = DefinitionCostTest.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
