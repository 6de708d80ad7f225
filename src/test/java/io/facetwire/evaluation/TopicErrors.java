package io.facetwire.evaluation;

import io.facetwire.extract.Explanation;
import io.facetwire.extract.FacetExtractor;
import io.facetwire.extract.TopicExplanation;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * A tuning aid (a program, not a test): for each article of a label set whose topics are wrong, the
 * labelled and extracted topics and the matches behind every wrong one. Reads only the opened parts
 * ({@link TuningParts}: dev-*, test-*, test2-* up to test<LAST_OPENED>-* and the earlier sets); refuses the held-out test48-*.
 * Usage: {@code TopicErrors data-dir labels.jsonl[,more.jsonl] [definitions]}.
 */
public final class TopicErrors {

  public static void main(String[] args) throws Exception {
    run(args, System.out);
  }

  static void run(String[] args, PrintStream out) throws Exception {
    FacetExtractor fx = args.length > 2 ? FacetExtractor.load(Path.of(args[2])) : FacetExtractor.loadDefault();
    List<Path> files = Arrays.stream(args[1].split(",")).map(Path::of).map(TuningParts::open).toList();
    for (Path labels : files) {
      for (LabelledArticle a : new LabelledSets(Path.of(args[0])).load(labels)) {
        print(fx, a, out);
      }
    }
  }

  private static void print(FacetExtractor fx, LabelledArticle a, PrintStream out) {
    Explanation e = fx.explain(a.title(), a.body());
    List<String> got = e.assignedTopics();
    List<String> extra = got.stream().filter(t -> !a.topics().contains(t)).toList();
    List<String> missed = a.topics().stream().filter(t -> !got.contains(t)).toList();
    if (extra.isEmpty() && missed.isEmpty()) {
      return;
    }
    out.printf("%n%s  \"%s\"%n  labelled %s, extracted %s%n", a.name(), a.title(), a.topics(), got);
    for (TopicExplanation t : e.topics()) {
      if (extra.contains(t.topic()) || missed.contains(t.topic())) {
        out.printf("  %s %s: score %.1f/%.1f share %.2f/%.2f %s%n", extra.contains(t.topic()) ? "EXTRA" : "MISSED",
            t.topic(), t.score(), t.threshold(), t.share(), t.minShare(), t.reason());
        for (TopicExplanation.Hit h : t.hits()) {
          out.printf("      %-5s %-28s +%.1f l%d %s%n", h.place(), h.text(), h.added(), h.line(), h.note());
        }
      }
    }
    for (String m : missed) {
      if (e.topics().stream().noneMatch(t -> t.topic().equals(m))) {
        out.printf("  MISSED %s: nothing matched%n", m);
      }
    }
  }
}
