package io.facetwire.extract;

import io.facetwire.facet.Facet;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

/**
 * {@code ExtractionBenchmark --by-step}: the thread CPU time of each step of {@link FacetExtractor#extract}
 * per article, over the whole corpus, best round after warm-up per step. The steps run in the order
 * extract runs them, except that organisations come before persons (the person facet leaves out the
 * organisations, found once per article: timed first, they are the organisation step's cost).
 */
final class StepProfile {

  private static final String[] STEPS = {"tokens", "language", "country", "organization", "person", "topic",
      "source+language values"};
  private static final Facet[] FACETS = {null, null, Facet.COUNTRY, Facet.ORGANIZATION, Facet.PERSON, Facet.TOPIC,
      null};

  private StepProfile() {
  }

  static void run(List<ReutersCorpus.Story> stories, int rounds) {
    FacetExtractor fx = FacetExtractor.loadDefault();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[] best = new double[STEPS.length];
    java.util.Arrays.fill(best, Double.MAX_VALUE);
    double bestClock = Double.MAX_VALUE;
    long sink = 0;
    for (int r = 0; r < rounds; r++) {
      long[] ns = new long[STEPS.length];
      long clock = 0;
      for (ReutersCorpus.Story s : stories) {
        ArticleText text = fx.textOf(s.title(), s.body());
        long c0 = threads.getCurrentThreadCpuTime();
        long c1 = threads.getCurrentThreadCpuTime();
        clock += c1 - c0;
        sink += text.tokens().size;
        long c2 = threads.getCurrentThreadCpuTime();
        ns[0] += c2 - c1;
        boolean english = text.englishRulesHold();
        long c3 = threads.getCurrentThreadCpuTime();
        ns[1] += c3 - c2;
        long before = c3;
        for (int k = 2; k < STEPS.length - 1; k++) {
          if (english) {
            sink += fx.extractorOf(FACETS[k]).extract(text).size();
          }
          long after = threads.getCurrentThreadCpuTime();
          ns[k] += after - before;
          before = after;
        }
        sink += text.sourceValues().size() + text.languageValues().size();
        ns[STEPS.length - 1] += threads.getCurrentThreadCpuTime() - before;
      }
      double perClock = clock / 1e3 / stories.size();
      bestClock = Math.min(bestClock, perClock);
      StringBuilder line = new StringBuilder("round " + (r + 1) + ":");
      for (int k = 0; k < STEPS.length; k++) {
        double us = ns[k] / 1e3 / stories.size() - perClock;
        if (r > 0) {
          best[k] = Math.min(best[k], us);
        }
        line.append(String.format(" %s %.1f", STEPS[k], us));
      }
      System.out.println(line + String.format(" (clock read %.2f µs)%s", perClock, r == 0 ? " (warm-up)" : ""));
    }
    double total = 0;
    System.out.println("best round per step after warm-up, µs of thread CPU per article:");
    for (int k = 0; k < STEPS.length; k++) {
      System.out.printf("  %-24s %6.1f%n", STEPS[k], best[k]);
      total += best[k];
    }
    System.out.printf("  %-24s %6.1f%n", "sum", total);
    System.out.println("(checksum " + sink + ")");
  }
}
