package io.facetwire.extract;

import java.nio.file.Path;
import java.util.List;

/**
 * Prints extraction speed over every Reuters story on one thread (a program, not a test: timings
 * never sit in tests). Usage: {@code ExtractionBenchmark [reuters-dir] [rounds]}.
 */
public final class ExtractionBenchmark {

  public static void main(String[] args) throws Exception {
    Path dir = args.length > 0 ? Path.of(args[0]) : ReutersCorpus.DEFAULT_DIR;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    List<ReutersCorpus.Story> stories = ReutersCorpus.read(dir);
    long chars = 0;
    for (ReutersCorpus.Story s : stories) {
      chars += s.body().length();
    }
    FacetExtractor fx = FacetExtractor.loadDefault();
    System.out.printf("%d stories, average body %d chars%n", stories.size(), chars / stories.size());
    long sink = 0;
    for (int r = 0; r < rounds; r++) {
      long t0 = System.nanoTime();
      for (ReutersCorpus.Story s : stories) {
        Facets f = fx.extract(s.title(), s.body());
        sink += f.countries().size() + f.persons().size() + f.topics().size();
      }
      long ns = System.nanoTime() - t0;
      System.out.printf("round %d: %.0f articles/s, %.1f µs/article%s%n", r + 1,
          stories.size() * 1e9 / ns, ns / 1e3 / stories.size(), r == 0 ? " (warm-up)" : "");
    }
    System.out.println("(checksum " + sink + ")");
  }
}
