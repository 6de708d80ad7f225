package io.facetwire.ops;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

  @Test
  void theServerRunsOnJetty12WithoutJetty11sServerClasses() {
    assertTrue(org.eclipse.jetty.server.Server.getVersion().startsWith("12."), org.eclipse.jetty.server.Server.getVersion());
    assertTrue(org.eclipse.jetty.util.Jetty.VERSION.startsWith("12."), org.eclipse.jetty.util.Jetty.VERSION);
    // Jetty 11's servlet layer (Javalin 6) is gone; Jetty 12's ee10 one is what Javalin 7 hangs in.
    assertThrows(ClassNotFoundException.class, () -> Class.forName("org.eclipse.jetty.servlet.ServletContextHandler"));
    assertDoesNotThrow(() -> Class.forName("org.eclipse.jetty.ee10.servlet.ServletContextHandler"));
  }
}
