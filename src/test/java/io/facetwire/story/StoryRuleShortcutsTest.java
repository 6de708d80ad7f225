package io.facetwire.story;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rule's shortcuts (sizes before common words, whole seconds before Instant arithmetic) answer as the full checks. */
class StoryRuleShortcutsTest {

  @Test
  void sizesRuleOutOnlyWhatTheCommonWordsWould() {
    Random random = new Random(1717);
    for (int round = 0; round < 20_000; round++) {
      Set<String> a = words(random, random.nextInt(12));
      Set<String> b = words(random, random.nextInt(12));
      for (double share : new double[] {StoryRule.TITLE_JACCARD, StoryRule.BODY_JACCARD, 0.1, 0.3, 0.6, 0.7, 0.8, 0.9}) {
        assertEquals(StoryWords.jaccard(a, b) >= share, StoryWords.shareAtLeast(a, b, share), a + " / " + b);
      }
    }
  }

  /**
   * At the bound the shortcut divides as jaccard() does: 14 words of 25 at a share of 0.56 is met (14 / 25 == 0.56),
   * though 14 < 0.56 * 25 in floating point. Today's shares (0.5, 0.8) never meet such a case; a share set later might.
   */
  @Test
  void aShareExactlyAtTheBoundIsMet() {
    Set<String> all = new HashSet<>();
    Set<String> some = new HashSet<>();
    for (int i = 0; i < 25; i++) {
      all.add("w" + i);
      if (i < 14) {
        some.add("w" + i);
      }
    }
    assertEquals(true, StoryWords.jaccard(some, all) >= 0.56);
    assertEquals(true, StoryWords.shareAtLeast(some, all, 0.56));
  }

  @Test
  void wholeSecondsDecideAsInstantArithmeticDoes() {
    Instant base = Instant.parse("1987-03-02T10:00:00.500Z");
    for (Duration window : new Duration[] {StoryRule.WINDOW, StoryRule.RESEND_WINDOW, Duration.ofMillis(2_500)}) {
      for (long offsetMillis = -window.toMillis() - 4_000; offsetMillis <= window.toMillis() + 4_000; offsetMillis += 250) {
        if (Math.abs(offsetMillis) > 10_000 && Math.abs(Math.abs(offsetMillis) - window.toMillis()) > 4_000) {
          continue; // far from the window's edge and from zero: covered by the ends of the loop
        }
        Instant other = base.plusMillis(offsetMillis);
        boolean expected = !(offsetMillis >= 0 ? other : base).isAfter((offsetMillis >= 0 ? base : other).plus(window));
        assertEquals(expected, MemberDates.within(member(base), member(other), window), offsetMillis + " ms, " + window);
        assertEquals(expected, MemberDates.within(member(other), member(base), window), offsetMillis + " ms, " + window);
      }
    }
  }

  private static StoryMember member(Instant publishedAt) {
    return new StoryMember("a", null, 0L, "T", "b", publishedAt, null, 0);
  }

  private static Set<String> words(Random random, int n) {
    Set<String> out = new HashSet<>();
    for (int i = 0; i < n; i++) {
      out.add("w" + random.nextInt(15));
    }
    return out;
  }
}
