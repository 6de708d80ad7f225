package io.facetwire.ingest;

import io.facetwire.article.Article;
import io.facetwire.article.ArticleIds;
import io.facetwire.engine.ArticleDocuments;
import io.facetwire.extract.FacetExtractor;
import io.facetwire.story.StoryGrouping;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs an import's own CPU work (stable id, extraction, story fingerprint and keys, the document's
 * bytes) over the demo texts shipped in the jar, writing nothing, so that the JIT has compiled it before
 * the first real import arrives.
 *
 * <p>Why: a fresh JVM runs extraction interpreted and half-compiled for its first tens of thousands of
 * articles (measured in session 6: 350 µs per article cold against ~21 µs warm, plus several seconds of
 * C2 compilations), and on a 2-core machine that cold work sits on the import's critical path beside the
 * node's indexing. Done on a background thread once the server is listening (or while the import
 * command's own node starts), it costs the same CPU once, at a moment when the cores are idle.
 */
public final class ImportWarmUp {

  private static final Logger LOG = LoggerFactory.getLogger(ImportWarmUp.class);
  /** Demo articles (296) times this many passes: about 6,000 extractions. */
  public static final int DEFAULT_PASSES = 20;
  /** Environment variable: {@code false} turns the warm-up off ({@code serve} and {@code import}). */
  public static final String SETTING = "FACETWIRE_IMPORT_WARM_UP";

  private final Supplier<FacetExtractor> extractors;
  private final ArticleDocuments documents;
  private final int passes;
  private volatile boolean stopped;
  private volatile long articlesDone;
  private Thread thread;

  public ImportWarmUp(Supplier<FacetExtractor> extractors, ArticleDocuments documents, int passes) {
    this.extractors = extractors;
    this.documents = documents;
    this.passes = passes;
  }

  /** Starts the passes on a daemon thread of low priority; returns at once. */
  public synchronized ImportWarmUp startInBackground() {
    if (passes > 0 && thread == null) {
      thread = new Thread(this::runLogged, "facetwire-warm-up");
      thread.setDaemon(true);
      thread.setPriority(Thread.MIN_PRIORITY);
      thread.start();
    }
    return this;
  }

  /** Asks the passes to end after the article at hand (an import of real articles is starting). */
  public void stop() {
    stopped = true;
  }

  /** Waits for the background passes to end (tests; a stopped warm-up ends within one article). */
  public void await() throws InterruptedException {
    Thread t;
    synchronized (this) {
      t = thread;
    }
    if (t != null) {
      t.join();
    }
  }

  /** Articles run through the import's steps so far (every pass counts each demo article once). */
  public long articlesDone() {
    return articlesDone;
  }

  private void runLogged() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpu0 = threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : 0;
    long t0 = System.nanoTime();
    try {
      run();
      LOG.info("Import warm-up: {} articles through extraction and encoding in {} ms ({} ms of this thread's CPU){}",
          articlesDone, (System.nanoTime() - t0) / 1_000_000,
          threads.isCurrentThreadCpuTimeSupported() ? (threads.getCurrentThreadCpuTime() - cpu0) / 1_000_000 : -1,
          stopped ? ", stopped early by an import" : "");
    } catch (RuntimeException e) {
      // The warm-up only saves time; a failure here must not disturb the server.
      LOG.warn("Import warm-up stopped: {}", e.toString());
    }
  }

  /** Runs the passes on the calling thread. */
  public void run() {
    List<Article> texts = DemoCorpus.articles();
    Instant now = Instant.now();
    for (int pass = 0; pass < passes && !stopped; pass++) {
      FacetExtractor extractor = extractors.get();
      for (Article read : texts) {
        if (stopped) {
          return;
        }
        Article withId = ArticleIds.withStableId(read);
        Article tagged = withId.tagged(extractor.extract(withId.title(), withId.body(), withId.source()),
            extractor.topicsVersion());
        ArticleDocuments.Encoded encoded = documents.encode(tagged, StoryGrouping.keys(tagged));
        documents.documentBytes(tagged, encoded, now);
        articlesDone++;
      }
    }
  }
}
