package io.facetwire.ops;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * What rides along on the class path: the build's exclusions are easy to lose in a version bump,
 * and nothing else would notice a second JSON library or a second Jetty coming back.
 */
class DependencyHygieneTest {

  @Test
  void noJackson3NextToJackson2() {
    // The Elasticsearch client lists Jackson 3 for an optional mapper; we map with Jackson 2.
    assertThrows(ClassNotFoundException.class, () -> Class.forName("tools.jackson.databind.ObjectMapper"));
    assertThrows(ClassNotFoundException.class, () -> Class.forName("tools.jackson.core.JsonParser"));
  }
}
