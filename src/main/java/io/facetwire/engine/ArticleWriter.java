package io.facetwire.engine;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.facetwire.article.Article;
import io.facetwire.article.RecordError;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes articles to the articles alias in bulk through the client's {@link BulkIngester}: no
 * per-document request, no per-document refresh, two bulk requests in flight so both cores work.
 *
 * <p>Articles are checked against what is stored in batches (one {@code _mget} per batch, real-time,
 * fetching only the content hash): identical ones are counted as unchanged and not rewritten.
 */
public final class ArticleWriter {

  private static final int BATCH_SIZE = 1000;
  private static final int BLOCK_RETRIES = 10;

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

  private static boolean isWriteBlock(BulkResponseItem item) {
    return "cluster_block_exception".equals(item.error().type())
        && String.valueOf(item.error().reason()).contains("index write");
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Where a record came from, so a failure reported by Elasticsearch names it. */
  public record Origin(String file, String location, int line) {}

  public Session open() {
    return new Session();
  }

  /** One import: add articles, then {@link #finish} to flush, wait and make them searchable. */
  public final class Session {
    private final Map<String, Pending> pending = new LinkedHashMap<>();
    private final AtomicLong indexed = new AtomicLong();
    private final AtomicLong unchanged = new AtomicLong();
    private final List<RecordError> failures = Collections.synchronizedList(new ArrayList<>());
    private final List<Blocked> blocked = Collections.synchronizedList(new ArrayList<>());
    private final BulkIngester<Origin> ingester;

    private Session() {
      ingester = BulkIngester.of(b -> b.client(client)
          .maxOperations(BATCH_SIZE)
          .maxSize(8L * 1024 * 1024)
          .maxConcurrentRequests(2)
          .listener(new Listener()));
    }

    private record Pending(Article article, String hash, Origin origin) {}

    /** Adds an article that already has its stable id and facets. */
    public void add(Article article, Origin origin) {
      String hash = documents.contentHash(article);
      Pending previous = pending.put(article.id(), new Pending(article, hash, origin));
      if (previous != null) {
        // The same id twice in one batch: the later record wins, the earlier one was a no-op.
        unchanged.incrementAndGet();
      }
      if (pending.size() >= BATCH_SIZE) {
        flushPending();
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

    private void flushPending() {
      if (pending.isEmpty()) {
        return;
      }
      List<Pending> batch = new ArrayList<>(pending.values());
      pending.clear();
      Map<String, StoredState> stored = fetchStored(batch);
      Instant now = clock.instant();
      for (Pending p : batch) {
        StoredState existing = stored.get(p.article().id());
        if (existing != null && p.hash().equals(existing.hash())) {
          unchanged.incrementAndGet();
          continue;
        }
        Instant ingestedAt = existing != null && existing.ingestedAt() != null ? existing.ingestedAt() : now;
        ObjectNode doc = documents.toDocument(p.article().withIngestedAt(ingestedAt), p.hash());
        ingester.add(op -> op.index(i -> i.index(alias).id(p.article().id()).document(doc)), p.origin());
      }
    }

    private record StoredState(String hash, Instant ingestedAt) {}

    private Map<String, StoredState> fetchStored(List<Pending> batch) {
      List<String> ids = batch.stream().map(p -> p.article().id()).toList();
      Map<String, StoredState> result = new java.util.HashMap<>();
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
      flushPending();
      ingester.close();
      retryBlocked();
      try {
        client.indices().refresh(r -> r.index(alias));
      } catch (IOException e) {
        throw new EngineUnavailableException("Refresh of " + alias + " failed: " + Engine.describe(e), e);
      }
      return new WriteSummary(indexed.get(), unchanged.get(), failures);
    }

    /** A write turned away by an index write block, kept to be sent again. */
    private record Blocked(BulkOperation operation, Origin origin) {}

    /**
     * A reindex blocks writes on the old index for a moment before it moves the alias: writes that
     * hit that moment go again (through the alias, so to the new index) instead of failing.
     */
    private void retryBlocked() {
      List<Blocked> waiting = new ArrayList<>(blocked);
      blocked.clear();
      for (int attempt = 1; !waiting.isEmpty() && attempt <= BLOCK_RETRIES; attempt++) {
        sleep(200L * attempt);
        List<Blocked> again = new ArrayList<>();
        try {
          BulkResponse response = client.bulk(b -> b.operations(waiting.stream().map(Blocked::operation).toList()));
          for (int i = 0; i < response.items().size(); i++) {
            BulkResponseItem item = response.items().get(i);
            if (item.error() == null) {
              indexed.incrementAndGet();
            } else if (isWriteBlock(item) && attempt < BLOCK_RETRIES) {
              again.add(waiting.get(i));
            } else {
              fail(waiting.get(i).origin(), "rejected by Elasticsearch: " + item.error().reason());
            }
          }
        } catch (IOException | RuntimeException e) {
          waiting.forEach(w -> fail(w.origin(), "bulk request failed: " + Engine.describe(e)));
        }
        waiting.clear();
        waiting.addAll(again);
      }
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
          } else if (isWriteBlock(item)) {
            blocked.add(new Blocked(request.operations().get(i), contexts.get(i)));
          } else {
            fail(contexts.get(i), "rejected by Elasticsearch: " + item.error().reason());
          }
        }
      }

      @Override
      public void afterBulk(long executionId, BulkRequest request, List<Origin> contexts, Throwable failure) {
        for (Origin o : contexts) {
          failures.add(new RecordError(o.file(), o.location(), o.line(),
              "bulk request failed: " + Engine.describe(failure)));
        }
      }
    }
  }
}
