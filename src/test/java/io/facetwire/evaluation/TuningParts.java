package io.facetwire.evaluation;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Which label files the tuning aids ({@link TopicErrors}, {@link TopicTuner}, {@link EntityErrors}) may read: the
 * opened parts {@code dev-*}, {@code test-*} and {@code test2-*} up to {@code test<LAST_OPENED>-*} (each scored once,
 * then opened) and, for the topic aids, the earlier sets (bbc, wikinews, seed, holdout-*). Any other {@code test*}
 * file is a held-out part ({@code test48-*} now) that someone else scores once: looking into its errors would tune on
 * it, so it is refused by name before anything is read. Opening the next part is a change of {@link #LAST_OPENED}.
 */
final class TuningParts {

  /** The newest test part that has been scored once and then opened for tuning (test40 since session 43). */
  static final int LAST_OPENED = 47;

  static final List<String> OPEN_TEST_PARTS = Stream.concat(Stream.of("test-"),
      IntStream.rangeClosed(2, LAST_OPENED).mapToObj(n -> "test" + n + "-")).toList();

  private TuningParts() {
  }

  /** The opened parts as a reader sees them: "dev-*, test-*, test2-*, ..., test9-*". */
  static String openedPartsText() {
    return Stream.concat(Stream.of("dev-"), OPEN_TEST_PARTS.stream()).map(p -> p + "*")
        .reduce((a, b) -> a + ", " + b).orElseThrow();
  }

  /**
   * Whether a label file of this name is held out: a test part not yet opened, or a blind set's test half
   * ({@code test-news32.jsonl}: scored once, never looked into, though "test-" is open).
   */
  static boolean isHeldOut(String name) {
    return name.startsWith("test")
        && (OPEN_TEST_PARTS.stream().noneMatch(name::startsWith) || name.startsWith("test-news"));
  }

  /** The file if it may be read; else an exception naming it and why. */
  static Path open(Path labels) {
    String name = labels.getFileName().toString();
    if (isHeldOut(name)) {
      throw new IllegalArgumentException(name + " is a held-out part (only " + openedPartsText() + " and the"
          + " earlier sets are open for tuning): it is scored once by the coordinator, never looked into");
    }
    return labels;
  }

  /** Every label file ({@code *.jsonl}) of the folder, by name: held-out ones too, to be sorted out by {@link #readable}. */
  static List<Path> labelFiles(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
    }
  }

  /** Whether the file may be read; a held-out one is reported on {@code out} ("left out, never read: ...") instead. */
  static boolean readable(Path file, PrintStream out) {
    try {
      open(file);
      return true;
    } catch (IllegalArgumentException heldOut) {
      out.println("left out, never read: " + heldOut.getMessage());
      return false;
    }
  }
}
