package io.facetwire.web.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The pace a request body must keep, as arithmetic (the server's side is in RequestEntryTest). */
class PacedBodiesTest {

  private static final long SECOND = 1_000_000_000L;

  @Test
  void withinTheGraceAnyPaceWillDo() {
    assertTrue(PacedBodies.keepsPace(0, 9 * SECOND, 1024, 10 * SECOND));
    assertTrue(PacedBodies.keepsPace(1, 10 * SECOND, 1024, 10 * SECOND));
  }

  @Test
  void afterTheGraceTheAverageOverTheWaitingMustReachTheRate() {
    assertFalse(PacedBodies.keepsPace(11, 11 * SECOND, 1024, 10 * SECOND), "a byte a second");
    assertFalse(PacedBodies.keepsPace(11 * 1024 - 1, 11 * SECOND, 1024, 10 * SECOND));
    assertTrue(PacedBodies.keepsPace(11 * 1024, 11 * SECOND, 1024, 10 * SECOND));
    assertTrue(PacedBodies.keepsPace(1 << 20, 60 * SECOND, 1024, 10 * SECOND), "1 MB in a minute");
  }
}
