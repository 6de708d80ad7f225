package io.facetwire.bench;

import io.facetwire.article.Article;
import io.facetwire.article.ArticleReaders;
import io.facetwire.article.ReadOptions;
import io.facetwire.article.RecordError;
import io.facetwire.article.RecordSink;
import io.facetwire.extract.FacetExtractor;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code bench --mode extract}: extraction of one article of 10 KB, 100 KB and 1 MB, as Reuters prose
 * (the corpus' bodies end to end) and as the attack (one sentence of names repeated). Reports
 * the CPU time of the measuring thread (median of several runs after a warm-up) and the extractors'
 * own step count per character: both stay flat per KB when extraction is linear.
 */
public final class ExtractionBench {

  private static final int[] SIZES = {10_000, 100_000, 1_000_000};
  private static final String ATTACK = "John Smith met John Adam Brown. ";

  private final FacetExtractor extractor = FacetExtractor.loadDefault();
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

  public String run(Path reutersFolder) throws IOException {
    String prose = prose(reutersFolder.resolve("reut2-000.sgm"), SIZES[SIZES.length - 1]);
    StringBuilder out = new StringBuilder("| text | size | CPU ms (median) | CPU µs per KB | steps per char |\n"
        + "|---|---:|---:|---:|---:|\n");
    for (String kind : List.of("Reuters prose", "repeated names")) {
      for (int size : SIZES) {
        String text = kind.equals("repeated names") ? ATTACK.repeat(size / ATTACK.length() + 1).substring(0, size)
            : prose.substring(0, size);
        double millis = medianCpuMillis(text);
        long steps = extractor.steps("Title", text);
        out.append(String.format("| %s | %,d KB | %.2f | %.1f | %.2f |%n", kind, size / 1000, millis,
            millis * 1000 / (size / 1000.0), (double) steps / size));
      }
    }
    return out.toString();
  }

  private double medianCpuMillis(String text) {
    int runs = text.length() >= 1_000_000 ? 5 : 21;
    for (int i = 0; i < 3; i++) {
      extractor.extract("Title", text); // warm-up
    }
    double[] millis = new double[runs];
    for (int i = 0; i < runs; i++) {
      long start = threads.getCurrentThreadCpuTime();
      extractor.extract("Title", text);
      millis[i] = (threads.getCurrentThreadCpuTime() - start) / 1e6;
    }
    Arrays.sort(millis);
    return millis[runs / 2];
  }

  /** Bodies of the corpus file, end to end, until {@code chars} characters. */
  private static String prose(Path file, int chars) throws IOException {
    List<String> bodies = new ArrayList<>();
    ArticleReaders.forFile(file.getFileName().toString()).read(file, ReadOptions.NONE, new RecordSink() {
      @Override
      public void accept(Article article, String location) {
        bodies.add(article.body());
      }

      @Override
      public void reject(RecordError error) {
        // Records without text are no prose.
      }
    });
    StringBuilder sb = new StringBuilder(chars + 10_000);
    for (int i = 0; sb.length() < chars; i = (i + 1) % bodies.size()) {
      sb.append(bodies.get(i)).append("\n\n");
    }
    return sb.substring(0, chars);
  }
}
