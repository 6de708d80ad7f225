package io.facetwire.engine;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.bulk.OperationType;
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

  private record Blocked(BulkOperation operation, ArticleWriter.Pending pending) {}

  private final ElasticsearchClient client;
  private final AtomicLong indexed;
  private final BiConsumer<ArticleWriter.Origin, String> fail;
  private final Consumer<ArticleWriter.Pending> alreadyStored;
  private final List<Blocked> waiting = Collections.synchronizedList(new ArrayList<>());

  /** @param alreadyStored where a create that now meets a stored article goes (as from the ingester) */
  BlockedWrites(ElasticsearchClient client, AtomicLong indexed, BiConsumer<ArticleWriter.Origin, String> fail,
      Consumer<ArticleWriter.Pending> alreadyStored) {
    this.client = client;
    this.indexed = indexed;
    this.fail = fail;
    this.alreadyStored = alreadyStored;
  }

  static boolean isWriteBlock(BulkResponseItem item) {
    return "cluster_block_exception".equals(item.error().type())
        && String.valueOf(item.error().reason()).contains("index write");
  }

  void add(BulkOperation operation, ArticleWriter.Pending pending) {
    waiting.add(new Blocked(operation, pending));
  }

  boolean isEmpty() {
    return waiting.isEmpty();
  }

  /** Sends the blocked writes again, waiting a little longer each time, for about ten seconds in all. */
  void retry() {
    List<Blocked> pending = new ArrayList<>(waiting);
    waiting.clear();
    for (int attempt = 1; !pending.isEmpty() && attempt <= RETRIES; attempt++) {
      sleep(200L * attempt);
      List<Blocked> again = new ArrayList<>();
      try {
        List<BulkOperation> operations = pending.stream().map(Blocked::operation).toList();
        BulkResponse response = client.bulk(b -> b.operations(operations));
        for (int i = 0; i < response.items().size(); i++) {
          BulkResponseItem item = response.items().get(i);
          if (item.error() == null) {
            indexed.incrementAndGet();
          } else if (item.status() == 409 && item.operationType() == OperationType.Create) {
            alreadyStored.accept(pending.get(i).pending());
          } else if (isWriteBlock(item) && attempt < RETRIES) {
            again.add(pending.get(i));
          } else {
            fail.accept(pending.get(i).pending().origin(), "rejected by Elasticsearch: " + item.error().reason());
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
