package io.facetwire.cli;

import java.nio.file.Path;
import java.util.List;

/**
 * Which part a label file belongs to: {@code dev-*.jsonl} (tuned on), {@code test-*.jsonl} (scored once,
 * never tuned on) and the earlier sets (everything else).
 */
final class LabelParts {

  static final List<String> NAMES = List.of("earlier", "dev", "test");

  private LabelParts() {
  }

  static String of(Path labels) {
    String name = labels.getFileName().toString();
    return name.startsWith("dev-") ? "dev" : name.startsWith("test-") ? "test" : "earlier";
  }
}
