package io.facetwire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code serve} started the way a user types it, with no heap size: the server runs in a child JVM with
 * {@code -Xmx}, answers as usual, stops gracefully on SIGTERM to the process the user started (which
 * exits only after the child has stopped), and an error's exit code and line come through unchanged.
 */
class ServerRelaunchTest {

  final CliProcesses cli = new CliProcesses();

  @AfterEach
  void stopAll() throws InterruptedException {
    cli.close();
  }

  @Test
  void serveWithoutAHeapRunsInAChildWithOneAndStopsGracefullyWithIt() throws Exception {
    Path data = Files.createTempDirectory("facetwire-heap");
    Path log = data.resolve("serve.log");
    Process launcher = cli.start(log, Map.of("FACETWIRE_HEAP", "384m"), List.of(), "serve", "--no-demo",
        "--host", "127.0.0.1", "--port", Integer.toString(CliProcesses.freePort()), "--data-dir", data.toString());
    CliProcesses.waitForLine(launcher, log, "Facetwire is running");

    List<ProcessHandle> children = launcher.children().toList();
    assertEquals(1, children.size(), "one server JVM under the launcher");
    ProcessHandle server = children.get(0);
    // The JVM's own command line (ProcessHandle.Info leaves the arguments out when the line is long).
    List<String> arguments = List.of(new String(Files.readAllBytes(Path.of("/proc", Long.toString(server.pid()),
        "cmdline")), StandardCharsets.UTF_8).split("\0"));
    assertTrue(arguments.contains("-Xmx384m"), arguments.toString());
    assertTrue(Files.readString(log).contains("Java heap: up to 384 MiB (-Xmx384m, set by serve"),
        Files.readString(log));

    launcher.destroy(); // SIGTERM, as a service manager stops it
    assertTrue(launcher.waitFor(180, TimeUnit.SECONDS), "the launcher exited");
    assertFalse(server.isAlive(), "the server stopped before the launcher exited");
    String out = Files.readString(log, StandardCharsets.UTF_8);
    assertEquals(143, launcher.exitValue(), out);
    assertTrue(out.contains("HTTP server stopped; stopping background jobs and Elasticsearch"), out);
    assertTrue(out.matches("(?s).*Stopped in \\d+ ms.*"), out);
    assertFalse(Files.exists(data.resolve(RunningFacetwire.FILE)), "the server withdrew its running.json");
  }

  @Test
  void theServersExitCodeAndErrorLineComeThroughTheLauncher() throws Exception {
    Path data = Files.createTempDirectory("facetwire-heap-port");
    try (ServerSocket taken = new ServerSocket(0)) {
      Path log = data.resolve("busy.log");
      Process launcher = cli.start(log, Map.of(), List.of(), "serve", "--host", "127.0.0.1",
          "--port", Integer.toString(taken.getLocalPort()), "--data-dir", data.toString());
      assertTrue(launcher.waitFor(120, TimeUnit.SECONDS));
      String out = Files.readString(log, StandardCharsets.UTF_8).strip();
      assertEquals(2, launcher.exitValue(), out);
      assertEquals(1, out.lines().count(), out);
      assertTrue(out.startsWith("facetwire: port " + taken.getLocalPort() + " on 127.0.0.1 cannot be used"), out);
    }
  }

  @Test
  void aWrongHeapSettingIsOneLineBeforeAnythingStarts() throws Exception {
    Path data = Files.createTempDirectory("facetwire-heap-bad");
    Path log = data.resolve("bad.log");
    Process launcher = cli.start(log, Map.of("FACETWIRE_HEAP", "lots"), List.of(), "serve", "--data-dir",
        data.toString());
    assertTrue(launcher.waitFor(60, TimeUnit.SECONDS));
    String out = Files.readString(log, StandardCharsets.UTF_8).strip();
    assertEquals(2, launcher.exitValue(), out);
    assertEquals("facetwire: FACETWIRE_HEAP must be a size such as 2g or 1536m (or 'jvm' for the JVM's default),"
        + " got 'lots'", out);
    assertFalse(Files.exists(data.resolve("elasticsearch")), "no node was started");
  }
}
