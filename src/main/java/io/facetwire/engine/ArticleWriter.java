package io.facetwire.engine;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.util.BinaryData;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.facetwire.article.Article;
import io.facetwire.article.RecordError;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes articles to the articles alias in bulk through the client's {@link BulkIngester}: no
 * per-document request, no per-document refresh, two bulk requests in flight so both cores work.
 *
 * <p>Articles are checked against what is stored in batches (one {@code _mget} per batch, real-time,
 * fetching only the content hash): identical ones are counted as unchanged and not rewritten.
 *
 * <p>The caller's thread only collects batches (it is busy reading and extracting); a writer thread
 * per session serializes each article once (content hash and document from the same bytes), asks for
 * the stored hashes and hands the documents to the ingester, so reading and extraction go on while
 * Elasticsearch answers the {@code _mget} and indexes the previous batches.
 */
public final class ArticleWriter {

  private static final int BATCH_SIZE = 1000;
  /** Batches handed over but not yet written: enough to keep the writer busy, little memory. */
  private static final int BATCHES_AHEAD = 2;

  private final ElasticsearchClient client;
  private final String alias;
  private final ArticleDocuments documents;
  private final Clock clock;

  public ArticleWriter(ElasticsearchClient client, String alias, ArticleDocuments documents, Clock clock) {
    this.client = client;
    this.alias = alias;
    this.documents = documents;
    this.clock = clock;
  }

  /** Where a record came from, so a failure reported by Elasticsearch names it. */
  public record Origin(String file, String location, int line) {}

  public Session open() {
    return new Session();
  }

  private record Pending(Article article, Origin origin) {}

  /** One import: add articles, then {@link #finish} to flush, wait and make them searchable. */
  public final class Session {
    private List<Pending> batch = new ArrayList<>(BATCH_SIZE);
    private final BlockingQueue<List<Pending>> handedOver = new ArrayBlockingQueue<>(BATCHES_AHEAD);
    private Thread writer;
    private volatile Throwable writerFailure;
    private final AtomicLong indexed = new AtomicLong();
    private final AtomicLong unchanged = new AtomicLong();
    private final List<RecordError> failures = Collections.synchronizedList(new ArrayList<>());
    private final BlockedWrites blocked;
    private final BulkIngester<Origin> ingester;

    private Session() {
      ingester = BulkIngester.of(b -> b.client(client)
          .maxOperations(BATCH_SIZE)
          .maxSize(8L * 1024 * 1024)
          .maxConcurrentRequests(2)
          // Queues full (429): wait and send again instead of failing the records.
          .backoffPolicy(co.elastic.clients.transport.BackoffPolicy.exponentialBackoff(100L, 5))
          .listener(new Listener()));
      blocked = new BlockedWrites(client, indexed, this::fail);
    }

    /** Adds an article that already has its stable id and facets. */
    public void add(Article article, Origin origin) {
      batch.add(new Pending(article, origin));
      if (batch.size() >= BATCH_SIZE) {
        handOver();
      }
    }

    /** A record that never reached the writer (unreadable input) still belongs in the summary. */
    public void fail(RecordError error) {
      failures.add(error);
    }

    public long indexedSoFar() {
      return indexed.get();
    }

    public long unchangedSoFar() {
      return unchanged.get();
    }

    public int failedSoFar() {
      return failures.size();
    }

    private void handOver() {
      if (writer == null) {
        writer = new Thread(this::writeBatches, "facetwire-writer");
        writer.setDaemon(true);
        writer.start();
      }
      try {
        while (!handedOver.offer(batch, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
          rethrowWriterFailure();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while handing articles to the writer", e);
      }
      batch = new ArrayList<>(BATCH_SIZE);
    }

    private void writeBatches() {
      try {
        for (List<Pending> next; !(next = handedOver.take()).isEmpty(); ) {
          write(next);
        }
      } catch (Throwable e) {
        writerFailure = e;
      }
    }

    private void rethrowWriterFailure() {
      if (writerFailure != null) {
        throw new EngineUnavailableException("Writing articles failed: " + Engine.describe(writerFailure),
            writerFailure);
      }
    }

    private void write(List<Pending> articles) {
      // The same id twice in one batch: the later record wins, the earlier one was a no-op.
      Map<String, Pending> byId = new LinkedHashMap<>();
      for (Pending p : articles) {
        if (byId.put(p.article().id(), p) != null) {
          unchanged.incrementAndGet();
        }
      }
      Map<String, ArticleDocuments.Encoded> encoded = new HashMap<>();
      byId.forEach((id, p) -> encoded.put(id, documents.encode(p.article())));
      Map<String, StoredState> stored = fetchStored(new ArrayList<>(byId.keySet()));
      Instant now = clock.instant();
      for (Pending p : byId.values()) {
        String id = p.article().id();
        ArticleDocuments.Encoded e = encoded.get(id);
        StoredState existing = stored.get(id);
        if (existing != null && e.contentHash().equals(existing.hash())) {
          unchanged.incrementAndGet();
          continue;
        }
        Instant ingestedAt = existing != null && existing.ingestedAt() != null ? existing.ingestedAt() : now;
        BinaryData doc = BinaryData.of(documents.documentBytes(p.article(), e, ingestedAt), "application/json");
        ingester.add(op -> op.index(i -> i.index(alias).id(id).document(doc)), p.origin());
      }
    }

    private record StoredState(String hash, Instant ingestedAt) {}

    private Map<String, StoredState> fetchStored(List<String> ids) {
      Map<String, StoredState> result = new HashMap<>();
      try {
        MgetResponse<ObjectNode> response = client.mget(m -> m.index(alias).ids(ids)
            .sourceIncludes("content_hash", "ingested_at"), ObjectNode.class);
        for (var doc : response.docs()) {
          if (doc.isResult() && doc.result().found() && doc.result().source() != null) {
            ObjectNode src = doc.result().source();
            String ingested = src.path("ingested_at").asText(null);
            result.put(doc.result().id(), new StoredState(src.path("content_hash").asText(""),
                ingested == null ? null : Instant.parse(ingested)));
          }
        }
      } catch (IOException | RuntimeException e) {
        // Without the stored hashes every article is simply rewritten: slower, never wrong.
        return Map.of();
      }
      return result;
    }

    /** Flushes, waits for every bulk request, refreshes, and tells what happened. */
    public WriteSummary finish() {
      if (writer == null) {
        write(batch);  // A small import (one HTTP request): no thread needed.
      } else {
        if (!batch.isEmpty()) {
          handOver();
        }
        batch = List.of();
        handOver();  // The empty batch tells the writer to stop.
        try {
          writer.join();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("Interrupted while waiting for the writer", e);
        }
        rethrowWriterFailure();
      }
      ingester.close();
      blocked.retry();
      try {
        client.indices().refresh(r -> r.index(alias));
      } catch (IOException e) {
        throw new EngineUnavailableException("Refresh of " + alias + " failed: " + Engine.describe(e), e);
      }
      return new WriteSummary(indexed.get(), unchanged.get(), failures);
    }

    private void fail(Origin o, String reason) {
      failures.add(new RecordError(o.file(), o.location(), o.line(), reason));
    }

    private final class Listener implements BulkListener<Origin> {
      @Override
      public void beforeBulk(long executionId, BulkRequest request, List<Origin> contexts) {}

      @Override
      public void afterBulk(long executionId, BulkRequest request, List<Origin> contexts, BulkResponse response) {
        List<BulkResponseItem> items = response.items();
        for (int i = 0; i < items.size(); i++) {
          BulkResponseItem item = items.get(i);
          if (item.error() == null) {
            indexed.incrementAndGet();
          } else if (BlockedWrites.isWriteBlock(item)) {
            blocked.add(request.operations().get(i), contexts.get(i));
          } else {
            fail(contexts.get(i), "rejected by Elasticsearch: " + item.error().reason());
          }
        }
      }

      @Override
      public void afterBulk(long executionId, BulkRequest request, List<Origin> contexts, Throwable failure) {
        for (Origin o : contexts) {
          fail(o, "bulk request failed: " + Engine.describe(failure));
        }
      }
    }
  }
}
