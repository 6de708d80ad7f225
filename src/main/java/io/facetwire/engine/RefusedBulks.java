package io.facetwire.engine;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.transport.TransportException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * Bulk requests Elasticsearch refused as a whole (a 4xx for the request, e.g. a validation rule on
 * one item), sent again in halves until every record that can be stored is stored and each one it
 * refuses fails by itself with Elasticsearch's reason.
 *
 * <p>A request that got no answer within the client's socket timeout (a node busy with a first bulk,
 * merges or a loaded machine) is sent again once, in halves. That is safe: the writer creates
 * articles, so a record the node stored the first time answers 409, and its stored copy (the very
 * {@code ingested_at} the first try sent) tells it apart from an article stored by an earlier import
 * ({@link ExistingArticles}). A half that times out again fails with the reason; one slow node never
 * stops the whole import.
 *
 * <p>The importer checks the rules it knows before sending (see {@code ArticleIds.problem}); this is
 * for the ones it does not, so one bad record can never cost its batch.
 */
final class RefusedBulks {

  /** A bracketed value in Elasticsearch's message longer than 40 characters: "[yyyy…]". */
  private static final Pattern LONG_VALUE = Pattern.compile("\\[([^\\]]{40})[^\\]]+\\]");

  /** One operation with the record it came from. */
  record Item(BulkOperation operation, ArticleWriter.Pending pending) {}

  /** Where a sent item's own answer goes: the same handling as the ingester's listener. */
  interface Outcomes {
    /** @param afterTimeout the items were sent before and may have been stored by that first try */
    void accept(BulkResponse response, List<Item> items, boolean afterTimeout);
  }

  private final ElasticsearchClient client;
  private final Outcomes outcomes;
  private final BiConsumer<ArticleWriter.Origin, String> fail;
  private final List<Refused> waiting = Collections.synchronizedList(new ArrayList<>());

  private record Refused(List<Item> items, Throwable failure) {}

  RefusedBulks(ElasticsearchClient client, Outcomes outcomes, BiConsumer<ArticleWriter.Origin, String> fail) {
    this.client = client;
    this.outcomes = outcomes;
    this.fail = fail;
  }

  /** True when Elasticsearch answered the request and refused it: worth splitting, not a lost connection. */
  static boolean isRefusal(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ElasticsearchException e) {
        return e.status() >= 400 && e.status() < 500 && e.status() != 429;
      }
      if (t instanceof TransportException e) {
        return e.statusCode() >= 400 && e.statusCode() < 500 && e.statusCode() != 429;
      }
    }
    return false;
  }

  /** True when the request was sent but no answer came within the socket timeout: busy, not gone. */
  static boolean isTimeout(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof java.net.SocketTimeoutException) {
        return true;
      }
    }
    return false;
  }

  /** True when no answer came at all (connection refused or lost): Elasticsearch is gone, not busy. */
  static boolean isUnreachable(Throwable failure) {
    boolean io = false;
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ElasticsearchException || (t instanceof TransportException e && e.statusCode() > 0)) {
        return false;
      }
      io |= t instanceof IOException;
    }
    return io;
  }

  void add(List<Item> refused, Throwable failure) {
    waiting.add(new Refused(List.copyOf(refused), failure));
  }

  boolean isEmpty() {
    return waiting.isEmpty();
  }

  /** Sends every waiting batch again, split in halves while Elasticsearch refuses the whole. */
  void resend() {
    List<Refused> batches;
    synchronized (waiting) {
      batches = new ArrayList<>(waiting);
      waiting.clear();
    }
    for (Refused batch : batches) {
      boolean afterTimeout = isTimeout(batch.failure());
      if (batch.items().size() == 1 && afterTimeout) {
        send(batch.items(), true);
      } else if (batch.items().size() == 1) {
        // Refused alone already: nothing to separate it from.
        fail.accept(batch.items().get(0).pending().origin(), reason(batch.failure()));
      } else {
        split(batch.items(), afterTimeout);
      }
    }
  }

  private void split(List<Item> batch, boolean afterTimeout) {
    int half = batch.size() / 2;
    for (List<Item> part : List.of(batch.subList(0, half), batch.subList(half, batch.size()))) {
      send(part, afterTimeout);
    }
  }

  private void send(List<Item> items, boolean afterTimeout) {
    try {
      BulkResponse response = client.bulk(b -> b.operations(items.stream().map(Item::operation).toList()));
      outcomes.accept(response, items, afterTimeout);
    } catch (IOException | RuntimeException e) {
      if (items.size() > 1 && isRefusal(e)) {
        split(items, afterTimeout);
      } else {
        items.forEach(i -> fail.accept(i.pending().origin(), reason(e)));
      }
    }
  }

  /**
   * Elasticsearch's words, cut short: its messages quote the offending value ("id [yyyy…] is too
   * long"), which may be long, so quoted values keep their first 40 characters and the whole at most 300.
   */
  static String reason(Throwable failure) {
    if (DiskFull.is(failure)) {
      return "not stored: " + DiskFull.MESSAGE;
    }
    String why = (isRefusal(failure) ? "refused by Elasticsearch: " : "bulk request failed: ")
        + LONG_VALUE.matcher(Engine.describe(failure)).replaceAll("[$1\u2026]");
    return why.length() <= 300 ? why : why.substring(0, 299) + "\u2026";
  }
}
