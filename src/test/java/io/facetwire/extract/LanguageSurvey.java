package io.facetwire.extract;

import io.facetwire.article.Article;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The language detector over whole English corpora: how many articles it calls English, unknown or
 * another language (each of those loses its English facets), and its CPU time per article (thread CPU
 * time, second of two rounds). A program, not a test.
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat target/cp.txt) io.facetwire.extract.LanguageSurvey ../shared/data/reuters21578 ../shared/data/wikinews-sample</pre>
 */
public final class LanguageSurvey {

  public static void main(String[] args) throws Exception {
    LanguageIdentifier languages = LanguageIdentifier.loadDefault();
    for (String arg : args) {
      List<Article> articles = read(Path.of(arg));
      Map<String, Integer> counts = new TreeMap<>();
      List<String> examples = new ArrayList<>();
      long cpu = 0;
      for (int round = 0; round < 2; round++) {
        counts.clear();
        long start = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        for (Article a : articles) {
          String code = languages.code(a.title(), a.body());
          counts.merge(code.isEmpty() ? "(unknown)" : code, 1, Integer::sum);
          if (round == 1 && !code.isEmpty() && !code.equals("en") && examples.size() < 10) {
            examples.add(code + ": " + a.title());
          }
        }
        cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - start;
      }
      System.out.printf("%s: %d articles, %s, %.1f µs CPU per article%n", arg, articles.size(), counts,
          cpu / 1000.0 / Math.max(1, articles.size()));
      examples.forEach(e -> System.out.println("   " + e));
    }
  }

  private static List<Article> read(Path dir) throws Exception {
    List<Article> out = new ArrayList<>();
    for (Path f : CorpusFiles.under(dir)) {
      out.addAll(CorpusFiles.read(f));
    }
    return out;
  }
}
