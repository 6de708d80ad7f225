package io.facetwire.sources.poll;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

  @Test
  void theIntervalDoublesPerFailureUpToADay() {
    Duration fifteen = Duration.ofMinutes(15);
    assertEquals(fifteen, Backoff.after(1, fifteen));
    assertEquals(Duration.ofMinutes(30), Backoff.after(2, fifteen));
    assertEquals(Duration.ofMinutes(120), Backoff.after(4, fifteen));
    assertEquals(Duration.ofHours(24), Backoff.after(12, fifteen));
    assertEquals(Duration.ofHours(24), Backoff.after(1000, fifteen));
  }
}
