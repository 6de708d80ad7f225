package io.facetwire.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Timers found once per tag combination are the registry's own, tagged as before. */
class LatencyTimersTest {

  @Test
  void oneTimerPerTagCombinationRegisteredUnderItsTags() {
    LatencyTimers timers = new LatencyTimers("facetwire.test.latency", "a test", "route", "status");
    Timer search = timers.get("/search", "200");
    assertSame(search, timers.get("/search", "200"));
    assertNotSame(search, timers.get("/search", "500"));
    search.record(3, TimeUnit.MILLISECONDS);
    Timer registered = Meters.registry().get("facetwire.test.latency").tag("route", "/search").tag("status", "200")
        .timer();
    assertSame(registered, search);
    assertEquals(1, registered.count());
    // The same timer Meters.latency gives for these tags: the Prometheus output is unchanged.
    assertSame(Meters.latency("facetwire.test.latency", "a test", "route", "/search", "status", "200"), search);
  }

  @Test
  void theNumberOfTagValuesMustMatchTheKeys() {
    LatencyTimers timers = new LatencyTimers("facetwire.test.latency2", "a test", "api", "outcome");
    assertThrows(IllegalArgumentException.class, () -> timers.get("search"));
  }
}
