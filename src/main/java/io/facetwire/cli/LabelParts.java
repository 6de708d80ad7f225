package io.facetwire.cli;

import java.nio.file.Path;
import java.util.List;

/**
 * Which part a label file belongs to: {@code dev-*.jsonl} (tuned on), {@code test-*.jsonl} (scored once,
 * then opened for tuning), {@code test2-*.jsonl} (held out: scored, its errors never listed) and the
 * earlier sets (everything else).
 */
final class LabelParts {

  static final List<String> NAMES = List.of("earlier", "dev", "test", "test2");

  /** Parts whose errors are never listed: held out until they are scored. */
  static final List<String> HELD_OUT = List.of("test2");

  private LabelParts() {
  }

  static String of(Path labels) {
    String name = labels.getFileName().toString();
    return name.startsWith("dev-") ? "dev" : name.startsWith("test-") ? "test"
        : name.startsWith("test2-") ? "test2" : "earlier";
  }
}
