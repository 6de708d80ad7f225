import io.facetwire.article.Article;
import io.facetwire.article.ArticleIds;
import io.facetwire.article.ArticleReaders;
import io.facetwire.article.ReadOptions;
import io.facetwire.article.RecordError;
import io.facetwire.article.RecordSink;
import io.facetwire.extract.FacetExtractor;
import io.facetwire.story.StoryGrouping;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Every article's facets and stored near-duplicate keys, one line each (stdout), and the thread's CPU for
 * them (stderr): run it with two builds and compare the outputs byte for byte.
 *
 * <pre>
 * javac -cp "target/facetwire.jar:target/lib/*" -d /tmp/dump src/tools/import-profile/FacetDump.java
 * java -cp "/tmp/dump:target/facetwire.jar:target/lib/*" FacetDump ../shared/data/reuters21578/reut2-*.sgm \
 *     $(find ../shared/data/bbc-news -name '*.txt' | sort) ../shared/data/wikinews-sample/*.csv > /tmp/facets.txt
 * </pre>
 */
public class FacetDump {
  public static void main(String[] args) throws Exception {
    FacetExtractor extractor = FacetExtractor.loadDefault();
    List<Article> articles = new ArrayList<>();
    RecordSink sink = new RecordSink() {
      public void accept(Article a, String location) { articles.add(a); }
      public void reject(RecordError e) {}
    };
    for (String arg : args) {
      Path f = Path.of(arg);
      ArticleReaders.forFile(f.getFileName().toString()).read(f, ReadOptions.NONE, sink);
    }
    var threads = ManagementFactory.getThreadMXBean();
    long t0 = threads.getCurrentThreadCpuTime();
    StringBuilder out = new StringBuilder();
    for (Article raw : articles) {
      Article a = ArticleIds.withStableId(raw);
      out.append(a.id()).append('\t').append(extractor.extract(a.title(), a.body(), a.source()))
          .append('\t').append(StoryGrouping.keys(a)).append('\n');
    }
    System.err.printf("%d articles, extraction+keys %.2f s thread CPU%n", articles.size(), (threads.getCurrentThreadCpuTime() - t0) / 1e9);
    System.out.print(out);
  }
}
