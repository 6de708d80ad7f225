package io.facetwire.cli;

import io.facetwire.evaluation.Score;
import io.facetwire.evaluation.TopicScores;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/** Prints one part's per-topic table and the micro figures for the key topics and the others. */
final class TopicReport {

  private final PrintWriter out;

  TopicReport(PrintWriter out) {
    this.out = out;
  }

  void print(String part, TopicScores scores, List<String> defined) {
    out.printf("%n== topics on the %s part%n", part);
    out.printf("   %-38s %9s %7s %7s   %s%n", "topic", "precision", "recall", "F1", "correct/extracted/labelled");
    for (boolean key : new boolean[] {true, false}) {
      for (Map.Entry<String, Score> e : scores.byTopic().entrySet()) {
        if (TopicScores.isKey(e.getKey()) == key) {
          boolean shown = defined.stream().anyMatch(d -> d.equalsIgnoreCase(e.getKey()));
          line(e.getKey() + (shown ? "" : " (not defined)"), e.getValue());
        }
      }
    }
    line("key topics, micro", scores.micro(true, defined));
    line("other topics, micro", scores.micro(false, defined));
    out.println("   (micro figures count the defined topics only)");
  }

  private void line(String label, Score s) {
    out.printf("   %-38s %9.3f %7.3f %7.3f   %d/%d/%d%n", label, s.precision(), s.recall(), s.f1(),
        s.truePositives(), s.extracted(), s.gold());
  }
}
