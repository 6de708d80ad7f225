package io.facetwire.extract;

import io.facetwire.facet.Facet;
import io.facetwire.facet.FacetValues;
import java.nio.file.Path;
import java.util.List;

/**
 * Prints extraction speed over every Reuters story on one thread (a program, not a test: timings
 * never sit in tests). Usage: {@code ExtractionBenchmark [reuters-dir] [rounds] [--by-step | --tokens]}.
 *
 * <p>{@code --by-step} times each step of {@link FacetExtractor#extract} apart (tokens, language, then each
 * facet's extractor; organisations before persons, which reuse them) by the thread's CPU clock, read before
 * and after every step; the cost of reading the clock, measured on empty steps, is taken off. A profile,
 * not the figure to quote: the total of the plain mode is.
 *
 * <p>Besides wall-clock time it prints the rate by the thread's own CPU time, which other processes
 * on a shared machine disturb much less; the best round of each is the figure to quote.
 */
public final class ExtractionBenchmark {

  public static void main(String[] args) throws Exception {
    boolean byStep = java.util.Arrays.asList(args).contains("--by-step");
    boolean tokensOnly = java.util.Arrays.asList(args).contains("--tokens");
    args = java.util.Arrays.stream(args).filter(a -> !a.startsWith("--")).toArray(String[]::new);
    Path dir = args.length > 0 ? Path.of(args[0]) : ReutersCorpus.DEFAULT_DIR;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    List<ReutersCorpus.Story> stories = ReutersCorpus.read(dir);
    if (byStep) {
      StepProfile.run(stories, rounds);
      return;
    }
    if (tokensOnly) {
      tokens(stories, rounds);
      return;
    }
    long chars = 0;
    for (ReutersCorpus.Story s : stories) {
      chars += s.body().length();
    }
    FacetExtractor fx = FacetExtractor.loadDefault();
    System.out.printf("%d stories, average body %d chars%n", stories.size(), chars / stories.size());
    var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
    double leastBytes = Double.MAX_VALUE;
    long sink = 0;
    double bestWall = 0;
    double bestCpu = 0;
    for (int r = 0; r < rounds; r++) {
      long t0 = System.nanoTime();
      long c0 = threads.getCurrentThreadCpuTime();
      long b0 = threads.getCurrentThreadAllocatedBytes();
      for (ReutersCorpus.Story s : stories) {
        FacetValues f = fx.extract(s.title(), s.body());
        sink += f.values(Facet.COUNTRY).size() + f.values(Facet.PERSON).size() + f.values(Facet.TOPIC).size();
      }
      long ns = System.nanoTime() - t0;
      long cpu = threads.getCurrentThreadCpuTime() - c0;
      double bytes = (threads.getCurrentThreadAllocatedBytes() - b0) / (double) stories.size();
      double wall = stories.size() * 1e9 / ns;
      double byCpu = stories.size() * 1e9 / cpu;
      if (r > 0) {
        bestWall = Math.max(bestWall, wall);
        bestCpu = Math.max(bestCpu, byCpu);
        leastBytes = Math.min(leastBytes, bytes);
      }
      System.out.printf("round %d: %.0f articles/s (%.1f µs/article), by thread CPU time %.0f articles/s (%.1f µs/article),"
          + " %.0f bytes allocated per article%s%n", r + 1, wall, ns / 1e3 / stories.size(), byCpu, cpu / 1e3 / stories.size(),
          bytes, r == 0 ? " (warm-up)" : "");
    }
    System.out.printf("best after warm-up: %.0f articles/s wall clock, %.0f articles/s by CPU time (%.1f µs/article),"
        + " %.0f bytes allocated per article%n", bestWall, bestCpu, 1e6 / bestCpu, leastBytes);
    System.out.println("(checksum " + sink + ")");
  }

  /**
   * {@code --tokens}: the tokenizer alone, as {@link ArticleText#tokens} runs it, by thread CPU time; the checksum
   * (tokens and steps) is the same for two builds whose tokens are.
   */
  private static void tokens(List<ReutersCorpus.Story> stories, int rounds) {
    // The extractor's own tokenizer, as extraction runs it (ArticleText): the tokens the rules read.
    FacetExtractor fx = FacetExtractor.loadDefault();
    var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
    double best = Double.MAX_VALUE;
    long sink = 0;
    for (int r = 0; r < rounds; r++) {
      long c0 = threads.getCurrentThreadCpuTime();
      for (ReutersCorpus.Story s : stories) {
        String title = s.title() == null ? "" : s.title();
        String body = s.body() == null ? "" : s.body();
        Tokens t = fx.textOf(title, body).tokens();
        sink += t.size + t.steps;
      }
      double us = (threads.getCurrentThreadCpuTime() - c0) / 1e3 / stories.size();
      System.out.printf("round %d: tokens %.2f µs of thread CPU per article%s%n", r + 1, us, r == 0 ? " (warm-up)" : "");
      if (r > 0) {
        best = Math.min(best, us);
      }
    }
    System.out.printf("best after warm-up: tokens %.2f µs per article (checksum %d)%n", best, sink);
  }
}
