package io.facetwire.evaluation;

import io.facetwire.extract.FacetExtractor;
import io.facetwire.facet.Facet;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A tuning aid (a program, not a test): what an edit of the definitions changes on labelled parts, so a change
 * made on one part's errors can be checked on the parts it was not made on. For each label file (only the
 * opened parts, {@link TuningParts}), every article whose topics differ between the two definition files, each
 * changed tag marked right or wrong by the labels, then per topic correct/extracted/labelled before and after.
 * Usage: {@code TopicDiff data-dir labels.jsonl[,more.jsonl] before-definitions after-definitions}.
 */
public final class TopicDiff {

  public static void main(String[] args) throws Exception {
    run(args, System.out);
  }

  static void run(String[] args, PrintStream out) throws Exception {
    List<Path> files = Arrays.stream(args[1].split(",")).map(Path::of).map(TuningParts::open).toList();
    FacetExtractor before = FacetExtractor.load(Path.of(args[2]));
    FacetExtractor after = FacetExtractor.load(Path.of(args[3]));
    for (Path labels : files) {
      Map<String, int[]> counts = new TreeMap<>();
      for (LabelledArticle a : new LabelledSets(Path.of(args[0])).load(labels)) {
        List<String> was = before.extract(a.title(), a.body(), a.source()).values(Facet.TOPIC);
        List<String> now = after.extract(a.title(), a.body(), a.source()).values(Facet.TOPIC);
        tally(counts, a.topics(), was, 0);
        tally(counts, a.topics(), now, 3);
        if (!was.equals(now)) {
          out.printf("%s  \"%s\"%n  labelled %s%n", a.name(), a.title(), a.topics());
          for (String t : changed(was, now)) {
            out.printf("    %s %s (%s)%n", now.contains(t) ? "+" : "-", t, a.topics().contains(t) ? "right" : "wrong");
          }
        }
      }
      out.printf("== %s: correct/extracted/labelled, before -> after (changed topics only)%n", labels.getFileName());
      counts.forEach((topic, c) -> {
        if (c[0] != c[3] || c[1] != c[4]) {
          out.printf("   %-24s %d/%d/%d -> %d/%d/%d%n", topic, c[0], c[1], c[2], c[3], c[4], c[5]);
        }
      });
    }
  }

  private static List<String> changed(List<String> was, List<String> now) {
    Set<String> all = new LinkedHashSet<>(was);
    all.addAll(now);
    List<String> out = new ArrayList<>();
    for (String t : all) {
      if (was.contains(t) != now.contains(t)) {
        out.add(t);
      }
    }
    return out;
  }

  /** Per topic: [correct, extracted, labelled] at {@code at} (0: before, 3: after). */
  private static void tally(Map<String, int[]> counts, List<String> gold, List<String> got, int at) {
    for (String t : got) {
      int[] c = counts.computeIfAbsent(t, k -> new int[6]);
      c[at + 1]++;
      if (gold.contains(t)) {
        c[at]++;
      }
    }
    for (String t : gold) {
      counts.computeIfAbsent(t, k -> new int[6])[at + 2]++;
    }
  }
}
