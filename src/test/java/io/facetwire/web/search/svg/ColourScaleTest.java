package io.facetwire.web.search.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ColourScaleTest {

  @Test
  void geometricStepsWithRoundBounds() {
    ColourScale scale = ColourScale.upTo(1000);
    assertEquals(List.of("1\u20135", "6\u201320", "21\u201350", "51\u2013300", "301\u20131,000"),
        scale.steps().stream().map(ColourScale.Step::label).toList());
    assertEquals(ColourScale.PALETTE, scale.steps().stream().map(ColourScale.Step::colour).toList());
  }

  @Test
  void everyCountFromOneToMaxHasExactlyOneStepAndDarkerMeansMore() {
    for (long max : new long[] {1, 2, 3, 4, 5, 6, 12, 99, 1000, 123_456, Long.MAX_VALUE / 3}) {
      ColourScale scale = ColourScale.upTo(max);
      List<ColourScale.Step> steps = scale.steps();
      assertEquals(1, steps.get(0).from(), "max " + max);
      assertEquals(max, steps.get(steps.size() - 1).to(), "max " + max);
      assertEquals(Math.min(5, max), steps.size(), "max " + max);
      for (int i = 1; i < steps.size(); i++) {
        assertEquals(steps.get(i - 1).to() + 1, steps.get(i).from(), "contiguous, max " + max);
        assertTrue(steps.get(i).from() <= steps.get(i).to());
        assertTrue(ColourScale.PALETTE.indexOf(steps.get(i).colour())
            > ColourScale.PALETTE.indexOf(steps.get(i - 1).colour()), "darker for more, max " + max);
      }
      assertEquals(-1, scale.stepOf(0));
      assertEquals(ColourScale.NO_DATA, scale.colourOf(0));
      assertEquals(0, scale.stepOf(1));
      assertEquals(steps.size() - 1, scale.stepOf(max));
    }
  }

  @Test
  void boundariesFallInTheRightStep() {
    ColourScale scale = ColourScale.upTo(12);
    assertEquals(List.of("1\u20132", "3", "4\u20135", "6\u201310", "11\u201312"),
        scale.steps().stream().map(ColourScale.Step::label).toList());
    assertEquals(0, scale.stepOf(2));
    assertEquals(1, scale.stepOf(3));
    assertEquals(2, scale.stepOf(4));
    assertEquals(3, scale.stepOf(10));
    assertEquals(4, scale.stepOf(11));
    assertEquals(-1, scale.stepOf(13));
  }

  @Test
  void noCountsNoSteps() {
    assertTrue(ColourScale.upTo(0).steps().isEmpty());
    assertThrows(IllegalArgumentException.class, () -> ColourScale.upTo(-1));
  }
}
