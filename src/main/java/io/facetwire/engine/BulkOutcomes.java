package io.facetwire.engine;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.facetwire.article.RecordError;
import io.facetwire.engine.bulk.ItemAnswer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;

/**
 * What became of one import session's writes: each record's outcome (stored, unchanged, failed with its
 * reason) from the answers of its bulk requests, and the follow-ups some outcomes need — a create that
 * met a stored article (409, {@link ExistingArticles}), a write that met a reindex's block
 * ({@link BlockedWrites}), a request refused as a whole, not answered or turned away as too busy
 * ({@link RefusedBulks}) — until every operation has settled.
 *
 * <p>Kept apart from {@link ArticleWriter}, which decides what to write: this class only learns what
 * happened to it.
 */
final class BulkOutcomes implements BulkRequests.Answers {

  private final AtomicLong indexed = new AtomicLong();
  private final AtomicLong unchanged = new AtomicLong();
  private final List<RecordError> failures = Collections.synchronizedList(new ArrayList<>());
  /** Set when a bulk request could not reach Elasticsearch at all: the import stops there. */
  private volatile Throwable lost;
  private final ExistingArticles existing;
  private final BlockedWrites blocked;
  private final RefusedBulks refused;

  /** @param rewrite writes a stored article whose content changed again, with its stored ingestion time */
  BulkOutcomes(ElasticsearchClient client, BulkSender sender, String alias,
      BiConsumer<ArticleWriter.Pending, Instant> rewrite) {
    existing = new ExistingArticles(client, alias, indexed, unchanged, rewrite);
    blocked = new BlockedWrites(sender, alias, indexed, this::fail, p -> existing.add(p, false));
    refused = new RefusedBulks(sender, alias, this::outcomes, this::fail);
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
  void settle(BulkRequests requests) {
    requests.flush();
    requests.awaitIdle();
    while (!existing.isEmpty() || !blocked.isEmpty() || !refused.isEmpty()) {
      refused.resend();
      blocked.retry();
      existing.resolve(true);
      // The rewrites just made may have filled a request, which went out at once (nothing is left gathering):
      // its answer is awaited here, or the summary would be read before those articles are counted.
      requests.flush();
      requests.awaitIdle();
    }
  }

  @Override
  public void answered(List<BulkItem> items, List<ItemAnswer> answers) {
    outcomes(items, answers, false, 0);
  }

  @Override
  public void failed(List<BulkItem> items, Throwable failure) {
    // Refused as a whole, no answer in time, or too busy: sent again (see RefusedBulks).
    if (RefusedBulks.isRefusal(failure) || RefusedBulks.isTimeout(failure) || RefusedBulks.isBusy(failure)) {
      refused.add(items, failure);
      return;
    }
    if (lost == null && RefusedBulks.isUnreachable(failure)) {
      lost = failure;
    }
    for (BulkItem item : items) {
      fail(item.pending().origin(), RefusedBulks.reason(failure));
    }
  }

  /**
   * Each item's own answer: stored, already there (409 on create), write-blocked, too busy, or refused.
   * {@code afterTimeout}: sent again after a request with no answer, so a 409 may be the first try's own write.
   */
  private void outcomes(List<BulkItem> items, List<ItemAnswer> answers, boolean afterTimeout, int attempt) {
    List<BulkItem> busy = null;
    for (int i = 0; i < answers.size(); i++) {
      ItemAnswer answer = answers.get(i);
      BulkItem item = items.get(i);
      if (answer.ok()) {
        indexed.incrementAndGet();
      } else if (answer.status() == 409 && item.write().create()) {
        existing.add(item.pending(), afterTimeout);
      } else if (BlockedWrites.isWriteBlock(answer)) {
        blocked.add(item);
      } else if (answer.errorReason() != null && DiskFull.is(answer.errorReason())) {
        fail(item.pending().origin(), "not stored: " + DiskFull.MESSAGE);
      } else if (answer.status() == 429) {
        (busy == null ? busy = new ArrayList<>() : busy).add(item);
      } else {
        fail(item.pending().origin(), "rejected by Elasticsearch: " + answer.errorReason());
      }
    }
    if (busy != null) {
      refused.busy(busy, afterTimeout, attempt);
    }
  }
}
