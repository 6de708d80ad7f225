package io.facetwire.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.facetwire.FacetwireConfig;
import io.facetwire.support.HeldExpensivePlace;
import io.facetwire.support.Http;
import io.facetwire.support.ServerExtension;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Session 27: {@code /api/extract} bodies of at most 64 KB took no place of any kind, so one address ran as many at
 * once as it had threads (16): on the served jar sixteen 63 KB extractions at once from one address kept both cores
 * busy and a search from another address took 0.215 s at the median instead of 0.031 s (0.080 s with four at once).
 * Every extraction now takes a search place, so an address runs as many at once as it may run searches.
 */
class ExtractAdmissionTest {

  // One search at a time per address, so the test's one held request is all its address may run.
  @RegisterExtension
  static final ServerExtension server = ServerExtension.with(config -> config.withLimits(FacetwireConfig.Limits
      .defaults().withSearches(1, 32, Duration.ofSeconds(5)).withBodyPace(1024, Duration.ofMinutes(1))));
  static final Http http = server.http();

  @Test
  void aSmallExtractionTakesAPlaceAsASearchDoes() throws Exception {
    String small = "{\"title\": \"t\", \"body\": \"Vladimir Putin met Angela Merkel in Berlin.\"}";
    assertEquals(200, http.post("/api/extract", "application/json", small).status());
    try (HeldExpensivePlace held = HeldExpensivePlace.hold(http)) {
      Http.Response refused = http.post("/api/extract", "application/json", small);
      assertEquals(429, refused.status(), "a small extraction beside the address's one running request: " + refused.body());
      assertTrue(refused.body().contains("searches running at once"), refused.body());
    }
    HeldExpensivePlace.await(() -> http.post("/api/extract", "application/json", small).status(), 200, 15,
        "the place never came back");
  }
}
