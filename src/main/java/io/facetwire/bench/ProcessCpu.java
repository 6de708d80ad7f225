package io.facetwire.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time used by a process. On a machine shared with other work, wall-clock rates depend on what
 * else runs; CPU time per article does not, so the benchmark reports both.
 */
final class ProcessCpu {

  /** Linux clock ticks per second (USER_HZ), 100 on every common kernel configuration. */
  private static final long TICKS_PER_SECOND = 100;

  private ProcessCpu() {}

  static long millis(long pid) {
    try {
      return cpuTicks(Files.readString(Path.of("/proc", Long.toString(pid), "stat"))) * 1000 / TICKS_PER_SECOND;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the CPU time of process " + pid, e);
    }
  }

  static long ownMillis() {
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    return os.getProcessCpuTime() / 1_000_000;
  }

  /**
   * CPU time of the JIT compiler threads of a JVM process ("C1 CompilerThre", "C2 CompilerThre" in
   * /proc): while they still work, the process is not warmed up and its CPU per request is inflated.
   */
  static long compilerMillis(long pid) {
    long ticks = 0;
    try (java.util.stream.Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
      for (Path task : (Iterable<Path>) tasks::iterator) {
        String stat;
        try {
          stat = Files.readString(task.resolve("stat"));
        } catch (IOException gone) {
          continue;  // the thread ended between listing and reading
        }
        String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        if (name.contains("CompilerThre")) {
          ticks += cpuTicks(stat);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the threads of process " + pid, e);
    }
    return ticks * 1000 / TICKS_PER_SECOND;
  }

  /** utime + stime of a /proc/…/stat line, in clock ticks. */
  private static long cpuTicks(String stat) {
    // Fields after the command name, which is in parentheses and may contain spaces.
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
  }
}
