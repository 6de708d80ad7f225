package io.facetwire.story;

import io.facetwire.article.Article;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;

/**
 * CPU time of story grouping's per-article work on the writer's thread: the fingerprint (SimHash of
 * headline and body), the stored keys ({@code near_dup}), and the whole grouping of an import as the writer
 * runs it (batches of 1,000, the import's own ledger, every candidate confirmed by the rule), by thread CPU
 * time over all Reuters stories, three rounds (the first warms the JIT). The one search per batch of 1,000
 * is the node's work, not counted here: the grouping is given no stored candidates, as in a first import.
 * It also prints how many articles joined another's story and a checksum of every (article, story) pair,
 * so a change made for speed can show that it grouped exactly as before, and the bytes the grouping
 * allocated per article (a count, which the machine's load does not blur as it blurs CPU time). A
 * program, not a test.
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat target/cp.txt) io.facetwire.story.StoryCostBenchmark ../shared/data/reuters21578</pre>
 */
public final class StoryCostBenchmark {

  private static final com.sun.management.ThreadMXBean ALLOCATED =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

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
      long b2 = ALLOCATED.getCurrentThreadAllocatedBytes();
      long t2 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
      StoryGrouping.Session grouping = new StoryGrouping(batch -> List.of()).open();
      long joined = 0;
      long pairs = 0;
      for (int from = 0; from < articles.size(); from += 1000) {
        for (StoryGrouping.Grouped g : grouping.assign(articles.subList(from, Math.min(articles.size(), from + 1000)))) {
          joined += g.article().storyId().equals(g.article().id()) ? 0 : 1;
          pairs = pairs * 31 + (g.article().id() + "/" + g.article().storyId() + "/" + g.keys()).hashCode();
        }
      }
      long t3 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
      long b3 = ALLOCATED.getCurrentThreadAllocatedBytes();
      System.out.printf("round %d: fingerprint %.1f µs, fingerprint and keys %.1f µs, whole grouping %.1f µs and %.0f"
              + " bytes allocated per article (%d articles, %d joined another's story, checksum %x)%n",
          round + 1, (t1 - t0) / 1000.0 / articles.size(), (t2 - t1) / 1000.0 / articles.size(),
          (t3 - t2) / 1000.0 / articles.size(), (b3 - b2) / (double) articles.size(), articles.size(), joined, pairs);
    }
    System.out.println("(checksum " + sink + ")");
  }
}
