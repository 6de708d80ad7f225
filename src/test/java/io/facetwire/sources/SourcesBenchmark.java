package io.facetwire.sources;

import io.facetwire.Facetwire;
import io.facetwire.Json;
import io.facetwire.article.Article;
import io.facetwire.article.ReadOptions;
import io.facetwire.article.RecordSink;
import io.facetwire.article.ReutersSgmlReader;
import io.facetwire.engine.ElasticsearchSettings;
import io.facetwire.engine.Engine;
import io.facetwire.engine.IndexNames;
import io.facetwire.extract.FacetExtractor;
import io.facetwire.ingest.Importer;
import io.facetwire.sources.fetch.FetchSettings;
import io.facetwire.sources.poll.PollReport;
import io.facetwire.support.TestServer;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Figures for the README: articles fetched, parsed (and, for summary feeds, page-extracted) and indexed
 * per second by the poller against loopback sites, next to the import pipeline fed the same articles;
 * heap after a full GC every 2,000 polled articles, over 10,000. Not a test: a program that prints.
 *
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx2g -cp target/classes:target/test-classes:$(cat target/cp.txt) io.facetwire.sources.SourcesBenchmark ../shared/data/reuters21578
 * </pre>
 */
public final class SourcesBenchmark {

  static final int ARTICLES = 10_000;
  static final int PER_FEED = 100;
  static final int HOSTS = 4;

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/data/reuters21578");
    List<Article> articles = reuters(corpus, ARTICLES);
    // Bodies of at least FULL_TEXT_MIN_CHARS, so every item of the full-text feeds counts as full text.
    System.out.println("Articles: " + articles.size() + " Reuters stories with title, date and a body of 400+ characters");
    Engine engine = Engine.start(ElasticsearchSettings.embedded(), Files.createTempDirectory("fw-sources-bench"), Json.mapper());
    FacetExtractor extractor = TestServer.extractor();
    try {
      // 1. The import pipeline, fed the same articles from memory (what 'import' does after reading files).
      Facetwire importing = Facetwire.onEngine(engine, new IndexNames("bench-import-"), extractor, Clock.systemUTC(), TestServer.testConfig());
      long cpu0 = processCpuNanos();
      long t0 = System.nanoTime();
      Importer.Run run = importing.importer().start();
      RecordSink sink = run.forFile("memory");
      for (int i = 0; i < articles.size(); i++) {
        sink.accept(articles.get(i), "record " + i);
      }
      run.finish();
      report("import pipeline", articles.size(), System.nanoTime() - t0, processCpuNanos() - cpu0);

      // 2. Full-text feeds (content:encoded), 100 items each, spread over four loopback hosts.
      List<FixtureSite> sites = new ArrayList<>();
      for (int h = 0; h < HOSTS; h++) {
        sites.add(new FixtureSite("127.0.0." + (h + 1)));
      }
      SourcesConfig config = SourcesConfig.defaults().withFetch(FetchSettings.defaults().withAllowPrivate(true)
          .withHostInterval(Duration.ZERO));
      Facetwire polling = Facetwire.onEngine(engine, new IndexNames("bench-poll-"), extractor, Clock.systemUTC(),
          TestServer.testConfig(), config);
      int feeds = articles.size() / PER_FEED;
      for (int f = 0; f < feeds; f++) {
        FixtureSite site = sites.get(f % HOSTS);
        int feed = f;
        List<Article> items = articles.subList(f * PER_FEED, (f + 1) * PER_FEED);
        site.put("/feed/" + f + ".xml", "application/rss+xml",
            FeedFixtures.rss20("Feed " + f, items, a -> site.url("/feed/" + feed + "/" + items.indexOf(a)), true));
      }
      System.out.printf(Locale.ROOT, "heap after GC before polling: %d MB%n", heapAfterGcMb());
      long polled = 0;
      long pollNanos = 0;
      long pollCpu = 0;
      int batch = 2000 / PER_FEED;
      for (int from = 0; from < feeds; from += batch) {
        for (int f = from; f < Math.min(feeds, from + batch); f++) {
          polling.sources().add("Feed " + f, sites.get(f % HOSTS).url("/feed/" + f + ".xml"), 15, "bench");
        }
        long c = processCpuNanos();
        long t = System.nanoTime();
        List<PollReport> reports = polling.sources().scheduler().pollDueNow();
        pollNanos += System.nanoTime() - t;
        pollCpu += processCpuNanos() - c;
        polled += reports.stream().mapToLong(PollReport::indexed).sum();
        System.out.printf(Locale.ROOT, "polled %,d articles; heap after GC %d MB%n", polled, heapAfterGcMb());
      }
      report("poller, full-text feeds", polled, pollNanos, pollCpu);

      // 3. Summary-only feeds: every item's page is fetched (robots.txt checked) and extracted.
      int pageArticles = 1000;
      List<Article> paged = articles.subList(0, pageArticles);
      PageTemplates.Layout[] layouts = PageTemplates.Layout.values();
      for (int f = 0; f < pageArticles / PER_FEED; f++) {
        FixtureSite site = sites.get(f % HOSTS);
        List<Article> items = paged.subList(f * PER_FEED, (f + 1) * PER_FEED);
        for (int i = 0; i < items.size(); i++) {
          Article a = items.get(i);
          site.put("/page/" + f + "/" + i, "text/html; charset=utf-8",
              PageTemplates.page(a, layouts[i % layouts.length], site.url("/page/" + f + "/" + i), paged.subList(0, 8)));
        }
        int feed = f;
        site.put("/summaries/" + f + ".xml", "application/rss+xml",
            FeedFixtures.rss20("Summaries " + f, items, a -> site.url("/page/" + feed + "/" + items.indexOf(a)), false));
      }
      Facetwire pages = Facetwire.onEngine(engine, new IndexNames("bench-pages-"), extractor, Clock.systemUTC(),
          TestServer.testConfig(), config);
      for (int f = 0; f < pageArticles / PER_FEED; f++) {
        pages.sources().add("Summaries " + f, sites.get(f % HOSTS).url("/summaries/" + f + ".xml"), 15, "bench");
      }
      long c = processCpuNanos();
      long t = System.nanoTime();
      long extracted = pages.sources().scheduler().pollDueNow().stream().mapToLong(PollReport::indexed).sum();
      report("poller, summary feeds + page extraction", extracted, System.nanoTime() - t, processCpuNanos() - c);
      sites.forEach(FixtureSite::close);
      polling.sources().close();
      pages.sources().close();
    } finally {
      engine.close();
    }
  }

  static void report(String what, long articles, long wallNanos, long cpuNanos) {
    System.out.printf(Locale.ROOT, "%-42s %,7d articles  %6.1f s  %,8.0f articles/s  %,6.0f µs CPU per article (whole process)%n",
        what, articles, wallNanos / 1e9, articles / (wallNanos / 1e9), cpuNanos / 1e3 / Math.max(1, articles));
  }

  static long heapAfterGcMb() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
  }

  static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  static List<Article> reuters(Path dir, int max) throws Exception {
    List<Article> out = new ArrayList<>();
    try (var files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".sgm")).sorted().toList()) {
        try (InputStream in = Files.newInputStream(f)) {
          new ReutersSgmlReader().read(in, f.getFileName().toString(), ReadOptions.NONE, RecordSink.skippingRejects(a -> {
            if (out.size() < max && a.title() != null && a.publishedAt() != null && a.body() != null
                && a.body().strip().length() >= io.facetwire.sources.parse.FeedItem.FULL_TEXT_MIN_CHARS) {
              out.add(a);
            }
          }));
        }
        if (out.size() >= max) {
          break;
        }
      }
    }
    return out;
  }
}
