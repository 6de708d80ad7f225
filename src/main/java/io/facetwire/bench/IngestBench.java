package io.facetwire.bench;

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
import io.facetwire.story.StoryGrouping;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.RestClient;

/**
 * Ingest speed: Facetwire's import (read, id, extraction, content-hash check, bulk) against raw bulk
 * requests of the very same enriched documents, serialized beforehand, sent through the low-level
 * client with the same batch size and the same two requests in flight, on the same node.
 */
final class IngestBench {

  private static final int BATCH_SIZE = 1000;

  private final ReutersCopies corpus;
  private final Facetwire facetwire;
  private final RestClient rest;
  private final ObjectMapper json = Json.mapper();
  private final CorpusStats stats = new CorpusStats();
  private final AtomicInteger rejected = new AtomicInteger();

  private final java.util.function.LongSupplier serverCpuMillis;

  /** @param serverCpuMillis CPU time used so far by the server process (which runs the node) */
  IngestBench(ReutersCopies corpus, Facetwire facetwire, java.util.function.LongSupplier serverCpuMillis) {
    this.serverCpuMillis = serverCpuMillis;
    this.corpus = corpus;
    this.facetwire = facetwire;
    this.rest = facetwire.engine().restClient();
  }

  /** What the query log is drawn from; filled while the raw documents are prepared. */
  CorpusStats stats() {
    return stats;
  }

  IngestResult run(PrintLogger log) throws IOException {
    log.line("Preparing the enriched documents for the raw run (not timed)…");
    RawBatches batches = RawBatches.of(serializedBatches());
    long articles = stats.articles();

    RawBulk baseline = new RawBulk(rest, new IndexBootstrap(facetwire.engine().client(), json,
        facetwire.engine().layout()).definition(IndexNames.ARTICLES), this::cpuMillis);
    // Both sides warm up unmeasured first: the server's indexing code and this process's extraction
    // keep being compiled (JIT) for the first few hundred thousand documents, and a cold run would
    // decide the ratio. The Facetwire warm-up imports into scratch indices that are deleted afterwards.
    log.line("Warm-up: raw bulk and a Facetwire import of all " + articles + " documents (not measured)…");
    baseline.run(batches);
    facetwireRun(scratch(), new ArrayList<>());
    deleteIndices("bench-scratch-*");
    Nodes.awaitMergesIdle(rest);

    // Measured: raw, Facetwire, raw, Facetwire, raw. Each Facetwire run sits between two raw runs, so
    // a change in the machine's load shows up instead of deciding the ratio; the figures are medians.
    // The first Facetwire run goes to scratch indices again, the second into the index the searches
    // use next (a second import into the same index would find every article unchanged).
    List<IngestResult.Run> raw = new ArrayList<>();
    List<IngestResult.Run> imports = new ArrayList<>();
    raw.add(baseline.run(batches));
    log.line(String.format("Raw bulk of %d documents: %.1f s", articles, last(raw).seconds()));
    facetwireRun(scratch(), imports);
    log.line(String.format("Facetwire import of the same articles: %.1f s", last(imports).seconds()));
    deleteIndices("bench-scratch-*");
    Nodes.awaitMergesIdle(rest);
    raw.add(baseline.run(batches));
    log.line(String.format("Raw bulk again: %.1f s", last(raw).seconds()));
    ImportSummary summary = facetwireRun(facetwire, imports);
    log.line(String.format("Facetwire import again: %.1f s", last(imports).seconds()));
    raw.add(baseline.run(batches));
    log.line(String.format("Raw bulk a third time: %.1f s", last(raw).seconds()));
    return new IngestResult(articles, raw, imports, summary);
  }

  /** A Facetwire on the same node whose indices (created here, with the real mappings) are scratch. */
  private Facetwire scratch() {
    return Facetwire.onEngine(facetwire.engine(), new IndexNames("bench-scratch-"), facetwire.extractor(),
        java.time.Clock.systemUTC(), io.facetwire.FacetwireConfig.defaults());
  }

  /** Deletion by wildcard is refused by default (destructive_requires_name): list, then name them. */
  private void deleteIndices(String pattern) throws IOException {
    Response r = rest.performRequest(new Request("GET", "/_cat/indices/" + pattern + "?h=index"));
    String names = String.join(",", new String(r.getEntity().getContent().readAllBytes(),
        StandardCharsets.UTF_8).strip().split("\\s+"));
    if (!names.isEmpty()) {
      rest.performRequest(new Request("DELETE", "/" + names));
    }
  }

  private static <T> T last(List<T> list) {
    return list.get(list.size() - 1);
  }

  /** Facetwire's import of the corpus into {@code target}'s articles index, checked and timed. */
  private ImportSummary facetwireRun(Facetwire target, List<IngestResult.Run> runs) throws IOException {
    String alias = target.names().articles();
    long before = count(alias);
    long cpu0 = cpuMillis();
    long own0 = ProcessCpu.ownMillis();
    long t0 = System.nanoTime();
    Importer.Run run = target.importer().start();
    corpus.read(run::forFile);
    ImportSummary summary = run.finish();
    double seconds = (System.nanoTime() - t0) / 1e9;
    long cpu = cpuMillis() - cpu0;
    long own = ProcessCpu.ownMillis() - own0;
    long added = count(alias) - before;
    if (added != stats.articles() || summary.failed() != rejected.get()) {
      throw new IllegalStateException("Facetwire import added " + added + " of " + stats.articles() + ": "
          + summary.oneLine());
    }
    Nodes.awaitMergesIdle(rest);
    runs.add(new IngestResult.Run(seconds, cpu, own));
    return summary;
  }

  private long cpuMillis() {
    return serverCpuMillis.getAsLong() + ProcessCpu.ownMillis();
  }

  /** The documents exactly as Facetwire stores them, as NDJSON bulk bodies of 1,000 operations. */
  private List<byte[]> serializedBatches() throws IOException {
    Importer importer = facetwire.importer();
    ArticleDocuments documents = new ArticleDocuments(json, facetwire.facets());
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
          String action = "{\"index\":{\"_index\":\"" + RawBulk.INDEX + "\",\"_id\":"
              + json.writeValueAsString(enriched.id()) + "}}\n";
          batch.write(action.getBytes(StandardCharsets.UTF_8));
          batch.write(documents.stored(enriched, StoryGrouping.keys(enriched), now).bytes());
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

  private long count(String index) throws IOException {
    Response r = rest.performRequest(new Request("GET", "/" + index + "/_count"));
    return json.readTree(r.getEntity().getContent()).path("count").asLong();
  }
}
