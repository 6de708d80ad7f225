import io.facetwire.article.Article;
import io.facetwire.article.ArticleIds;
import io.facetwire.article.ArticleReaders;
import io.facetwire.article.ReadOptions;
import io.facetwire.article.RecordSink;
import io.facetwire.extract.FacetExtractor;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The request thread's work of an import in a fresh JVM, without a server: read the files, give each
 * article its stable id, extract. Prints this thread's CPU per 2,000 articles, round after round, and the
 * process CPU (the JIT and GC are the difference). With WARM_PASSES > 0 the demo texts shipped in the jar
 * (the Wikinews sample, 295 articles) are extracted that many times first (the warm-up tried in session 8).
 *
 * <pre>
 * javac -cp "target/facetwire.jar:target/lib/*" -d /tmp/warmth src/tools/import-profile/ExtractionWarmth.java
 * java -cp "/tmp/warmth:target/facetwire.jar:target/lib/*" ExtractionWarmth WARM_PASSES ROUNDS ../shared/data/reuters21578/reut2-*.sgm
 * </pre>
 */
public class ExtractionWarmth {
  public static void main(String[] args) throws Exception {
    int passes = Integer.parseInt(args[0]);
    int rounds = Integer.parseInt(args[1]);
    var threads = ManagementFactory.getThreadMXBean();
    FacetExtractor extractor = FacetExtractor.loadDefault();
    long warm0 = threads.getCurrentThreadCpuTime();
    List<Article> demo = new ArrayList<>();
    for (String csv : passes > 0 ? List.of("wikinews_2019.csv", "wikinews_2020.csv") : List.<String>of()) {
      try (var in = ExtractionWarmth.class.getResourceAsStream("/demo/" + csv)) {
        ArticleReaders.forFile(csv).read(in, csv, ReadOptions.NONE, RecordSink.skippingRejects(demo::add));
      }
    }
    for (int p = 0; p < passes; p++) {
      for (Article d : demo) {
        Article a = ArticleIds.withStableId(d);
        extractor.extract(a.title(), a.body(), a.source());
      }
    }
    System.out.printf("warm-up passes %d over %d demo articles: %.2f s thread CPU%n", passes, demo.size(),
        (threads.getCurrentThreadCpuTime() - warm0) / 1e9);
    List<Article> articles = new ArrayList<>();
    long read0 = threads.getCurrentThreadCpuTime();
    for (int i = 2; i < args.length; i++) {
      Path f = Path.of(args[i]);
      // Records without text are not counted.
      ArticleReaders.forFile(f.getFileName().toString()).read(f, ReadOptions.NONE, RecordSink.skippingRejects(articles::add));
    }
    System.out.printf("reading %d articles: %.2f s thread CPU%n", articles.size(),
        (threads.getCurrentThreadCpuTime() - read0) / 1e9);
    StringBuilder perChunk = new StringBuilder();
    long total0 = threads.getCurrentThreadCpuTime();
    for (int r = 0; r < rounds; r++) {
      long t = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < articles.size(); i++) {
        Article a = ArticleIds.withStableId(articles.get(i));
        extractor.extract(a.title(), a.body(), a.source());
        if (i % 2000 == 1999) {
          long now = threads.getCurrentThreadCpuTime();
          perChunk.append(String.format(" %.0f", (now - t) / 2000 / 1e3));
          t = now;
        }
      }
      perChunk.append(" |");
    }
    System.out.printf("extraction, us per article per 2,000:%s%n  total %.2f s thread CPU; process CPU %.2f s%n",
        perChunk, (threads.getCurrentThreadCpuTime() - total0) / 1e9,
        ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9);
  }
}
