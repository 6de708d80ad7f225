package io.facetwire.ingest;

import io.facetwire.article.Article;
import io.facetwire.article.RecordError;
import io.facetwire.article.RecordSink;
import io.facetwire.engine.ArticleDocuments;
import io.facetwire.story.StoryGrouping;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The import's own per-article code — reading, extraction, story grouping, encoding the stored
 * document — run over the demo articles shipped in the jar, on a background thread of a server that
 * has just started, writing nothing (issue 15, session 12). A fresh server met its first import with
 * that code cold: the request thread read and extracted in the interpreter while the JIT compiled it,
 * and the JIT threads took a core from the node's writes in the very seconds a user waits for (the
 * profile in docs/benchmarks.md, *Session 12: import*). A server running for a while has compiled it
 * long ago; this gives the first import the same.
 *
 * <p>Bounded: {@value #ARTICLES} articles or {@value #MAX_CPU_SECONDS} s of this thread's CPU (not of the
 * clock: on a loaded machine the thread may wait minutes for a core, and a wall-time bound then cut it
 * short after a few hundred articles), and it stops as soon as an import begins (that import then warms the code itself, as before). Nothing reaches Elasticsearch: the story
 * grouping sees no index ({@link StoryGrouping#withoutIndex}), the documents are encoded and dropped.
 */
public final class ImportWarmUp {

  private static final Logger LOG = LoggerFactory.getLogger(ImportWarmUp.class);
  /** About what C2 needs to compile the per-article methods (tier 4 after some thousands of calls). */
  static final int ARTICLES = 10_000;
  static final int MAX_CPU_SECONDS = 20;
  private static final int BATCH = 1000;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private ImportWarmUp() {}

  /** Starts the warm-up on a daemon thread and returns that thread (tests wait for it). */
  public static Thread start(Importer importer, ArticleDocuments documents) {
    Thread thread = new Thread(() -> {
      long start = System.nanoTime();
      try {
        long n = run(importer, documents, ARTICLES, MAX_CPU_SECONDS * 1_000_000_000L);
        LOG.info("Start-up: import code warmed on {} demo articles in the background ({} ms, {} ms CPU)", n,
            (System.nanoTime() - start) / 1_000_000, cpuNanos() / 1_000_000);
      } catch (RuntimeException e) {
        // Only speed is at stake: the first import compiles the code itself, as it always did.
        LOG.debug("Start-up: the import warm-up stopped: {}", e.toString());
      }
    }, "facetwire-import-warm-up");
    thread.setDaemon(true);
    thread.setPriority(Thread.MIN_PRIORITY);
    thread.start();
    return thread;
  }

  /**
   * Prepares, groups and encodes demo articles, round after round, until {@code articles} were done, the
   * calling thread used {@code cpuBudgetNanos} of CPU or an import began.
   *
   * @return the articles done
   */
  static long run(Importer importer, ArticleDocuments documents, int articles, long cpuBudgetNanos) {
    long deadline = cpuNanos() + cpuBudgetNanos;
    StoryGrouping.Session grouping = StoryGrouping.withoutIndex().open();
    List<Article> batch = new ArrayList<>(BATCH);
    long[] done = {0};
    Instant now = Instant.now();
    RecordSink sink = new RecordSink() {
      @Override
      public void accept(Article article, String location) {
        if (done[0] + batch.size() >= articles || importer.importing() || cpuNanos() > deadline) {
          return;
        }
        batch.add(importer.prepared(article));
        if (batch.size() == BATCH) {
          done[0] += encode(grouping, batch, documents, now);
        }
      }

      @Override
      public void reject(RecordError error) {
        // The shipped demo files have no bad records; nothing to warm here.
      }
    };
    long before = -1;
    while (done[0] + batch.size() < articles && done[0] + batch.size() > before && !importer.importing()
        && cpuNanos() <= deadline) {
      before = done[0] + batch.size();
      DemoCorpus.readInto(name -> sink);
    }
    return done[0] + encode(grouping, batch, documents, now);
  }

  /** CPU this thread has used (the JVM measures thread CPU time on every platform Facetwire runs on). */
  private static long cpuNanos() {
    return THREADS.getCurrentThreadCpuTime();
  }

  private static int encode(StoryGrouping.Session grouping, List<Article> batch, ArticleDocuments documents,
      Instant now) {
    int n = batch.size();
    for (StoryGrouping.Grouped g : grouping.assign(batch)) {
      documents.documentBytes(g.article(), documents.encode(g.article(), g.keys()), now);
    }
    batch.clear();
    return n;
  }
}
