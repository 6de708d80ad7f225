package io.facetwire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The limit settings read from the environment, and one line naming the variable when unusable. */
class FacetwireConfigLimitsTest {

  @Test
  void defaultsAreTheDocumentedOnes() {
    FacetwireConfig.Limits l = FacetwireConfig.fromEnvironment(Map.of()).limits();
    assertEquals(32L << 20, l.importBody());
    assertEquals(1L << 20, l.extractBody());
    assertEquals(64L << 10, l.otherBody());
    assertEquals(1_000_000, l.articleChars());
    assertEquals(Duration.ofSeconds(5), l.searchTimeout());
    assertEquals(Duration.ofSeconds(60), l.exportTimeout());
    assertEquals(1, l.expensivePerAddress());
    assertEquals(2, l.expensiveTotal());
  }

  @Test
  void sizesDurationsAndCountsAreRead() {
    FacetwireConfig.Limits l = FacetwireConfig.fromEnvironment(Map.of(
        "FACETWIRE_MAX_IMPORT_BODY", "100m", "FACETWIRE_MAX_EXTRACT_BODY", "512kb", "FACETWIRE_MAX_BODY", "2048",
        "FACETWIRE_MAX_ARTICLE_CHARS", "2000000", "FACETWIRE_SEARCH_TIMEOUT", "1500ms",
        "FACETWIRE_EXPORT_TIMEOUT", "2m", "FACETWIRE_EXPENSIVE_PER_ADDRESS", "2", "FACETWIRE_EXPENSIVE_TOTAL", "4")).limits();
    assertEquals(100L << 20, l.importBody());
    assertEquals(512L << 10, l.extractBody());
    assertEquals(2048, l.otherBody());
    assertEquals(2_000_000, l.articleChars());
    assertEquals(Duration.ofMillis(1500), l.searchTimeout());
    assertEquals(Duration.ofMinutes(2), l.exportTimeout());
    assertEquals(2, l.expensivePerAddress());
    assertEquals(4, l.expensiveTotal());
  }

  @Test
  void searchAdmissionIsReadFromTheEnvironment() {
    FacetwireConfig.Limits l = FacetwireConfig.fromEnvironment(Map.of("FACETWIRE_SEARCHES_PER_ADDRESS", "3",
        "FACETWIRE_SEARCHES_TOTAL", "9", "FACETWIRE_SEARCH_WAIT", "750ms")).limits();
    assertEquals(3, l.searchesPerAddress());
    assertEquals(9, l.searchesTotal());
    assertEquals(Duration.ofMillis(750), l.searchWait());
  }

  @Test
  void anUnusableValueNamesItsVariable() {
    for (Map.Entry<String, String> bad : Map.of("FACETWIRE_MAX_IMPORT_BODY", "lots", "FACETWIRE_SEARCH_TIMEOUT", "0s",
        "FACETWIRE_EXPENSIVE_TOTAL", "0", "FACETWIRE_MAX_ARTICLE_CHARS", "10", "FACETWIRE_SEARCHES_PER_ADDRESS", "none",
        "FACETWIRE_SEARCHES_TOTAL", "0", "FACETWIRE_SEARCH_WAIT", "soon").entrySet()) {
      var e = assertThrows(InvalidSetting.class,
          () -> FacetwireConfig.fromEnvironment(Map.of(bad.getKey(), bad.getValue())));
      assertTrue(e.getMessage().startsWith(bad.getKey()), e.getMessage());
    }
  }
}
