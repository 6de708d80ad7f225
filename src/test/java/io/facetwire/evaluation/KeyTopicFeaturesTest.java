package io.facetwire.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.facetwire.extract.ModelWords;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The key-topic model's features: the extractor's tokens, stemmed as the rules stem them, read back as words. */
class KeyTopicFeaturesTest {

  private static final String TITLE = "U.S. imposes trade sanctions";
  private static final String BODY = "WASHINGTON, April 5 - The United States imposed trade sanctions on Japan in 1987."
      + " Officials said. Sanctioned goods include chips.";

  @Test
  void wordsAreStemmedAndPlacedAsTheRulesReadThem() {
    List<ModelWords.Word> words = ModelWords.of(TITLE, BODY);
    assertEquals(new ModelWords.Word("sanction", ModelWords.Place.TITLE, true), words.get(3));
    assertTrue(words.contains(new ModelWords.Word("sanction", ModelWords.Place.BODY, false)),
        "'Sanctioned' after a full stop: the same stem, in the body (the lead is two sentences), joined to nothing");
    assertTrue(words.stream().noneMatch(w -> w.stem().equals("washington") || w.stem().equals("april")),
        "the dateline says where the story was filed, not what it is about: " + words);
    assertTrue(words.stream().noneMatch(w -> w.stem().contains("1987")), "figures name no topic");
  }

  @Test
  void featuresMarkTheHeadlineAndLeadApartAndKeepBigramsInsideASentence() {
    Map<String, Double> f = KeyTopicFeatures.of(TITLE, BODY);
    assertTrue(f.containsKey("w:sanction"));
    assertTrue(f.containsKey("h:sanction"), "in the headline and the lead");
    assertTrue(f.containsKey("b:trad sanction"), "\"trade sanctions\", stemmed as topics.txt's terms are");
    assertTrue(f.containsKey("w:chip"));
    assertFalse(f.containsKey("h:chip"), "the third sentence is body, not lead");
    assertFalse(f.containsKey("b:1987 official"), "no bigram across a full stop");
    assertFalse(f.containsKey("b:japan official"), "no bigram across a full stop, nor over a left-out figure");
    assertFalse(f.containsKey("b:sanction the"), "the headline's last word and the body's first are no bigram");
    assertFalse(f.containsKey("b:on the"), "two function words say nothing");
    double length = Math.sqrt(f.values().stream().mapToDouble(v -> v * v).sum());
    assertEquals(1.0, length, 1e-9, "one length for every article, whatever its size");
    assertTrue(f.get("w:sanction") > f.get("w:chip"), "three mentions weigh more than one: log(1 + count)");
  }

  @Test
  void anEmptyArticleHasNoFeatures() {
    assertTrue(KeyTopicFeatures.of(null, "").isEmpty());
  }
}
