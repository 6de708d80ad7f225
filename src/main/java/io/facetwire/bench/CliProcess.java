package io.facetwire.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One Facetwire command as its own process, the way a user runs it ({@code java -jar facetwire.jar
 * import …}): wall time from process start to exit, and its CPU time (read from /proc while it runs).
 */
final class CliProcess {

  /** What a command did: exit code, wall and CPU time, its output. */
  record Outcome(int exitCode, double seconds, long cpuMillis, String output) {

    /** The seconds in the line that starts with {@code prefix} and ends "in N s …", or NaN. */
    double secondsOf(String prefix) {
      Matcher m = Pattern.compile(Pattern.quote(prefix) + ".*? in ([0-9.]+) s").matcher(output);
      return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }
  }

  private CliProcess() {}

  static Outcome run(Path log, List<String> javaOptions, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(javaOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.facetwire.cli.Main"));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile());
    builder.environment().remove("ELASTICSEARCH_URL");
    long t0 = System.nanoTime();
    Process p = builder.start();
    long cpu = 0;
    while (!p.waitFor(50, TimeUnit.MILLISECONDS)) {
      try {
        cpu = ProcessCpu.millis(p.pid());
      } catch (RuntimeException gone) {
        // Exited between the wait and the read: keep the last reading.
      }
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    return new Outcome(p.exitValue(), seconds, cpu, Files.readString(log, StandardCharsets.UTF_8));
  }
}
