package io.facetwire.cli;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which part a label file belongs to: {@code dev-*.jsonl} (tuned on), {@code test-*.jsonl} (scored once at
 * the end of its round, then opened for tuning), {@code test2-*.jsonl} (the second
 * held-out part: scored once in session 4, then opened), {@code test3-*.jsonl} (the third, labelled before
 * session 5's tuning was scored, and scored once at its end), {@code test4-*.jsonl} (the fourth, the same way
 * in session 6) and the earlier sets (everything else). Any later {@code testN-*.jsonl} is its own part
 * {@code testN}, never "earlier": a new held-out part must not slip into the default {@code all} score.
 */
final class LabelParts {

  /** Parts in the order they are reported: the earlier sets, dev, test, then test2, test3, ... by number. */
  static final Comparator<String> ORDER = Comparator.comparingInt(LabelParts::rank);

  private static final Pattern NUMBERED_TEST = Pattern.compile("test([2-9]|[1-9][0-9]+)-");

  private LabelParts() {
  }

  static String of(Path labels) {
    String name = labels.getFileName().toString();
    if (name.startsWith("dev-")) {
      return "dev";
    }
    Matcher numbered = NUMBERED_TEST.matcher(name);
    if (numbered.lookingAt()) {
      return "test" + numbered.group(1);
    }
    return name.startsWith("test-") ? "test" : "earlier";
  }

  private static int rank(String part) {
    return switch (part) {
      case "earlier" -> 0;
      case "dev" -> 1;
      case "test" -> 2;
      default -> 1 + Integer.parseInt(part.substring("test".length()));
    };
  }
}
