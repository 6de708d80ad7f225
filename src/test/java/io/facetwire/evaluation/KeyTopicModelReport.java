package io.facetwire.evaluation;

import io.facetwire.evaluation.KeyTopicModelExperiment.Row;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The figures of {@link KeyTopicModelExperiment}: right / tagged / labelled per system, per part and pooled, and a
 * bootstrap over articles of the pooled F1 and of each system's F1 less the rules' at scoring (the honest baseline).
 */
final class KeyTopicModelReport {

  /** A system's verdict on one article and key topic; null where it cannot be told (no rules of that time). */
  interface System {
    Boolean tags(Row r, int k);
  }

  static final Map<String, System> SYSTEMS = new LinkedHashMap<>();

  static {
    SYSTEMS.put("rules at scoring", (r, k) -> r.rulesAtScoring == null ? null : r.rulesAtScoring[k]);
    SYSTEMS.put("model alone", (r, k) -> r.alone[k]);
    SYSTEMS.put("at scoring OR model high", (r, k) -> r.rulesAtScoring == null ? null : r.rulesAtScoring[k] || r.high[k]);
    SYSTEMS.put("at scoring AND NOT veto", (r, k) -> r.rulesAtScoring == null ? null : r.rulesAtScoring[k] && !r.veto[k]);
    SYSTEMS.put("rules today (tuned)", (r, k) -> r.rulesToday[k]);
    SYSTEMS.put("today OR model high", (r, k) -> r.rulesToday[k] || r.high[k]);
    SYSTEMS.put("today AND NOT veto", (r, k) -> r.rulesToday[k] && !r.veto[k]);
  }

  private final List<Row> rows;
  private final PrintStream out;

  KeyTopicModelReport(List<Row> rows, PrintStream out) {
    this.rows = rows;
    this.out = out;
  }

  /** The key four, micro, per part: one column per system. */
  void perPart(List<String> parts) {
    out.printf("%n%-12s", "part");
    SYSTEMS.keySet().forEach(s -> out.printf(" | %-24s", s));
    out.println();
    for (String part : parts) {
      out.printf("%-12s", part.replace("-2026", ""));
      for (System s : SYSTEMS.values()) {
        long[] c = counts(rows.stream().filter(r -> r.part.equals(part)).toList(), s, -1);
        out.printf(" | %-24s", c == null ? "-" : c[0] + "/" + c[1] + "/" + c[2]);
      }
      out.println();
    }
  }

  /** Per topic and micro, over the rows of these parts; {@code atScoring}: show the systems that need it. */
  void pooled(String title, List<String> parts, boolean atScoring) {
    List<Row> in = rows.stream().filter(r -> parts.contains(r.part)).toList();
    out.printf("%n%s: %d articles%n", title, in.size());
    for (Map.Entry<String, System> s : SYSTEMS.entrySet()) {
      if (!atScoring && s.getKey().contains("scoring")) {
        continue;
      }
      StringBuilder line = new StringBuilder(String.format("  %-26s", s.getKey()));
      for (int k = -1; k < 4; k++) {
        long[] c = counts(in, s.getValue(), k);
        String name = k < 0 ? "micro" : TopicScores.KEY_TOPICS.get(k);
        line.append(c == null ? "  " + name + " -" : String.format("  %s %d/%d/%d%s", name, c[0], c[1], c[2],
            k < 0 ? String.format(" (%.3f / %.3f / %.3f)", p(c), r(c), f1(c)) : ""));
      }
      out.println(line);
    }
  }

  /** Micro F1 of each system over articles drawn with replacement, and its difference from the rules at scoring. */
  void bootstrap(List<String> parts, int rounds, long seed) {
    List<Row> in = rows.stream().filter(r -> parts.contains(r.part)).toList();
    if (rounds <= 0 || in.isEmpty() || in.stream().anyMatch(r -> r.rulesAtScoring == null)) {
      return;
    }
    Random random = new Random(seed);
    List<String> names = List.copyOf(SYSTEMS.keySet());
    double[][] f1 = new double[names.size()][rounds];
    double[][] diff = new double[names.size()][rounds];
    Row[] sample = new Row[in.size()];
    for (int b = 0; b < rounds; b++) {
      for (int i = 0; i < sample.length; i++) {
        sample[i] = in.get(random.nextInt(in.size()));
      }
      List<Row> drawn = Arrays.asList(sample);
      double base = f1(counts(drawn, SYSTEMS.get("rules at scoring"), -1));
      for (int s = 0; s < names.size(); s++) {
        f1[s][b] = f1(counts(drawn, SYSTEMS.get(names.get(s)), -1));
        diff[s][b] = f1[s][b] - base;
      }
    }
    out.printf("%nbootstrap over the %d articles of test3 ... test14 (%d rounds, seed %d): micro F1, 95%% interval;"
        + " F1 less the rules' at scoring, 95%% interval, share of rounds above 0%n", in.size(), rounds, seed);
    for (int s = 0; s < names.size(); s++) {
      double[] a = f1[s].clone();
      double[] d = diff[s].clone();
      Arrays.sort(a);
      Arrays.sort(d);
      long above = Arrays.stream(d).filter(v -> v > 1e-12).count();
      out.printf("  %-26s F1 [%.3f, %.3f]   diff [%+.3f, %+.3f]  above 0 in %.1f%%%n", names.get(s),
          a[(int) (rounds * 0.025)], a[(int) (rounds * 0.975) - 1], d[(int) (rounds * 0.025)],
          d[(int) (rounds * 0.975) - 1], 100.0 * above / rounds);
    }
  }

  /** The heaviest weights of a model trained on every opened part: what it learned, in words. */
  void strongest(KeyTopicModel model, int k) {
    out.printf("%n%s, trained on every opened part (C=100), heaviest weights:%n  for: ", TopicScores.KEY_TOPICS.get(k));
    model.strongest(20, true).forEach(e -> out.printf("%s %.2f; ", e.getKey(), e.getValue()));
    out.printf("%n  against: ");
    model.strongest(10, false).forEach(e -> out.printf("%s %.2f; ", e.getKey(), e.getValue()));
    out.println();
  }

  /** {right, tagged, labelled} for topic k (-1: the four together), or null if the system cannot tell here. */
  static long[] counts(List<Row> in, System s, int k) {
    long[] c = new long[3];
    for (Row r : in) {
      for (int t = 0; t < 4; t++) {
        if (k >= 0 && t != k) {
          continue;
        }
        Boolean tagged = s.tags(r, t);
        if (tagged == null) {
          return null;
        }
        c[0] += tagged && r.gold[t] ? 1 : 0;
        c[1] += tagged ? 1 : 0;
        c[2] += r.gold[t] ? 1 : 0;
      }
    }
    return c;
  }

  static double p(long[] c) {
    return c[1] == 0 ? 1 : (double) c[0] / c[1];
  }

  static double r(long[] c) {
    return c[2] == 0 ? 1 : (double) c[0] / c[2];
  }

  static double f1(long[] c) {
    return c[1] + c[2] == 0 ? 0 : 2.0 * c[0] / (c[1] + c[2]);
  }
}
