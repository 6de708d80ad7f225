package io.facetwire.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How long a piece of an answer may wait for its client, as arithmetic (the server's side is in SlowReadersTest). */
class PacedAnswersTest {

  private static final long SECOND = 1_000_000_000L;

  @Test
  void aPieceMayWaitItsSizeAtTheRateAndNeverLessThanTheGrace() {
    assertEquals(10 * SECOND, PacedAnswers.allowedNanos(1, 1024, 10 * SECOND), "a small piece: the grace");
    assertEquals(10 * SECOND, PacedAnswers.allowedNanos(10 * 1024, 1024, 10 * SECOND));
    assertEquals(32 * SECOND, PacedAnswers.allowedNanos(32 * 1024, 1024, 10 * SECOND), "Jetty's whole buffer");
    assertEquals(SECOND / 2, PacedAnswers.allowedNanos(32 * 1024, 64 * 1024, 0));
  }
}
