package io.facetwire.story;

import io.facetwire.article.Article;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;

/**
 * CPU time of story grouping's per-article work on the writer's thread: the fingerprint (SimHash of
 * headline and body) and the stored keys ({@code near_dup}), by thread CPU time over all Reuters stories,
 * three rounds (the first warms the JIT). The one search per batch of 1,000 is the node's work, not
 * counted here. A program, not a test.
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat target/cp.txt) io.facetwire.story.StoryCostBenchmark ../shared/data/reuters21578</pre>
 */
public final class StoryCostBenchmark {

  public static void main(String[] args) throws Exception {
    List<Article> articles = StoryCorpora.reuters(Path.of(args.length > 0 ? args[0] : "../shared/data/reuters21578"));
    long sink = 0;
    for (int round = 0; round < 3; round++) {
      long t0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
      for (Article a : articles) {
        sink += SimHash.of(a.title(), a.body());
      }
      long t1 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
      for (Article a : articles) {
        sink += StoryGrouping.keys(a).size();
      }
      long t2 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
      System.out.printf("round %d: fingerprint %.1f µs, fingerprint and keys %.1f µs per article (%d articles)%n",
          round + 1, (t1 - t0) / 1000.0 / articles.size(), (t2 - t1) / 1000.0 / articles.size(), articles.size());
    }
    System.out.println("(checksum " + sink + ")");
  }
}
