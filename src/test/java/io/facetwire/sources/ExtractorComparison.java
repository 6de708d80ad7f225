package io.facetwire.sources;

import io.facetwire.Json;
import io.facetwire.article.Article;
import io.facetwire.sources.extract.ArticlePage;
import io.facetwire.sources.extract.DensityText;
import io.facetwire.sources.extract.MainText;
import io.facetwire.sources.extract.PageExtractor;
import io.facetwire.sources.extract.ReadabilityText;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Compares main-text extractors on pages made from the shipped articles ({@link PageTemplates}):
 * word precision and recall of the extracted text against the article's own body (multiset of
 * lower-cased words), exact title / author / date, and CPU time per page.
 *
 * <p>Run: {@code mvn -q -o test-compile exec:java} is not set up; use
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) io.facetwire.sources.ExtractorComparison}
 * after {@code mvn -q -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt}.
 */
public final class ExtractorComparison {

  /** One extractor's figures over all pages. */
  public record Score(String name, int pages, double precision, double recall, double f1, double titleOk,
      double authorOk, double dateOk, double microsPerPage, int emptyPages) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%-26s pages %d  precision %.3f  recall %.3f  F1 %.3f  title %.2f  author %.2f"
          + "  date %.2f  empty %d  %.0f µs/page (CPU)", name, pages, precision, recall, f1, titleOk, authorOk, dateOk,
          emptyPages, microsPerPage);
    }
  }

  public static List<Article> corpus() {
    List<Article> all = new ArrayList<>(FeedFixtures.read("fixtures/wikinews_2019.csv"));
    all.addAll(FeedFixtures.read("fixtures/wikinews_2020.csv"));
    return all.stream().filter(a -> a.body() != null && a.body().length() > 300 && a.publishedAt() != null).toList();
  }

  public static Score score(MainText mainText, List<Article> articles) {
    PageExtractor extractor = new PageExtractor(mainText, Json.mapper());
    var bean = ManagementFactory.getThreadMXBean();
    long tp = 0;
    long fp = 0;
    long fn = 0;
    int titles = 0;
    int authors = 0;
    int dates = 0;
    int empty = 0;
    int pages = 0;
    long cpu = 0;
    PageTemplates.Layout[] layouts = PageTemplates.Layout.values();
    for (int i = 0; i < articles.size(); i++) {
      Article a = articles.get(i);
      List<Article> others = new ArrayList<>();
      for (int k = 1; k <= 8; k++) {
        others.add(articles.get((i + k * 7) % articles.size()));
      }
      String url = "https://news.example.org/story/" + FeedFixtures.slug(a);
      String html = PageTemplates.page(a, layouts[i % layouts.length], url, others);
      long start = bean.getCurrentThreadCpuTime();
      ArticlePage page = extractor.extract(html, url + "?utm_source=rss");
      cpu += bean.getCurrentThreadCpuTime() - start;
      pages++;
      Map<String, Integer> truth = words(a.body());
      Map<String, Integer> got = words(page.text());
      if (got.isEmpty()) {
        empty++;
      }
      for (var e : got.entrySet()) {
        int t = truth.getOrDefault(e.getKey(), 0);
        tp += Math.min(t, e.getValue());
        fp += Math.max(0, e.getValue() - t);
      }
      for (var e : truth.entrySet()) {
        fn += Math.max(0, e.getValue() - got.getOrDefault(e.getKey(), 0));
      }
      titles += a.title().equals(page.title()) ? 1 : 0;
      authors += "Jane Reporter".equals(page.author()) ? 1 : 0;
      dates += a.publishedAt().equals(page.published()) ? 1 : 0;
    }
    double p = tp / (double) Math.max(1, tp + fp);
    double r = tp / (double) Math.max(1, tp + fn);
    return new Score(mainText.name(), pages, p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), titles / (double) pages,
        authors / (double) pages, dates / (double) pages, cpu / 1000.0 / pages, empty);
  }

  static Map<String, Integer> words(String text) {
    Map<String, Integer> out = new HashMap<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{Nd}]+")) {
      if (!w.isEmpty()) {
        out.merge(w, 1, Integer::sum);
      }
    }
    return out;
  }

  public static void main(String[] args) {
    List<Article> articles = corpus();
    for (int round = 0; round < 2; round++) { // the first round warms the JIT up
      for (MainText m : List.of(new ReadabilityText(), new DensityText())) {
        Score s = score(m, articles);
        if (round == 1) {
          System.out.println(s);
        }
      }
    }
  }
}
