package io.facetwire.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.lucene.util.automaton.Operations;
import org.apache.lucene.util.automaton.RegExp;
import org.junit.jupiter.api.Test;

class WordPrefixTest {

  @Test
  void findsValuesByTheStartOfAnyWordInAnyCaseAndAccent() {
    WordPrefix put = WordPrefix.of("  put ");
    assertTrue(put.matches("Vladimir Putin"));
    assertTrue(put.matches("putin"));
    assertFalse(put.matches("Input Output"), "inside a word is not the start of one");
    assertTrue(WordPrefix.of("muller").matches("Thomas Müller"));
    assertTrue(WordPrefix.of("MÜLL").matches("Gerd Muller"));
    assertTrue(WordPrefix.of("d'iv").matches("Côte d'Ivoire"));
    assertNull(WordPrefix.of("   "));
    assertNull(WordPrefix.of(null));
  }

  @Test
  void elasticsearchGetsOnlyTheFirstLettersAndJavaChecksTheRest() {
    WordPrefix longer = WordPrefix.of("vladimir putin");
    assertFalse(longer.patternIsExact());
    assertTrue(longer.matches("Vladimir Putin"));
    assertFalse(longer.matches("Vladimir Zhirinovsky"), "the head 'vladimir' matches, the whole text does not");
    assertTrue(WordPrefix.of("vladimir").patternIsExact());
    assertEquals(WordPrefix.of("a".repeat(8)).pattern(), WordPrefix.of("a".repeat(5000)).pattern());
  }

  @Test
  void everyPatternIsOneLuceneCanDeterminizeWithinElasticsearchsLimit() {
    // The same limit Elasticsearch applies to a terms aggregation's include pattern.
    for (String typed : new String[] {"a".repeat(50), "ab".repeat(25), "ñ".repeat(30), "a a a a a a a a ",
        ".*[(\\", "ÿÿÿÿÿÿÿÿÿÿÿÿ", "\uD83D\uDE00".repeat(10)}) {
      String pattern = WordPrefix.of(typed).pattern();
      Operations.determinize(new RegExp(pattern).toAutomaton(), Operations.DEFAULT_DETERMINIZE_WORK_LIMIT);
    }
  }
}
