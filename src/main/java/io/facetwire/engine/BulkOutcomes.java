package io.facetwire.engine;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.bulk.OperationType;
import io.facetwire.article.RecordError;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;

/**
 * What became of one import session's writes: the ingester's listener, each record's outcome (stored,
 * unchanged, failed with its reason) and the follow-ups some outcomes need — a create that met a stored
 * article (409, {@link ExistingArticles}), a write that met a reindex's block ({@link BlockedWrites}), a
 * request refused as a whole or not answered ({@link RefusedBulks}) — until every operation has settled.
 *
 * <p>Kept apart from {@link ArticleWriter}, which decides what to write: this class only learns what
 * happened to it.
 */
final class BulkOutcomes implements BulkListener<ArticleWriter.Pending> {

  private final AtomicLong indexed = new AtomicLong();
  private final AtomicLong unchanged = new AtomicLong();
  /** Operations given to the ingester whose outcome the listener has not seen yet. */
  private final AtomicLong outstanding = new AtomicLong();
  private final List<RecordError> failures = Collections.synchronizedList(new ArrayList<>());
  /** Set when a bulk request could not reach Elasticsearch at all: the import stops there. */
  private volatile Throwable lost;
  private final ExistingArticles existing;
  private final BlockedWrites blocked;
  private final RefusedBulks refused;

  /** @param rewrite writes a stored article whose content changed again, with its stored ingestion time */
  BulkOutcomes(ElasticsearchClient client, String alias, BiConsumer<ArticleWriter.Pending, Instant> rewrite) {
    existing = new ExistingArticles(client, alias, indexed, unchanged, rewrite);
    blocked = new BlockedWrites(client, indexed, this::fail, p -> existing.add(p, false));
    refused = new RefusedBulks(client, (response, items, afterTimeout) -> outcomes(
        items.stream().map(RefusedBulks.Item::operation).toList(),
        items.stream().map(RefusedBulks.Item::pending).toList(), response, afterTimeout), this::fail);
  }

  /** Called before an operation is given to the ingester, so {@link #settle} waits for its outcome. */
  void sending() {
    outstanding.incrementAndGet();
  }

  /** A record that needs no write (the same id again later in its batch). */
  void unchangedWithoutWrite() {
    unchanged.incrementAndGet();
  }

  void fail(RecordError error) {
    failures.add(error);
  }

  private void fail(ArticleWriter.Origin o, String reason) {
    failures.add(new RecordError(o.file(), o.location(), o.line(), reason));
  }

  /** The failure that showed Elasticsearch cannot be reached, or null. */
  Throwable lost() {
    return lost;
  }

  long indexed() {
    return indexed.get();
  }

  long unchanged() {
    return unchanged.get();
  }

  int failed() {
    return failures.size();
  }

  /** A copy of what is known so far (the writer may still add to it). */
  WriteSummary soFar() {
    synchronized (failures) {
      return new WriteSummary(indexed.get(), unchanged.get(), new ArrayList<>(failures));
    }
  }

  /** The outcome once {@link #settle} has returned. */
  WriteSummary summary() {
    return new WriteSummary(indexed.get(), unchanged.get(), failures);
  }

  /** Looks up stored articles met so far once a full batch of them has gathered. */
  void resolveExisting() {
    existing.resolve(false);
  }

  /**
   * Creates that met stored articles come back with 409, writes that met a reindex's write block are
   * sent again, requests refused as a whole are split: settles all until nothing is in flight.
   */
  void settle(BulkIngester<ArticleWriter.Pending> ingester) {
    do {
      awaitIngester(ingester);
      refused.resend();
      blocked.retry();
      existing.resolve(true);
    } while (!existing.isEmpty() || !blocked.isEmpty() || !refused.isEmpty() || outstanding.get() > 0);
  }

  /**
   * Sends what the ingester holds and waits until the listener has seen every operation's outcome
   * (the ingester calls its listener asynchronously, so its own in-flight count is not enough).
   */
  private void awaitIngester(BulkIngester<ArticleWriter.Pending> ingester) {
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

  @Override
  public void beforeBulk(long executionId, BulkRequest request, List<ArticleWriter.Pending> contexts) {}

  @Override
  public void afterBulk(long executionId, BulkRequest request, List<ArticleWriter.Pending> contexts,
      BulkResponse response) {
    try {
      outcomes(request.operations(), contexts, response, false);
    } finally {
      outstanding.addAndGet(-contexts.size());
    }
  }

  @Override
  public void afterBulk(long executionId, BulkRequest request, List<ArticleWriter.Pending> contexts,
      Throwable failure) {
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
        for (ArticleWriter.Pending p : contexts) {
          fail(p.origin(), RefusedBulks.reason(failure));
        }
      }
    } finally {
      outstanding.addAndGet(-contexts.size());
    }
  }

  /**
   * Each item's own answer: stored, already there (409 on create), write-blocked, or refused.
   * {@code afterTimeout}: sent again after a request with no answer, so a 409 may be the first try's own write.
   */
  private void outcomes(List<BulkOperation> operations, List<ArticleWriter.Pending> contexts,
      BulkResponse response, boolean afterTimeout) {
    List<BulkResponseItem> items = response.items();
    for (int i = 0; i < items.size(); i++) {
      BulkResponseItem item = items.get(i);
      if (item.error() == null) {
        indexed.incrementAndGet();
      } else if (item.status() == 409 && item.operationType() == OperationType.Create) {
        existing.add(contexts.get(i), afterTimeout);
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
