package io.facetwire.ingest;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.facetwire.Json;
import io.facetwire.article.Article;
import io.facetwire.article.ArticleIds;
import io.facetwire.article.ReadOptions;
import io.facetwire.article.RecordError;
import io.facetwire.article.RecordSink;
import io.facetwire.engine.ArticleWriter;
import io.facetwire.extract.FacetExtractor;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A server's first import used to pay for compiling the whole import path (issue 15; session 14 counted
 * 2,500 more JIT compilations and 20 % more server CPU than the same import again on the same server):
 * reading, extraction, story grouping, the documents' encoding, the bulk requests and their answers, and
 * the node's own indexing code. This runs that path — the very code of {@code POST /api/import/files}
 * ({@link FileStreamImport}, an {@link Importer} and its writer) — over the Wikinews articles of the demo
 * corpus, a few rounds under fresh ids, into a scratch index that is deleted afterwards, on a background
 * thread once the server has answered its first request (so the first page never waits for it).
 *
 * <p>It gives way to any real import: as soon as one starts it writes nothing more (at most the round in
 * hand, a few hundred articles, is finished), and it stops at a bound on its own thread's CPU, so on a
 * loaded machine it costs what it would cost on a quiet one. Nothing of it reaches the articles index,
 * the metrics or the import listeners (alerts, topic re-tags).
 */
public final class ImportWarmUp {

  private static final Logger LOG = LoggerFactory.getLogger(ImportWarmUp.class);
  /**
   * Bodies are cut to this many characters (at a space, by the importer's own cut): news-wire length, about
   * twice a Reuters article's mean, where a Wikinews article has 4,700 on average. More articles per CPU
   * second for the per-article code (story grouping, encoding, bulk items), and the node indexes a third of
   * the text.
   */
  static final int BODY_CHARS = 2_000;
  /** A bound on the warm-up thread's own CPU (reading, extraction, grouping, encoding), whatever the count. */
  static final long CPU_BUDGET_NANOS = 20_000_000_000L;

  /** What the warm-up did, and why it stopped. */
  public record Outcome(long articles, int rounds, long threadCpuMillis, long wallMillis, String stopped) {
    public String oneLine() {
      return String.format("%,d articles in %d rounds, %,d ms of its thread's CPU, %,d ms; %s", articles, rounds,
          threadCpuMillis, wallMillis, stopped);
    }
  }

  private final ElasticsearchClient client;
  private final ObjectNode definition;
  private final String index;
  private final Function<String, ArticleWriter> writerInto;
  private final Supplier<FacetExtractor> extractors;
  private final int maxBodyChars;
  private final LongSupplier realImportsStarted;
  private final long articles;

  /**
   * @param definition         the articles index's definition (settings and mappings): the scratch index is
   *                           made like it, so the node indexes the same fields
   * @param index              the scratch index's name (deleted first if an earlier warm-up left it)
   * @param writerInto         a writer into the given index, made as the server's own
   * @param extractors         the server's extractor in use, as its importer takes it
   * @param maxBodyChars       the server's cut of long bodies
   * @param realImportsStarted the server's imports started so far ({@link Importer#runsStarted}): the
   *                           warm-up stops when it grows
   * @param articles           how many articles to run through the path at most
   */
  public ImportWarmUp(ElasticsearchClient client, ObjectNode definition, String index,
      Function<String, ArticleWriter> writerInto, Supplier<FacetExtractor> extractors, int maxBodyChars,
      LongSupplier realImportsStarted, long articles) {
    this.client = client;
    this.definition = definition;
    this.index = index;
    this.writerInto = writerInto;
    this.extractors = extractors;
    this.maxBodyChars = maxBodyChars;
    this.realImportsStarted = realImportsStarted;
    this.articles = articles;
  }

  /**
   * Runs on a daemon thread of its own once {@code signal} is counted down or {@code atLatest} has passed
   * (a server: once it answered its first request), and returns the thread.
   */
  public Thread startAfter(CountDownLatch signal, Duration atLatest) {
    Thread thread = new Thread(() -> {
      try {
        signal.await(atLatest.toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        return;
      }
      runLogged();
    }, "facetwire-import-warm-up");
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  private void runLogged() {
    try {
      LOG.info("Import warm-up: {}", run().oneLine());
    } catch (RuntimeException e) {
      // Only the first import's speed depends on it: a warm-up that fails is a line in the log.
      LOG.warn("Import warm-up: failed ({}); the first import compiles its code itself", e.toString());
    }
  }

  /** Runs the warm-up on the calling thread. */
  public Outcome run() {
    long startedAt = System.nanoTime();
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long cpuAtStart = cpu.getCurrentThreadCpuTime();
    long realAtStart = realImportsStarted.getAsLong();
    Stop stop = () -> {
      if (realImportsStarted.getAsLong() != realAtStart) {
        return "an import began";
      }
      return cpu.getCurrentThreadCpuTime() - cpuAtStart > CPU_BUDGET_NANOS ? "its CPU bound was reached" : null;
    };
    long done = 0;
    int rounds = 0;
    String stopped = null;
    byte[] body = demoFiles();
    deleteIndex();
    try {
      createIndex();
      // Its figures go to a registry of its own: /metrics counts the server's real imports only.
      Importer importer = new Importer(writerInto.apply(index), extractors,
          Math.min(maxBodyChars, BODY_CHARS), new SimpleMeterRegistry());
      while (done < articles && (stopped = stop.why()) == null) {
        Importer.Run run = importer.start();
        String round = "warm-up-" + rounds + "-";
        long left = articles - done;
        RoundSinks sinks = new RoundSinks(run, round, left, stop);
        FileStreamImport.read(new ByteArrayInputStream(body), ReadOptions.NONE, sinks::forFile);
        done += run.finish().indexed();
        rounds++;
        stopped = sinks.stopped;
        if (stopped != null) {
          break;
        }
      }
    } finally {
      deleteIndex();
    }
    long cpuMillis = (cpu.getCurrentThreadCpuTime() - cpuAtStart) / 1_000_000;
    return new Outcome(done, rounds, cpuMillis, (System.nanoTime() - startedAt) / 1_000_000,
        stopped != null ? "stopped: " + stopped : "done");
  }

  /** Why the warm-up is to stop now, or null. */
  private interface Stop {
    String why();
  }

  /**
   * One round's sinks: each article under an id of the round (every round writes new articles, as a first
   * import does, rather than meeting its earlier copies as a re-import would), until the count is reached or
   * the warm-up is to stop; what comes after is dropped unread by the pipeline.
   */
  private static final class RoundSinks {
    private final Importer.Run run;
    private final String idPrefix;
    private final Stop stop;
    private long left;
    String stopped;

    RoundSinks(Importer.Run run, String idPrefix, long left, Stop stop) {
      this.run = run;
      this.idPrefix = idPrefix;
      this.left = left;
      this.stop = stop;
    }

    RecordSink forFile(String file) {
      RecordSink sink = run.forFile(file);
      return new RecordSink() {
        @Override
        public void accept(Article article, String location) {
          if (left <= 0 || stopped != null || (stopped = stop.why()) != null) {
            return;
          }
          left--;
          sink.accept(article.withId(idPrefix + ArticleIds.withStableId(article).id()), location);
        }

        @Override
        public void reject(RecordError error) {
          sink.reject(error);
        }
      };
    }
  }

  /** The demo corpus's Wikinews files as one {@link FileStream} body, as the import command would send them. */
  static byte[] demoFiles() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 21);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      for (String file : DemoCorpus.WIKINEWS) {
        try (InputStream in = DemoCorpus.open(file)) {
          FileStream.writeFile(out, file, in);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private void createIndex() {
    try {
      String json = Json.mapper().writeValueAsString(definition);
      client.indices().create(c -> c.index(index).withJson(new StringReader(json))
          .waitForActiveShards(w -> w.count(1)));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the warm-up index " + index, e);
    }
  }

  private void deleteIndex() {
    try {
      client.indices().delete(d -> d.index(index));
    } catch (ElasticsearchException e) {
      if (e.status() != 404) {
        LOG.warn("Import warm-up: could not delete its index {}: {}", index, e.getMessage());
      }
    } catch (IOException e) {
      LOG.warn("Import warm-up: could not delete its index {}: {}", index, e.toString());
    }
  }
}
