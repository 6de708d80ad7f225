package io.facetwire.engine;

import io.facetwire.engine.bulk.BulkWrite;
import io.facetwire.engine.bulk.ItemAnswer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Writes turned away by an index write block, sent again at the end of an import.
 *
 * <p>{@code reindex} blocks writes on the old index for a moment before it moves the alias; writes
 * that meet that moment go again through the alias, so to the new index, instead of failing.
 */
final class BlockedWrites {

  private static final int RETRIES = 10;

  private final BulkSender sender;
  private final String alias;
  private final AtomicLong indexed;
  private final BiConsumer<ArticleWriter.Origin, String> fail;
  private final Consumer<ArticleWriter.Pending> alreadyStored;
  private final List<BulkItem> waiting = Collections.synchronizedList(new ArrayList<>());

  /** @param alreadyStored where a create that now meets a stored article goes (as from a first request) */
  BlockedWrites(BulkSender sender, String alias, AtomicLong indexed, BiConsumer<ArticleWriter.Origin, String> fail,
      Consumer<ArticleWriter.Pending> alreadyStored) {
    this.sender = sender;
    this.alias = alias;
    this.indexed = indexed;
    this.fail = fail;
    this.alreadyStored = alreadyStored;
  }

  static boolean isWriteBlock(ItemAnswer answer) {
    return "cluster_block_exception".equals(answer.errorType())
        && String.valueOf(answer.errorReason()).contains("index write");
  }

  void add(BulkItem item) {
    waiting.add(item);
  }

  boolean isEmpty() {
    return waiting.isEmpty();
  }

  /** Sends the blocked writes again, waiting a little longer each time, for about ten seconds in all. */
  void retry() {
    List<BulkItem> pending;
    synchronized (waiting) {
      pending = new ArrayList<>(waiting);
      waiting.clear();
    }
    for (int attempt = 1; !pending.isEmpty() && attempt <= RETRIES; attempt++) {
      sleep(200L * attempt);
      List<BulkItem> again = new ArrayList<>();
      try {
        List<BulkWrite> writes = pending.stream().map(BulkItem::write).toList();
        List<ItemAnswer> answers = sender.sendNow(alias, writes, 1);
        for (int i = 0; i < answers.size(); i++) {
          ItemAnswer answer = answers.get(i);
          BulkItem item = pending.get(i);
          if (answer.ok()) {
            indexed.incrementAndGet();
          } else if (answer.status() == 409 && item.write().create()) {
            alreadyStored.accept(item.pending());
          } else if (isWriteBlock(answer) && attempt < RETRIES) {
            again.add(item);
          } else {
            fail.accept(item.pending().origin(), "rejected by Elasticsearch: " + answer.errorReason());
          }
        }
      } catch (IOException | RuntimeException e) {
        pending.forEach(p -> fail.accept(p.pending().origin(), "bulk request failed: " + Engine.describe(e)));
      }
      pending = again;
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
