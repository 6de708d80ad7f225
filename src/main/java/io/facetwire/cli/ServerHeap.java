package io.facetwire.cli;

import io.facetwire.InvalidSetting;
import io.facetwire.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The heap of a {@code serve} process whose {@code java} command sets none.
 *
 * <p>Without {@code -Xmx} the JVM allows a quarter of the machine's memory and G1 grows the heap
 * towards it rather than collect: a server importing a million articles on a 24 GB machine reached
 * 7.15 GB resident. A jar cannot set its own heap once its JVM runs, so {@code serve} starts the server
 * again as a child JVM with {@code -Xmx} (what Elasticsearch's own launcher does for its server JVM):
 * {@code FACETWIRE_HEAP} when set, else {@value #DEFAULT_MIB} MiB, at most a quarter of the memory.
 * A heap the user gave ({@code -Xmx}, {@code -XX:MaxHeapSize}, {@code -XX:MaxRAMPercentage}…) is
 * kept and nothing is relaunched; {@code FACETWIRE_HEAP=jvm} keeps the JVM's own default.
 */
final class ServerHeap {

  /** The heap's size, or {@value #JVM_DEFAULT} for the JVM's own maximum. */
  static final String SETTING = "FACETWIRE_HEAP";
  static final String JVM_DEFAULT = "jvm";
  /** 1 GiB of heap kept the server at 1.2–1.4 GB resident with 108k articles (docs/benchmarks.md). */
  static final long DEFAULT_MIB = 1024;
  private static final long MIN_MIB = 256;
  private static final Pattern SIZE = Pattern.compile("(\\d+)([kmgKMG]?)");
  /** JVM options by which a user sets the maximum heap (then this class leaves it alone). */
  private static final List<String> HEAP_OPTIONS = List.of("-Xmx", "-XX:MaxHeapSize=", "-XX:MaxRAM=",
      "-XX:MaxRAMPercentage=", "-XX:MaxRAMFraction=");

  private ServerHeap() {}

  /**
   * The {@code -Xmx} value a server started with {@code jvmOptions} should be relaunched with, or null
   * to run in this JVM as it is.
   *
   * @param physicalMib the machine's memory in MiB (the cap: a quarter of it, as the JVM's own default)
   * @throws InvalidSetting when {@code FACETWIRE_HEAP} is not a size
   */
  static String relaunchHeap(List<String> jvmOptions, Settings env, long physicalMib) {
    String given = env.string(SETTING);
    if (given != null && given.strip().equalsIgnoreCase(JVM_DEFAULT)) {
      return null;
    }
    if (userSetHeap(jvmOptions)) {
      return null;
    }
    if (given != null && !given.isBlank()) {
      long mib = mebibytes(given.strip());
      if (mib < MIN_MIB) {
        throw new InvalidSetting(SETTING + " must be at least " + MIN_MIB + "m, got '" + given + "'");
      }
      return mib + "m";
    }
    long quarter = physicalMib / 4;
    return Math.max(MIN_MIB, Math.min(DEFAULT_MIB, quarter)) + "m";
  }

  static boolean userSetHeap(List<String> jvmOptions) {
    return jvmOptions.stream().anyMatch(o -> HEAP_OPTIONS.stream().anyMatch(o::startsWith));
  }

  /** A size as {@code -Xmx} takes it (2g, 1536m, 1048576k, bytes) in MiB. */
  static long mebibytes(String size) {
    Matcher m = SIZE.matcher(size);
    if (!m.matches()) {
      throw new InvalidSetting(SETTING + " must be a size such as 2g or 1536m (or '" + JVM_DEFAULT
          + "' for the JVM's default), got '" + size + "'");
    }
    long n;
    try {
      n = Long.parseLong(m.group(1));
    } catch (NumberFormatException e) {
      throw new InvalidSetting(SETTING + " is too large: '" + size + "'");
    }
    return switch (m.group(2).toLowerCase(Locale.ROOT)) {
      case "g" -> n * 1024;
      case "m" -> n;
      case "k" -> n / 1024;
      default -> n / (1024 * 1024);
    };
  }

  /**
   * The child's command: this JVM's own options (those from {@code JDK_JAVA_OPTIONS} and
   * {@code JAVA_TOOL_OPTIONS} among them, which is why the child's environment drops those two),
   * then the heap, the class path, the main class and the same arguments.
   */
  static List<String> childCommand(String java, List<String> jvmOptions, String heap, String classPath,
      String mainClass, String[] args) {
    List<String> command = new ArrayList<>();
    command.add(java);
    command.addAll(jvmOptions);
    command.add("-Xmx" + heap);
    command.add("-cp");
    command.add(classPath);
    command.add(mainClass);
    command.addAll(List.of(args));
    return command;
  }
}
