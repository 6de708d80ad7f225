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
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      // Fields after the command name, which is in parentheses and may contain spaces.
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);  // utime + stime
      return ticks * 1000 / TICKS_PER_SECOND;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the CPU time of process " + pid, e);
    }
  }

  static long ownMillis() {
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    return os.getProcessCpuTime() / 1_000_000;
  }
}
