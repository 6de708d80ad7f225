package io.facetwire.engine;

import io.facetwire.engine.bulk.BulkWrite;
import io.facetwire.engine.bulk.ItemAnswer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Semaphore;

/**
 * The import's bulk requests: operations gathered into requests of at most {@value #MAX_OPERATIONS}
 * operations or {@value #MAX_BYTES} bytes, with at most {@value #CONCURRENT} requests waiting for their
 * answer, so the node indexes one while the next is on its way and both cores work. Adding waits while
 * both are out (the writer cannot run ahead of the node).
 *
 * <p>Each answer goes to {@link BulkOutcomes} on the client's I/O thread; a request's slot is freed only
 * once its outcomes are recorded, so {@link #awaitIdle} means every sent operation has its outcome.
 */
final class BulkRequests {

  static final int MAX_OPERATIONS = 1000;
  static final long MAX_BYTES = 8L * 1024 * 1024;
  static final int CONCURRENT = 2;

  /** Where answers go. */
  interface Answers {
    void answered(List<BulkItem> items, List<ItemAnswer> answers);

    void failed(List<BulkItem> items, Throwable failure);
  }

  private final BulkSender sender;
  private final String alias;
  private final Answers answers;
  private final Semaphore slots = new Semaphore(CONCURRENT);
  private List<BulkItem> gathering = new ArrayList<>();
  private long gatheredBytes;
  private long requestsSent;

  BulkRequests(BulkSender sender, String alias, Answers answers) {
    this.sender = sender;
    this.alias = alias;
    this.answers = answers;
  }

  synchronized void add(BulkItem item) {
    gathering.add(item);
    gatheredBytes += item.write().size();
    if (gathering.size() >= MAX_OPERATIONS || gatheredBytes >= MAX_BYTES) {
      sendGathered();
    }
  }

  /** Sends what was gathered, if anything. */
  synchronized void flush() {
    if (!gathering.isEmpty()) {
      sendGathered();
    }
  }

  /** Requests sent so far (what the tests count). */
  synchronized long requestsSent() {
    return requestsSent;
  }

  /** Waits until every request sent has been answered and its outcomes recorded. */
  void awaitIdle() {
    acquire(CONCURRENT);
    slots.release(CONCURRENT);
  }

  private void sendGathered() {
    List<BulkItem> items = gathering;
    gathering = new ArrayList<>();
    gatheredBytes = 0;
    acquire(1);
    CompletableFuture<List<ItemAnswer>> answered;
    try {
      List<BulkWrite> writes = new ArrayList<>(items.size());
      for (BulkItem item : items) {
        writes.add(item.write());
      }
      answered = sender.send(alias, writes, 1);
      requestsSent++;
    } catch (RuntimeException e) {
      slots.release();
      answers.failed(items, e);
      return;
    }
    answered.whenComplete((itemAnswers, failure) -> {
      try {
        if (failure == null) {
          answers.answered(items, itemAnswers);
        } else {
          answers.failed(items, failure instanceof CompletionException c && c.getCause() != null ? c.getCause() : failure);
        }
      } finally {
        slots.release();
      }
    });
  }

  private void acquire(int permits) {
    try {
      slots.acquire(permits);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for bulk requests", e);
    }
  }
}
