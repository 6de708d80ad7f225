package io.facetwire.cli;

import java.nio.file.Path;
import java.util.List;

/**
 * Which part a label file belongs to: {@code dev-*.jsonl} (tuned on), {@code test-*.jsonl} (scored once at
 * the end of its round, then opened for tuning), {@code test2-*.jsonl} (the second
 * held-out part: scored once in session 4, then opened), {@code test3-*.jsonl} (the third, labelled before
 * session 5's tuning was scored, and scored once at its end) and the earlier sets (everything else).
 */
final class LabelParts {

  static final List<String> NAMES = List.of("earlier", "dev", "test", "test2", "test3");

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
    if (name.startsWith("test3-")) {
      return "test3";
    }
    return name.startsWith("test-") ? "test" : "earlier";
  }
}
