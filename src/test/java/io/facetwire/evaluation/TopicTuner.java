package io.facetwire.evaluation;

import io.facetwire.extract.Explanation;
import io.facetwire.extract.FacetExtractor;
import io.facetwire.extract.TopicExplanation;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A tuning aid (a program, not a test): per topic, which threshold, mentions and share would have
 * served best on the given label sets (only the opened parts, {@link TuningParts}: never the held-out
 * test48-*.jsonl), from each article's score, counted matches,
 * share and headline-or-lead flag under the current rules. It prints suggestions; a person edits the
 * file. Usage: {@code TopicTuner data-dir definitions-file labels.jsonl[,more.jsonl]}.
 */
public final class TopicTuner {

  private static final double BETA = Double.parseDouble(System.getProperty("beta", "0.5"));

  /** When set (-Dfloor=0.85): best recall at that precision instead of the best F-beta. */
  private static final double FLOOR = Double.parseDouble(System.getProperty("floor", "0"));

  record Features(double score, int mentions, double share, boolean early, boolean gold) {
  }

  public static void main(String[] args) throws Exception {
    run(args, System.out);
  }

  static void run(String[] args, PrintStream out) throws Exception {
    List<Path> files = Arrays.stream(args[2].split(",")).map(Path::of).map(TuningParts::open).toList();
    String text = Files.readString(Path.of(args[1]));
    // Every threshold off: the explanation then holds each topic's raw score, matches and share.
    String relaxed = text.replaceAll("(?m)^threshold\\s*=.*$", "threshold = 0.001")
        .replaceAll("(?m)^share\\s*=.*$", "share = 0").replaceAll("(?m)^mentions\\s*=.*$", "mentions = 1")
        .replaceAll("(?m)^relative\\s*=.*$", "relative = 0");
    FacetExtractor fx = FacetExtractor.withDefinitions(relaxed, "relaxed");
    Map<String, List<Features>> byTopic = new TreeMap<>();
    Map<String, Integer> goldCount = new TreeMap<>();
    for (Path file : files) {
      for (LabelledArticle a : new LabelledSets(Path.of(args[0])).load(file)) {
        Explanation e = fx.explain(a.title(), a.body());
        a.topics().forEach(g -> goldCount.merge(g, 1, Integer::sum));
        for (TopicExplanation t : e.topics()) {
          if (t.score() <= 0 || !t.assigned()) {
            continue; // no counted match, or its needs are not met: never fires
          }
          boolean early = t.hits().stream().anyMatch(h -> h.added() > 0 && !h.place().equals("body"));
          byTopic.computeIfAbsent(t.topic(), k -> new ArrayList<>())
              .add(new Features(t.score(), t.mentions(), t.share(), early, a.topics().contains(t.topic())));
        }
      }
    }
    double[] thresholds = {2, 3, 4, 5, 6, 7, 8, 10, 12, 15};
    double[] shares = {0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4};
    for (String topic : fx.topicNames()) {
      List<Features> fs = byTopic.getOrDefault(topic, List.of());
      int gold = goldCount.getOrDefault(topic, 0);
      String best = null;
      double bestValue = -1;
      for (double th : thresholds) {
        for (int mentions = 1; mentions <= 3; mentions++) {
          for (double share : shares) {
            int tp = 0;
            int fp = 0;
            for (Features f : fs) {
              if (f.score() >= th && f.mentions() >= mentions && (f.early() || f.share() >= share)) {
                if (f.gold()) {
                  tp++;
                } else {
                  fp++;
                }
              }
            }
            double p = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
            double r = gold == 0 ? 1 : (double) tp / gold;
            // F-beta, beta below 1 (default 0.5): precision counts more than recall (a wrong sidebar value
            // teaches people to ignore the facet).
            double b2 = BETA * BETA;
            double f05 = p + r == 0 ? 0 : (1 + b2) * p * r / (b2 * p + r);
            if (FLOOR > 0) {
              // With a precision floor: the most recall among settings that reach it (ties: more precision).
              f05 = p >= FLOOR && tp > 0 ? r + p / 1000 : -1;
            }
            if (f05 > bestValue + 1e-9) {
              bestValue = f05;
              best = String.format("threshold = %.0f | mentions = %d | share = %.2f | -> P %.2f R %.2f (%d/%d/%d)",
                  th, mentions, share, p, r, tp, tp + fp, gold);
            }
          }
        }
      }
      out.printf("%s | %s%n", topic, best == null ? "none reaches the floor" : best);
    }
  }
}
