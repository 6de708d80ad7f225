import io.facetwire.article.Article;
import io.facetwire.article.ArticleIds;
import io.facetwire.article.ArticleReaders;
import io.facetwire.article.ReadOptions;
import io.facetwire.article.RecordError;
import io.facetwire.article.RecordSink;
import io.facetwire.evaluation.LabelledSets;
import io.facetwire.extract.FacetExtractor;
import io.facetwire.story.StoryGrouping;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every article's facets and stored near-duplicate keys, one line each (stdout), and the thread's CPU and
 * allocated bytes for them (stderr): run it with two builds and compare the outputs byte for byte. With
 * {@code --exclude=LIST.jsonl} (a held-out part's references: {"file": "bbc-news/..."} or {"reuters": ...,
 * "newid": N}) those articles are left out, so nobody sees the extractor's output on them; with
 * {@code --explain} each article's explanation follows its line (the topic rules that matched and why: compare
 * them too when a change touches the topic matcher); with {@code --rounds=N} the work is done N times (the JIT warms up; the last round's figures are the steady ones).
 *
 * <pre>
 * javac -cp "target/facetwire.jar:target/lib/*" -d /tmp/dump src/tools/import-profile/FacetDump.java
 * java -cp "/tmp/dump:target/facetwire.jar:target/lib/*" FacetDump --exclude=/work/notes/s13/labels-sample/test11-list.jsonl \
 *     --rounds=3 ../shared/data/reuters21578/reut2-*.sgm $(find ../shared/data/bbc-news -name '*.txt' | sort) \
 *     ../shared/data/wikinews-sample/*.csv > /tmp/facets.txt
 * </pre>
 */
public class FacetDump {
  public static void main(String[] args) throws Exception {
    Set<String> excluded = new HashSet<>();
    int rounds = 1;
    boolean explain = false;
    List<String> files = new ArrayList<>();
    for (String arg : args) {
      if (arg.startsWith("--exclude=")) {
        // The labels' own reader of a held-out list: the same references TopicAudit and eval leave out.
        excluded.addAll(LabelledSets.referencesIn(Path.of(arg.substring("--exclude=".length()))));
      } else if (arg.equals("--explain")) {
        explain = true;
      } else if (arg.startsWith("--rounds=")) {
        rounds = Integer.parseInt(arg.substring("--rounds=".length()));
      } else {
        files.add(arg);
      }
    }
    FacetExtractor extractor = FacetExtractor.loadDefault();
    List<Article> articles = new ArrayList<>();
    int[] left = {0};
    for (String arg : files) {
      Path f = Path.of(arg);
      // The file's path under the data folder ("bbc-news/tech/001.txt", "reuters21578/reut2-003.sgm"), which a
      // reference names; the Wikinews sample's articles are named by their URL (no path).
      String relative = arg.contains("wikinews-sample/") ? null
          : f.toString().replaceFirst("^.*?((bbc-news|reuters21578)/)", "$1");
      ArticleReaders.forFile(f.getFileName().toString()).read(f, ReadOptions.NONE, new RecordSink() {
        public void accept(Article a, String location) {
          if (excluded.contains(LabelledSets.reference(a, relative))) {
            left[0]++;
          } else {
            articles.add(a);
          }
        }
        public void reject(RecordError e) {}
      });
    }
    System.err.printf("%d articles, %d left out%n", articles.size(), left[0]);
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    StringBuilder out = new StringBuilder();
    for (int round = 1; round <= rounds; round++) {
      out.setLength(0);
      long b0 = threads.getCurrentThreadAllocatedBytes();
      long t0 = threads.getCurrentThreadCpuTime();
      long language = 0;
      for (Article raw : articles) {
        Article a = ArticleIds.withStableId(raw);
        long l0 = threads.getCurrentThreadCpuTime();
        extractor.languageCode(a.title(), a.body());
        language += threads.getCurrentThreadCpuTime() - l0;
        out.append(a.id()).append('\t').append(extractor.extract(a.title(), a.body(), a.source()))
            .append('\t').append(StoryGrouping.keys(a)).append('\n');
        if (explain) {
          out.append(a.id()).append("\twhy\t").append(extractor.explain(a.title(), a.body())).append('\n');
        }
      }
      long t1 = threads.getCurrentThreadCpuTime();
      long b1 = threads.getCurrentThreadAllocatedBytes();
      System.err.printf("round %d: extraction+keys %.2f s thread CPU (language alone, asked once more: %.2f s),"
          + " %.0f bytes allocated per article%n", round, (t1 - t0) / 1e9, language / 1e9, (b1 - b0) / (double) articles.size());
    }
    System.out.print(out);
  }
}
