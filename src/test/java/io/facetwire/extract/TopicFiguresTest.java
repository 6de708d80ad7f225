package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.facetwire.facet.Facet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The topic matcher spares the look-up of tokens with a digit only while no term starts with one: an admin's
 * term "g7" or "9/11" still matches (no server).
 */
class TopicFiguresTest {

  private static final String SETTINGS = "threshold = 2\nmentions = 2\nshare = 0\ntitle = 3\nlead = 1\n";

  private static List<String> topics(String definitions, String body) {
    return FacetExtractor.withDefinitions(definitions, "test.txt").extract(null, body).values(Facet.TOPIC);
  }

  @Test
  void aTermWithADigitIsStillFound() {
    String defs = SETTINGS + "[summits]\n1 g7\n1 =g20\n";
    assertTrue(TopicDefinitions.parse(defs, "test.txt").digitsInFirstWords());
    assertEquals(List.of("summits"), topics(defs, "The G7 met in May. The G20 met in June."));
    assertEquals(List.of(), topics(defs, "The G8 met in May. The G21 met in June."));
  }

  @Test
  void theBuiltInTermsStartWithNoDigit() {
    assertFalse(TopicDefinitions.loadDefault().digitsInFirstWords(),
        "no built-in term starts with a figure: the matcher skips figures' look-ups");
    String defs = SETTINGS + "[grain]\n1 wheat\n1 tonnes\n";
    assertEquals(List.of("grain"), topics(defs, "Wheat exports rose to 1,234 tonnes. The wheat was sold for 12 dlrs."));
  }
}
