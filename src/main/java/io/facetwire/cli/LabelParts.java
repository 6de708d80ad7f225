package io.facetwire.cli;

import java.nio.file.Path;
import java.util.List;

/**
 * Which part a label file belongs to: {@code dev-*.jsonl} (tuned on), {@code test-*.jsonl} (scored once at
 * the end of its round, then opened for tuning), {@code test2-*.jsonl} (the second held-out part, labelled
 * before the next round of tuning and scored once at its end) and the earlier sets (everything else).
 */
final class LabelParts {

  static final List<String> NAMES = List.of("earlier", "dev", "test", "test2");

  private LabelParts() {
  }

  static String of(Path labels) {
    String name = labels.getFileName().toString();
    if (name.startsWith("dev-")) {
      return "dev";
    }
    if (name.startsWith("test2-")) {
      return "test2";
    }
    return name.startsWith("test-") ? "test" : "earlier";
  }
}
