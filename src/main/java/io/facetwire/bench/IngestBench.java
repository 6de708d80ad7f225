package io.facetwire.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.facetwire.Facetwire;
import io.facetwire.Json;
import io.facetwire.article.Article;
import io.facetwire.article.RecordError;
import io.facetwire.article.RecordSink;
import io.facetwire.engine.ArticleDocuments;
import io.facetwire.engine.IndexBootstrap;
import io.facetwire.engine.IndexNames;
import io.facetwire.ingest.ImportSummary;
import io.facetwire.ingest.Importer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.http.entity.ByteArrayEntity;
import org.apache.http.entity.ContentType;
import org.apache.http.util.EntityUtils;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.RestClient;

/**
 * Ingest speed: Facetwire's import (read, id, extraction, content-hash check, bulk) against raw bulk
 * requests of the very same enriched documents, serialized beforehand, sent through the low-level
 * client with the same batch size and the same two requests in flight, on the same node.
 */
final class IngestBench {

  static final String RAW_INDEX = "bench-raw-articles-v1";
  private static final int BATCH_SIZE = 1000;
  private static final int IN_FLIGHT = 2;

  private final ReutersCopies corpus;
  private final Facetwire facetwire;
  private final RestClient rest;
  private final ObjectMapper json = Json.mapper();
  private final CorpusStats stats = new CorpusStats();
  private final AtomicInteger rejected = new AtomicInteger();

  private final java.util.function.LongSupplier serverCpuMillis;

  IngestBench(ReutersCopies corpus, Facetwire facetwire, java.util.function.LongSupplier serverCpuMillis) {
    this.serverCpuMillis = serverCpuMillis;
    this.corpus = corpus;
    this.facetwire = facetwire;
    this.rest = facetwire.engine().restClient();
  }

  /** One timed run: wall-clock seconds and CPU of the server and this process together. */
  record Run(double seconds, long cpuMillis) {
    Map<String, Object> toJson() {
      return Map.of("seconds", Latencies.round(seconds), "cpu_ms", cpuMillis);
    }
  }

  /**
   * Raw and Facetwire runs alternate (raw, Facetwire, raw, Facetwire, raw) so that a change in the
   * machine's load between runs shows instead of deciding the ratio; the medians are compared.
   */
  record Result(long articles, List<Run> raw, List<Run> facetwire, ImportSummary summary) {
    double rawSeconds() {
      return median(raw.stream().map(Run::seconds).toList());
    }

    double facetwireSeconds() {
      return median(facetwire.stream().map(Run::seconds).toList());
    }

    double rawRate() {
      return articles / rawSeconds();
    }

    double facetwireRate() {
      return articles / facetwireSeconds();
    }

    double ratio() {
      return facetwireRate() / rawRate();
    }

    double rawCpuMicrosPerArticle() {
      return median(raw.stream().map(r -> (double) r.cpuMillis()).toList()) * 1000.0 / articles;
    }

    double facetwireCpuMicrosPerArticle() {
      return median(facetwire.stream().map(r -> (double) r.cpuMillis()).toList()) * 1000.0 / articles;
    }

    /** What the ratio would be if both had the machine's CPU to themselves. */
    double cpuRatio() {
      return rawCpuMicrosPerArticle() / facetwireCpuMicrosPerArticle();
    }

    private static double median(List<Double> values) {
      List<Double> sorted = values.stream().sorted().toList();
      int n = sorted.size();
      return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    Map<String, Object> toJson() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("articles", articles);
      m.put("raw_runs", raw.stream().map(Run::toJson).toList());
      m.put("facetwire_runs", facetwire.stream().map(Run::toJson).toList());
      m.put("raw_articles_per_s", Math.round(rawRate()));
      m.put("facetwire_articles_per_s", Math.round(facetwireRate()));
      m.put("ratio", Latencies.round(ratio()));
      m.put("raw_cpu_us_per_article", Math.round(rawCpuMicrosPerArticle()));
      m.put("facetwire_cpu_us_per_article", Math.round(facetwireCpuMicrosPerArticle()));
      m.put("cpu_ratio", Latencies.round(cpuRatio()));
      m.put("facetwire_summary", summary.oneLine());
      return m;
    }
  }

  /** What the query log is drawn from; filled while the raw documents are prepared. */
  CorpusStats stats() {
    return stats;
  }

  Result run(PrintLogger log) throws IOException {
    log.line("Preparing the enriched documents for the raw run (not timed)…");
    List<byte[]> batches = serializedBatches();
    long articles = stats.articles();

    // The server's indexing code is still cold (JIT compiles for tens of seconds of CPU): an unmeasured
    // run first, else whatever runs first pays for it.
    int warmUp = Math.min(batches.size(), 40);
    log.line("Warm-up: raw bulk of " + warmUp + " requests (not measured)…");
    rawRun(batches.subList(0, warmUp));

    List<Run> raw = new ArrayList<>();
    List<Run> imports = new ArrayList<>();
    ImportSummary summary = null;
    for (int round = 0; round < 2; round++) {
      raw.add(rawRun(batches));
      log.line(String.format("Raw bulk of %d documents: %.1f s", articles, last(raw).seconds()));
      // The first import goes to scratch indices; the last one stays, for the searches that follow.
      boolean keep = round == 1;
      Facetwire target = keep ? facetwire : Facetwire.onEngine(facetwire.engine(), new IndexNames("bench-scratch-"),
          facetwire.extractor(), java.time.Clock.systemUTC());
      summary = facetwireRun(target, imports);
      log.line(String.format("Facetwire import of the same articles: %.1f s", last(imports).seconds()));
      if (!keep) {
        rest.performRequest(new Request("DELETE", "/bench-scratch-articles-v1,bench-scratch-saved-searches-v1"));
        Nodes.awaitMergesIdle(rest);
      }
    }
    raw.add(rawRun(batches));
    log.line(String.format("Raw bulk again: %.1f s", last(raw).seconds()));
    return new Result(articles, raw, imports, summary);
  }

  private static <T> T last(List<T> list) {
    return list.get(list.size() - 1);
  }

  /** Facetwire's import of the corpus into {@code target}'s articles index, checked and timed. */
  private ImportSummary facetwireRun(Facetwire target, List<Run> runs) throws IOException {
    String alias = target.names().articles();
    long before = count(alias);
    long cpu0 = cpuMillis();
    long t0 = System.nanoTime();
    Importer.Run run = target.importer().start();
    corpus.read(run::forFile);
    ImportSummary summary = run.finish();
    double seconds = (System.nanoTime() - t0) / 1e9;
    long cpu = cpuMillis() - cpu0;
    long added = count(alias) - before;
    if (added != stats.articles() || summary.failed() != rejected.get()) {
      throw new IllegalStateException("Facetwire import added " + added + " of " + stats.articles() + ": "
          + summary.oneLine());
    }
    Nodes.awaitMergesIdle(rest);
    runs.add(new Run(seconds, cpu));
    return summary;
  }

  private long cpuMillis() {
    return serverCpuMillis.getAsLong() + ProcessCpu.ownMillis();
  }

  /** The documents exactly as Facetwire stores them, as NDJSON bulk bodies of 1,000 operations. */
  private List<byte[]> serializedBatches() throws IOException {
    Importer importer = facetwire.importer();
    ArticleDocuments documents = new ArticleDocuments(json);
    Instant now = Instant.now();
    List<byte[]> batches = new ArrayList<>();
    ByteArrayOutputStream batch = new ByteArrayOutputStream(2 << 20);
    AtomicInteger inBatch = new AtomicInteger();
    corpus.read(file -> new RecordSink() {
      @Override
      public void accept(Article article, String location) {
        Article enriched = importer.enrich(article);
        stats.add(enriched, file.endsWith("#copy1"));
        try {
          String action = "{\"index\":{\"_index\":\"" + RAW_INDEX + "\",\"_id\":"
              + json.writeValueAsString(enriched.id()) + "}}\n";
          batch.write(action.getBytes(StandardCharsets.UTF_8));
          batch.write(documents.documentBytes(enriched, documents.encode(enriched), now));
          batch.write('\n');
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        if (inBatch.incrementAndGet() == BATCH_SIZE) {
          batches.add(batch.toByteArray());
          batch.reset();
          inBatch.set(0);
        }
      }

      @Override
      public void reject(RecordError error) {
        // Reuters-21578 has a few empty stories; Facetwire's import reports the same ones as failed.
        rejected.incrementAndGet();
      }
    });
    if (inBatch.get() > 0) {
      batches.add(batch.toByteArray());
    }
    return batches;
  }

  /** Raw bulk of the batches into a fresh index, refreshed, counted, deleted; merges waited out. */
  private Run rawRun(List<byte[]> batches) throws IOException {
    createRawIndex();
    long cpu0 = cpuMillis();
    long t0 = System.nanoTime();
    sendAll(batches);
    rest.performRequest(new Request("POST", "/" + RAW_INDEX + "/_refresh"));
    double seconds = (System.nanoTime() - t0) / 1e9;
    long cpu = cpuMillis() - cpu0;
    long expected = batches.stream().mapToLong(IngestBench::operations).sum();
    long stored = count(RAW_INDEX);
    if (stored != expected) {
      throw new IllegalStateException("Raw index holds " + stored + " documents, expected " + expected);
    }
    rest.performRequest(new Request("DELETE", "/" + RAW_INDEX));
    Nodes.awaitMergesIdle(rest);
    return new Run(seconds, cpu);
  }

  /** Bulk operations in an NDJSON body: two lines each. */
  private static long operations(byte[] body) {
    long lines = 0;
    for (byte b : body) {
      if (b == '\n') {
        lines++;
      }
    }
    return lines / 2;
  }

  private void createRawIndex() throws IOException {
    JsonNode definition = new IndexBootstrap(facetwire.engine().client(), json, facetwire.engine().layout())
        .definition(IndexNames.ARTICLES);
    Request create = new Request("PUT", "/" + RAW_INDEX);
    create.setJsonEntity(json.writeValueAsString(definition));
    try {
      rest.performRequest(new Request("DELETE", "/" + RAW_INDEX));
    } catch (org.elasticsearch.client.ResponseException absent) {
      // Not there from an earlier run: fine.
    }
    rest.performRequest(create);
  }

  private void sendAll(List<byte[]> batches) {
    AtomicInteger next = new AtomicInteger();
    AtomicReference<Exception> failure = new AtomicReference<>();
    List<Thread> senders = new ArrayList<>();
    for (int i = 0; i < IN_FLIGHT; i++) {
      Thread t = new Thread(() -> {
        for (int b; failure.get() == null && (b = next.getAndIncrement()) < batches.size(); ) {
          try {
            Request bulk = new Request("POST", "/_bulk");
            bulk.setEntity(new ByteArrayEntity(batches.get(b), ContentType.create("application/x-ndjson")));
            Response response = rest.performRequest(bulk);
            byte[] body = EntityUtils.toByteArray(response.getEntity());
            String head = new String(body, 0, Math.min(40, body.length), StandardCharsets.UTF_8);
            if (head.contains("\"errors\":true")) {
              throw new IllegalStateException("Raw bulk had item errors: "
                  + new String(body, 0, Math.min(2000, body.length), StandardCharsets.UTF_8));
            }
          } catch (Exception e) {
            failure.compareAndSet(null, e);
          }
        }
      }, "raw-bulk-" + i);
      senders.add(t);
      t.start();
    }
    for (Thread t : senders) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    if (failure.get() != null) {
      throw new IllegalStateException("Raw bulk failed: " + failure.get().getMessage(), failure.get());
    }
  }

  private long count(String index) throws IOException {
    Response r = rest.performRequest(new Request("GET", "/" + index + "/_count"));
    return json.readTree(r.getEntity().getContent()).path("count").asLong();
  }
}
