package io.facetwire.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Facetwire commands as separate processes, the way a user runs them; stopped at the end of a test. */
final class CliProcesses implements AutoCloseable {

  record Result(int exitCode, String output) {}

  private final List<Process> processes = new ArrayList<>();

  Process start(Path log, Map<String, String> env, String... args) throws IOException {
    return start(log, env, List.of("-Xmx512m"), args);
  }

  /** With these JVM options only: none means no heap size, as a user who types {@code java -jar} runs it. */
  Process start(Path log, Map<String, String> env, List<String> jvmOptions, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", applicationClasspath(), Main.class.getName()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    // The developer's own settings never leak into a test's process; the test's env says what it wants.
    builder.environment().remove("ELASTICSEARCH_URL");
    builder.environment().keySet().removeIf(k -> k.startsWith("FACETWIRE_"));
    // Nor does a server the developer runs meanwhile (README's first command, on 8080): a command that would bind the
    // default port binds a free one instead, unless the test's env or a --port says otherwise (session 33: with the
    // README's server up, the settings checks of `serve` answered "port 8080 ... cannot be used" first).
    builder.environment().put("FACETWIRE_PORT", "0");
    builder.environment().putAll(env);
    Process p = builder.start();
    processes.add(p);
    return p;
  }

  Process start(Path log, String... args) throws IOException {
    return start(log, Map.of(), args);
  }

  Result run(Path log, String... args) throws Exception {
    return run(log, Map.of(), args);
  }

  Result run(Path log, Map<String, String> env, String... args) throws Exception {
    Process p = start(log, env, args);
    assertTrue(p.waitFor(180, TimeUnit.SECONDS), "command finished: " + String.join(" ", args));
    return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }

  /** Three minutes at most: on a loaded machine the node and the demo import are slow. */
  static void waitForLine(Process p, Path log, String line) throws Exception {
    for (int i = 0; i < 1800; i++) {
      String text = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
      if (text.contains(line)) {
        return;
      }
      if (!p.isAlive()) {
        throw new AssertionError("process exited before \"" + line + "\": " + text);
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no \"" + line + "\" in: " + Files.readString(log));
  }

  /** The test classpath without the browser-test libraries (see CommandLineEndToEndTest). */
  private static String applicationClasspath() {
    String full = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    return java.util.Arrays.stream(full.split(File.pathSeparator))
        .filter(entry -> !entry.contains("seleniumhq") && !entry.contains("opentelemetry-sdk")
            && !entry.contains("opentelemetry-exporter") && !entry.contains("webjars"))
        .collect(java.util.stream.Collectors.joining(File.pathSeparator));
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  @Override
  public void close() throws InterruptedException {
    for (Process p : processes) {
      p.destroy();
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      }
    }
  }
}
