package io.facetwire.engine;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.bulk.OperationType;
import co.elastic.clients.util.BinaryData;
import io.facetwire.article.Article;
import io.facetwire.article.RecordError;
import io.facetwire.story.StoryGrouping;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
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
 * <p>Each article is written with {@code create}, which Elasticsearch refuses (409) when the id is
 * already stored: only those are looked up ({@link ExistingArticles}, one {@code _mget} per thousand,
 * fetching the content hash) and are counted as unchanged or rewritten with their original
 * {@code ingested_at}. A first import thus pays for no lookups at all.
 *
 * <p>The caller's thread only collects batches (it is busy reading and extracting); a writer thread
 * per session serializes each article once (content hash and document from the same bytes) and hands
 * the documents to the ingester, so reading and extraction go on while Elasticsearch indexes.
 */
public final class ArticleWriter {

  private static final int BATCH_SIZE = 1000;
  /** Batches handed over but not yet written: enough to keep the writer busy, little memory. */
  private static final int BATCHES_AHEAD = 2;

  private final ElasticsearchClient client;
  private final String alias;
  private final ArticleDocuments documents;
  private final Clock clock;
  private final StoryGrouping stories;
  private final RefreshPause refreshPause;

  public ArticleWriter(ElasticsearchClient client, String alias, ArticleDocuments documents, Clock clock) {
    this.client = client;
    this.alias = alias;
    this.documents = documents;
    this.clock = clock;
    this.stories = new StoryGrouping(client, alias);
    this.refreshPause = new RefreshPause(client, alias);
  }

  /** The refresh slowed while big imports write (one per writer, shared by its sessions). */
  public RefreshPause refreshPause() {
    return refreshPause;
  }

  /** Where a record came from, so a failure reported by Elasticsearch names it. */
  public record Origin(String file, String location, int line) {}

  public Session open() {
    return new Session();
  }

  /** An article on its way, with its serialized form once the writer thread has made it. */
  /** An article on its way: its story's near-duplicate keys once grouped, its bytes once encoded. */
  record Pending(Article article, Origin origin, List<String> nearDupKeys, ArticleDocuments.Encoded encoded) {
    Pending withEncoded(ArticleDocuments.Encoded e) {
      return new Pending(article, origin, nearDupKeys, e);
    }
  }

  /** One import: add articles, then {@link #finish} to flush, wait and make them searchable. */
  public final class Session {
    private List<Pending> batch = new ArrayList<>(BATCH_SIZE);
    private final BlockingQueue<List<Pending>> handedOver = new ArrayBlockingQueue<>(BATCHES_AHEAD);
    private Thread writer;
    /** Set once this session holds the {@link RefreshPause} (it got past its first full batch). */
    private boolean holdsRefreshPause;
    private volatile Throwable writerFailure;
    /** Set when a bulk request could not reach Elasticsearch at all: the import stops there. */
    private volatile Throwable lost;
    private final AtomicLong indexed = new AtomicLong();
    private final AtomicLong unchanged = new AtomicLong();
    /** Operations given to the ingester whose outcome the listener has not seen yet. */
    private final AtomicLong outstanding = new AtomicLong();
    private final List<RecordError> failures = Collections.synchronizedList(new ArrayList<>());
    private final BlockedWrites blocked;
    private final RefusedBulks refused;
    private final ExistingArticles existing;
    private final BulkIngester<Pending> ingester;
    private final StoryGrouping.Session grouping = stories.open();

    private Session() {
      ingester = BulkIngester.of(b -> b.client(client)
          .maxOperations(BATCH_SIZE)
          .maxSize(8L * 1024 * 1024)
          .maxConcurrentRequests(2)
          // Queues full (429): wait and send again instead of failing the records.
          .backoffPolicy(co.elastic.clients.transport.BackoffPolicy.exponentialBackoff(100L, 5))
          .listener(new Listener()));
      existing = new ExistingArticles(client, alias, unchanged, this::rewrite);
      blocked = new BlockedWrites(client, indexed, this::fail, existing::add);
      refused = new RefusedBulks(client, (response, items) -> outcomes(
          items.stream().map(RefusedBulks.Item::operation).toList(),
          items.stream().map(RefusedBulks.Item::pending).toList(), response), this::fail);
    }

    /** Adds an article that already has its stable id and facets. */
    public void add(Article article, Origin origin) {
      if (lost != null) {
        throw new EngineUnavailableException("Elasticsearch stopped answering: " + Engine.describe(lost), lost);
      }
      batch.add(new Pending(article, origin, null, null));
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

    /** What is known so far, for a summary when the import cannot finish. */
    public WriteSummary soFar() {
      synchronized (failures) {
        return new WriteSummary(indexed.get(), unchanged.get(), new ArrayList<>(failures));
      }
    }

    private void handOver() {
      if (writer == null) {
        // A thousand articles and more to come: worth the two settings requests of a slower refresh.
        refreshPause.hold();
        holdsRefreshPause = true;
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

    private void write(List<Pending> batch) {
      List<Pending> articles = withStories(batch);
      // The same id twice in one batch: the later record wins, the earlier one was a no-op.
      Map<String, Pending> byId = new LinkedHashMap<>();
      for (Pending p : articles) {
        if (byId.put(p.article().id(), p) != null) {
          unchanged.incrementAndGet();
        }
      }
      Instant now = clock.instant();
      for (Pending p : byId.values()) {
        Pending encoded = p.withEncoded(documents.encode(p.article(), p.nearDupKeys()));
        BinaryData doc = BinaryData.of(documents.documentBytes(p.article(), encoded.encoded(), now),
            "application/json");
        outstanding.incrementAndGet();
        ingester.add(op -> op.create(c -> c.index(alias).id(p.article().id()).document(doc)), encoded);
      }
      existing.resolve(false);
    }

    /** Each article with its story (the first-seen of its near-duplicates), looked up for the batch at once. */
    private List<Pending> withStories(List<Pending> batch) {
      List<StoryGrouping.Grouped> grouped = grouping.assign(batch.stream().map(Pending::article).toList());
      List<Pending> out = new ArrayList<>(batch.size());
      for (int i = 0; i < batch.size(); i++) {
        StoryGrouping.Grouped g = grouped.get(i);
        out.add(new Pending(g.article(), batch.get(i).origin(), g.keys(), null));
      }
      return out;
    }

    /** A stored article whose content changed: written over, keeping when it was first ingested. */
    private void rewrite(Pending p, Instant storedIngestedAt) {
      Instant ingestedAt = storedIngestedAt != null ? storedIngestedAt : clock.instant();
      BinaryData doc = BinaryData.of(documents.documentBytes(p.article(), p.encoded(), ingestedAt),
          "application/json");
      outstanding.incrementAndGet();
      ingester.add(op -> op.index(i -> i.index(alias).id(p.article().id()).document(doc)), p);
    }

    /** Flushes, waits for every bulk request, refreshes, and tells what happened. */
    public WriteSummary finish() {
      try {
        settle();
      } finally {
        if (holdsRefreshPause) {
          holdsRefreshPause = false;
          refreshPause.release();
        }
      }
      try {
        client.indices().refresh(r -> r.index(alias));
      } catch (IOException e) {
        throw new EngineUnavailableException("Refresh of " + alias + " failed: " + Engine.describe(e), e);
      }
      return new WriteSummary(indexed.get(), unchanged.get(), failures);
    }

    private void settle() {
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
      // Creates that met stored articles come back with 409, writes that met a reindex's write block
      // are sent again, requests refused as a whole are split: settle all until nothing is in flight.
      do {
        awaitIngester();
        refused.resend();
        blocked.retry();
        existing.resolve(true);
      } while (!existing.isEmpty() || !blocked.isEmpty() || !refused.isEmpty() || outstanding.get() > 0);
      ingester.close();
    }

    /**
     * Sends what the ingester holds and waits until the listener has seen every operation's outcome
     * (the ingester calls its listener asynchronously, so its own in-flight count is not enough).
     */
    private void awaitIngester() {
      ingester.flush();
      while (outstanding.get() > 0) {
        try {
          Thread.sleep(5);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("Interrupted while waiting for bulk requests", e);
        }
        ingester.flush();
      }
    }

    private void fail(Origin o, String reason) {
      failures.add(new RecordError(o.file(), o.location(), o.line(), reason));
    }

    private final class Listener implements BulkListener<Pending> {
      @Override
      public void beforeBulk(long executionId, BulkRequest request, List<Pending> contexts) {}

      @Override
      public void afterBulk(long executionId, BulkRequest request, List<Pending> contexts, BulkResponse response) {
        try {
          outcomes(request.operations(), contexts, response);
        } finally {
          outstanding.addAndGet(-contexts.size());
        }
      }

      @Override
      public void afterBulk(long executionId, BulkRequest request, List<Pending> contexts, Throwable failure) {
        try {
          // Refused as a whole, or no answer in time: sent again in halves (see RefusedBulks).
          if (RefusedBulks.isRefusal(failure) || RefusedBulks.isTimeout(failure)) {
            List<RefusedBulks.Item> items = new ArrayList<>(contexts.size());
            for (int i = 0; i < contexts.size(); i++) {
              items.add(new RefusedBulks.Item(request.operations().get(i), contexts.get(i)));
            }
            refused.add(items, failure);
          } else {
            if (lost == null && RefusedBulks.isUnreachable(failure)) {
              lost = failure;
            }
            for (Pending p : contexts) {
              fail(p.origin(), RefusedBulks.reason(failure));
            }
          }
        } finally {
          outstanding.addAndGet(-contexts.size());
        }
      }
    }

    /** Each item's own answer: stored, already there (409 on create), write-blocked, or refused. */
    private void outcomes(List<BulkOperation> operations, List<Pending> contexts, BulkResponse response) {
      List<BulkResponseItem> items = response.items();
      for (int i = 0; i < items.size(); i++) {
        BulkResponseItem item = items.get(i);
        if (item.error() == null) {
          indexed.incrementAndGet();
        } else if (item.status() == 409 && item.operationType() == OperationType.Create) {
          existing.add(contexts.get(i));
        } else if (BlockedWrites.isWriteBlock(item)) {
          blocked.add(operations.get(i), contexts.get(i));
        } else if (item.error().reason() != null && DiskFull.is(item.error().reason())) {
          fail(contexts.get(i).origin(), "not stored: " + DiskFull.MESSAGE);
        } else {
          fail(contexts.get(i).origin(), "rejected by Elasticsearch: " + item.error().reason());
        }
      }
    }
  }
}
