package io.facetwire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.facetwire.facet.Facet;
import io.facetwire.facet.FacetCatalog;
import io.facetwire.saved.AlertDeliverySettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Settings: flags win over variables, defaults fill the rest, and a bad value is one message naming it. */
class SettingsTest {

  @Test
  void flagsWinOverVariablesAndDefaultsFillTheRest() {
    Settings env = new Settings(Map.of("FACETWIRE_PORT", "9090", "FACETWIRE_DATA_DIR", "/srv/fw",
        "FACETWIRE_SHUTDOWN_TIMEOUT", "45s"));
    assertEquals(9090, env.port("FACETWIRE_PORT", null, 8080));
    assertEquals(7070, env.port("FACETWIRE_PORT", 7070, 8080));
    assertEquals(8080, new Settings(Map.of()).port("FACETWIRE_PORT", null, 8080));
    assertEquals(Path.of("/srv/fw"), env.path("FACETWIRE_DATA_DIR", null, Path.of("data")));
    assertEquals(Path.of("x"), env.path("FACETWIRE_DATA_DIR", Path.of("x"), Path.of("data")));
    assertEquals(Duration.ofSeconds(45), env.duration("FACETWIRE_SHUTDOWN_TIMEOUT", Duration.ofSeconds(30)));
    assertEquals(Duration.ofMillis(500), Settings.parseDuration("X", "500ms"));
    assertEquals(Duration.ofMinutes(2), Settings.parseDuration("X", "2m"));
    assertNull(new Settings(Map.of("A", "  ")).string("A"), "blank is unset");
  }

  @Test
  void aBadValueIsOneMessageNamingTheVariable() {
    Settings env = new Settings(Map.of("FACETWIRE_PORT", "abc", "P2", "70000", "D", "soon", "B", "maybe"));
    assertEquals("FACETWIRE_PORT must be a port number (0-65535), got 'abc'",
        assertThrows(InvalidSetting.class, () -> env.port("FACETWIRE_PORT", null, 8080)).getMessage());
    assertTrue(assertThrows(InvalidSetting.class, () -> env.port("P2", null, 1)).getMessage().startsWith("P2 "));
    assertTrue(assertThrows(InvalidSetting.class, () -> env.duration("D", Duration.ZERO)).getMessage()
        .startsWith("D must be a duration"));
    assertTrue(assertThrows(InvalidSetting.class, () -> env.bool("B", true)).getMessage()
        .startsWith("B must be true or false"));
  }

  @Test
  void theConfigurationReadsEveryApplicationSettingOnce() {
    FacetwireConfig config = FacetwireConfig.fromEnvironment(Map.of("FACETWIRE_AND_FACETS", "person",
        "FACETWIRE_METRICS_TOKEN", "a-metrics-token-long-enough", "FACETWIRE_PUBLIC_SEARCH", "false"));
    assertEquals("person", config.andFacets());
    assertTrue(Facetwire.andFacets(config.andFacets(), FacetCatalog.standard()).isAnd(Facet.PERSON));
    assertEquals("a-metrics-token-long-enough", config.metricsToken());
    assertEquals(false, config.publicSearch());
    assertTrue(assertThrows(InvalidSetting.class,
        () -> Facetwire.andFacets("colour", FacetCatalog.standard())).getMessage()
        .startsWith("FACETWIRE_AND_FACETS: "));
    assertTrue(assertThrows(InvalidSetting.class,
        () -> FacetwireConfig.fromEnvironment(Map.of("FACETWIRE_METRICS_TOKEN", "short"))).getMessage()
        .startsWith("FACETWIRE_METRICS_TOKEN must be at least"));
  }

  /** Session 29: the webhook delivery threads and queue are settings, bounded, a bad value naming its variable. */
  @Test
  void alertDeliveriesAreReadBoundedAndNamedWhenBad() {
    assertEquals(new AlertDeliverySettings(4, 64), FacetwireConfig.fromEnvironment(Map.of()).alertDeliveries());
    assertEquals(new AlertDeliverySettings(8, 1000), FacetwireConfig.fromEnvironment(Map.of(
        "FACETWIRE_ALERT_DELIVERY_THREADS", "8", "FACETWIRE_ALERT_DELIVERY_QUEUE", "1,000")).alertDeliveries());
    for (Map.Entry<String, String> bad : java.util.List.of(Map.entry("FACETWIRE_ALERT_DELIVERY_THREADS", "0"),
        Map.entry("FACETWIRE_ALERT_DELIVERY_THREADS", "65"), Map.entry("FACETWIRE_ALERT_DELIVERY_QUEUE", "1001"),
        Map.entry("FACETWIRE_ALERT_DELIVERY_QUEUE", "lots"))) {
      String name = bad.getKey();
      var e = assertThrows(InvalidSetting.class, () -> FacetwireConfig.fromEnvironment(Map.of(name, bad.getValue())));
      assertTrue(e.getMessage().startsWith(name + " must be a whole number from 1 to "), e.getMessage());
      assertTrue(e.getMessage().endsWith("got '" + bad.getValue() + "'"), e.getMessage());
    }
  }
}
