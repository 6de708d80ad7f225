package io.facetwire.cli;

import java.util.List;

/**
 * The floor of the server JVM's young generation: a quarter of its heap ({@code -XX:NewSize}).
 *
 * <p>Why: an import keeps some thousands of articles alive for a few seconds between reading and the
 * node's answer (a batch being read, two waiting, one being grouped, two bulk requests in flight). G1
 * sizes its young generation by its pause goal, and on a busy two-core machine it shrank it to its floor
 * of 5 % (eden 17–46 MB of a 1 GiB heap, 143 young collections during one Reuters import): nearly every
 * article in flight was copied through the survivor spaces into the old generation, which filled to
 * 700 MB of garbage that later collections had to copy again. With a floor a young collection comes
 * once per few hundred MB allocated, by when most of those articles have been written and died young.
 * Only the floor is set: G1 still grows the young generation up to its own maximum, and the pause goal
 * still governs everything above the floor. (docs/benchmarks.md, session 10, has the figures.)
 *
 * <p>A user who chose a collector or a young size keeps it: then nothing is added.
 */
public final class ServerYoungGeneration {

  /** JVM options by which a user sizes the young generation or picks another collector. */
  private static final List<String> USER_OPTIONS = List.of("-Xmn", "-XX:NewSize=", "-XX:MaxNewSize=",
      "-XX:NewRatio=", "-XX:G1NewSizePercent=", "-XX:+UseParallelGC", "-XX:+UseSerialGC", "-XX:+UseZGC",
      "-XX:+UseShenandoahGC", "-XX:+UseEpsilonGC");

  private ServerYoungGeneration() {}

  /**
   * The options to add to a server JVM started with {@code jvmOptions} and a heap of {@code heapMib}
   * MiB: {@code -XX:NewSize} of a quarter of the heap, or nothing when the user set the young size or
   * a collector.
   */
  public static List<String> options(List<String> jvmOptions, long heapMib) {
    boolean userChose = jvmOptions.stream().anyMatch(o -> USER_OPTIONS.stream().anyMatch(o::startsWith));
    return userChose || heapMib <= 0 ? List.of() : List.of("-XX:NewSize=" + heapMib / 4 + "m");
  }

  /** As above for a heap written as {@code -Xmx} takes it ("1g", "1536m"), with no other options. */
  public static List<String> forHeap(String heap) {
    return options(List.of(), ServerHeap.mebibytes(heap));
  }
}
