package io.facetwire.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

  @Test
  void aWaitForMoreBytesEndsWhereThePaceWouldBreak() {
    // Nothing yet: the grace.
    assertEquals(10 * SECOND + 1, PacedBodies.nanosUntilPaceBreaks(0, 0, 1024, 10 * SECOND));
    assertEquals(4 * SECOND + 1, PacedBodies.nanosUntilPaceBreaks(100, 6 * SECOND, 1024, 10 * SECOND));
    // 60 KB pay for 60 s of waiting; 45 s waited leaves 15 s.
    assertEquals(15 * SECOND + 1, PacedBodies.nanosUntilPaceBreaks(60 * 1024, 45 * SECOND, 1024, 10 * SECOND));
    // Past the deadline already (a read will judge it): at once.
    assertEquals(1, PacedBodies.nanosUntilPaceBreaks(11, 11 * SECOND, 1024, 10 * SECOND));
    // Where the deadline falls, the read's own rule agrees: just before it the pace holds, just after it breaks.
    long bytes = 30 * 1024;
    long waited = 12 * SECOND;
    long left = PacedBodies.nanosUntilPaceBreaks(bytes, waited, 1024, 10 * SECOND);
    assertTrue(PacedBodies.keepsPace(bytes, waited + left - 2, 1024, 10 * SECOND));
    assertFalse(PacedBodies.keepsPace(bytes, waited + left, 1024, 10 * SECOND));
    // A huge body never overflows.
    assertTrue(PacedBodies.nanosUntilPaceBreaks(Long.MAX_VALUE, 0, 1, 10 * SECOND) > 0);
  }
}
