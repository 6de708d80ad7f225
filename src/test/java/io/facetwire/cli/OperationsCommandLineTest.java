package io.facetwire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What an operator meets, in real processes: a bad setting or a port in use is one line naming it,
 * found before the Elasticsearch node starts (its folder is never created); an import stopped by
 * SIGTERM prints what it stored and what to run again; a standalone import prints no log noise.
 */
class OperationsCommandLineTest {

  final CliProcesses cli = new CliProcesses();

  @AfterEach
  void stopAll() throws InterruptedException {
    cli.close();
  }

  @Test
  void aBadPortIsOneLineNamingTheVariableBeforeTheNodeStarts() throws Exception {
    Path data = Files.createTempDirectory("facetwire-ops");
    String out = runToEnd(data.resolve("abc.log"), Map.of("FACETWIRE_PORT", "abc"), 2,
        "serve", "--data-dir", data.toString());
    assertEquals("facetwire: FACETWIRE_PORT must be a port number (0-65535), got 'abc'", out);
    assertFalse(Files.exists(data.resolve("elasticsearch")), "no node was started");

    String format = runToEnd(data.resolve("format.log"), Map.of(), 2,
        "serve", "--log-format", "xml", "--data-dir", data.toString());
    assertEquals("facetwire: --log-format must be text or json, got 'xml'", format);
    assertFalse(Files.exists(data.resolve("elasticsearch")), "no node was started");

    // The live sources' settings are the server's too (it polls them): once ignored by serve.
    String pollers = runToEnd(data.resolve("pollers.log"), Map.of("FACETWIRE_SOURCES_POLLERS", "lots"), 2,
        "serve", "--data-dir", data.toString());
    assertEquals("facetwire: FACETWIRE_SOURCES_POLLERS must be a number from 1 to 64, got 'lots'", pollers);
    String wait = runToEnd(data.resolve("wait.log"), Map.of("FACETWIRE_SEARCH_WAIT", "0s"), 2,
        "serve", "--data-dir", data.toString());
    assertEquals("facetwire: FACETWIRE_SEARCH_WAIT must be a duration longer than zero such as 500ms, 30s or 2m,"
        + " got '0s'", wait);
    assertFalse(Files.exists(data.resolve("elasticsearch")), "no node was started");
  }

  /** Session 29: the alert deliveries' threads and queue are the server's settings, checked before its node starts. */
  @Test
  void badAlertDeliverySettingsAreOneLineBeforeTheNodeStarts() throws Exception {
    Path data = Files.createTempDirectory("facetwire-ops-alerts");
    String threads = runToEnd(data.resolve("threads.log"), Map.of("FACETWIRE_ALERT_DELIVERY_THREADS", "0"), 2,
        "serve", "--data-dir", data.toString());
    assertEquals("facetwire: FACETWIRE_ALERT_DELIVERY_THREADS must be a whole number from 1 to 64, got '0'", threads);
    String queue = runToEnd(data.resolve("queue.log"), Map.of("FACETWIRE_ALERT_DELIVERY_QUEUE", "many"), 2,
        "serve", "--data-dir", data.toString());
    assertEquals("facetwire: FACETWIRE_ALERT_DELIVERY_QUEUE must be a whole number from 1 to 1000, got 'many'", queue);
    assertFalse(Files.exists(data.resolve("elasticsearch")), "no node was started");
  }

  @Test
  void aPortInUseIsOneLineNamingThePortBeforeTheNodeStarts() throws Exception {
    Path data = Files.createTempDirectory("facetwire-ops-port");
    try (ServerSocket taken = new ServerSocket(0)) {
      String out = runToEnd(data.resolve("busy.log"), Map.of("FACETWIRE_PORT", Integer.toString(taken.getLocalPort())),
          2, "serve", "--host", "127.0.0.1", "--data-dir", data.toString());
      assertEquals(1, out.lines().count(), out);
      assertTrue(out.startsWith("facetwire: port " + taken.getLocalPort() + " on 127.0.0.1 cannot be used"), out);
      assertTrue(out.endsWith("Choose another with FACETWIRE_PORT"), out);
    }
    assertFalse(Files.exists(data.resolve("elasticsearch")), "no node was started");
  }

  @Test
  void anImportStoppedBySigtermSaysWhatItStoredAndWhatToRunAgain() throws Exception {
    Path data = Files.createTempDirectory("facetwire-ops-import");
    Path big = data.resolve("big.jsonl");
    Path later = data.resolve("later.jsonl");
    writeArticles(big, 150_000);
    writeArticles(later, 10);
    Path log = data.resolve("import.log");
    Process p = cli.start(log, Map.of(), "import", "--no-progress", "--data-dir", data.toString(),
        big.toString(), later.toString());
    CliProcesses.waitForLine(p, log, "Elasticsearch ready");
    p.destroy(); // SIGTERM
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the import ended");
    String out = Files.readString(log, StandardCharsets.UTF_8);
    assertEquals(143, p.exitValue(), out);
    assertTrue(out.matches("(?s).*Imported: read \\d+, indexed \\d+, unchanged 0, failed 0.*"), out);
    assertTrue(out.contains("Not finished: " + big + ", " + later), out);
    assertTrue(out.contains("java -jar target/facetwire.jar import " + big + " " + later), out);
    assertFalse(out.contains("Exception"), out);
    // No Elasticsearch INFO lines in a command's output (its logs are at WARN).
    assertFalse(out.contains("INFO"), out);
  }

  private static void writeArticles(Path file, int n) throws IOException {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append("{\"id\":\"").append(file.getFileName()).append('-').append(i)
          .append("\",\"title\":\"Article ").append(i).append("\",\"body\":\"Oil prices in Russia, item ")
          .append(i).append(".\",\"published_at\":\"2020-01-02\"}\n");
    }
    Files.writeString(file, s, StandardCharsets.UTF_8);
  }

  private String runToEnd(Path log, Map<String, String> env, int exitCode, String... args) throws Exception {
    Process p = cli.start(log, env, args);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "still running after 60 s (a setting it should have refused?): "
        + Files.readString(log, StandardCharsets.UTF_8).lines().limit(5).toList());
    String out = Files.readString(log, StandardCharsets.UTF_8).strip();
    assertEquals(exitCode, p.exitValue(), out);
    return out;
  }



}
