package io.facetwire.evaluation;

import java.nio.file.Path;
import java.util.List;

/**
 * Which label files the topic tuning aids ({@link TopicErrors}, {@link TopicTuner}) may read: the opened
 * parts {@code dev-*}, {@code test-*}, {@code test2-*}, {@code test3-*}, {@code test4-*}, {@code test5-*} and {@code test6-*} (each scored once, then opened)
 * and the earlier sets (bbc, wikinews, seed, holdout-*). Any other {@code test*} file is a held-out part
 * ({@code test7-*} now) that someone else scores once: looking into its errors would tune on it, so it is
 * refused by name before anything is read.
 */
final class TuningParts {

  static final List<String> OPEN_TEST_PARTS = List.of("test-", "test2-", "test3-", "test4-", "test5-", "test6-");

  private TuningParts() {
  }

  /** The file if it may be read; else an exception naming it and why. */
  static Path open(Path labels) {
    String name = labels.getFileName().toString();
    boolean testPart = name.startsWith("test");
    if (testPart && OPEN_TEST_PARTS.stream().noneMatch(name::startsWith)) {
      throw new IllegalArgumentException(name + " is a held-out part (only dev-*, test-*, test2-*, test3-*, test4-*, test5-*, test6-* and the"
          + " earlier sets are open for tuning): it is scored once by the coordinator, never looked into");
    }
    return labels;
  }
}
