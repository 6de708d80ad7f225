package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What a page or an API answer lists of the evidence: the first mentions and matches, with the totals kept. */
class ExplanationLimitTest {

  private static final FacetExtractor FX = FacetExtractor.loadDefault();

  @Test
  void aTextNamingAValueThousandsOfTimesListsTheFirstMentionsAndKeepsTheCount() {
    String text = "Vladimir Putin said Russia would answer the new US sanctions. ".repeat(300);
    Explanation all = FX.explain("Putin answers sanctions", text);
    Explanation shown = all.limited(Explanation.SHOWN);

    Explanation.ValueEvidence putin = value(all, "Vladimir Putin");
    Explanation.ValueEvidence putinShown = value(shown, "Vladimir Putin");
    assertTrue(putin.mentions().size() > Explanation.SHOWN, "the full evidence: " + putin.mentions().size());
    assertEquals(Explanation.SHOWN, putinShown.mentions().size());
    assertEquals(putin.mentions().size(), putinShown.mentionCount());
    assertEquals(putin.mentions().subList(0, Explanation.SHOWN), putinShown.mentions(), "the first ones, in order");

    TopicExplanation sanctions = topic(all, "sanctions");
    TopicExplanation sanctionsShown = topic(shown, "sanctions");
    assertTrue(sanctions.hits().size() > Explanation.SHOWN);
    assertEquals(Explanation.SHOWN, sanctionsShown.hits().size());
    assertEquals(sanctions.hits().size(), sanctionsShown.hitCount());
    assertEquals(sanctions.score(), sanctionsShown.score(), "the verdict is the full one's");
    assertEquals(all.assignedTopics(), shown.assignedTopics());
  }

  @Test
  void aShortTextIsListedWhole() {
    Explanation all = FX.explain("Putin answers sanctions", "Vladimir Putin said Russia would answer the new US sanctions.");
    Explanation shown = all.limited(Explanation.SHOWN);
    assertEquals(all, shown);
    Explanation.ValueEvidence putin = value(shown, "Vladimir Putin");
    assertSame(value(all, "Vladimir Putin"), putin);
    assertEquals(putin.mentions().size(), putin.mentionCount());
  }

  private static Explanation.ValueEvidence value(Explanation e, String name) {
    return e.persons().stream().filter(v -> v.value().equals(name)).findFirst().orElseThrow(() -> new AssertionError(e.persons()));
  }

  private static TopicExplanation topic(Explanation e, String name) {
    return e.topics().stream().filter(t -> t.topic().equals(name)).findFirst().orElseThrow(() -> new AssertionError(e.topics()));
  }
}
