package io.facetwire.engine;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.transport.TransportException;
import io.facetwire.engine.bulk.BulkRefused;
import io.facetwire.engine.bulk.BulkWrite;
import io.facetwire.engine.bulk.ItemAnswer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * Bulk operations that have no outcome yet because their request failed as a whole, sent again until
 * each has one:
 * <ul>
 *   <li>refused as a whole (a 4xx for the request, e.g. a validation rule on one item): sent again in
 *   halves until every record that can be stored is stored and each one the node refuses fails by itself
 *   with its reason;</li>
 *   <li>no answer within the socket timeout (a node busy with merges, a loaded machine): sent again
 *   whole, waiting one socket timeout longer each time, up to {@value #RESENDS} times;</li>
 *   <li>queues full (429, for the request or for single items): sent again after a pause that doubles,
 *   up to {@value #RESENDS} times.</li>
 * </ul>
 *
 * <p>Sending a request again after no answer is safe however often it happens, because it is the same
 * request: the same ids, the same bytes (the very {@code ingested_at} of the first try), {@code create}
 * for new articles. Whatever a lost try stored answers 409 and is recognised as this import's own write
 * ({@link ExistingArticles}); a rewrite ({@code index}) only writes the same document again. Each
 * operation is counted once, from the one answer that arrives. Giving up on such a request instead would
 * report as failed articles the node may well have stored, which is what a loaded machine showed.
 *
 * <p>The importer checks the rules it knows before sending (see {@code ArticleIds.problem}); this is
 * for the ones it does not, so one bad record can never cost its batch.
 */
final class RefusedBulks {

  /** How often a request without an answer, or one the node was too busy for, is sent again. */
  static final int RESENDS = 5;
  private static final long FIRST_PAUSE_MILLIS = 100;
  /** A bracketed value in Elasticsearch's message longer than 40 characters: "[yyyy…]". */
  private static final Pattern LONG_VALUE = Pattern.compile("\\[([^\\]]{40})[^\\]]+\\]");
  private static final String TOO_BUSY = "not stored: Elasticsearch stayed too busy to take it (429) after "
      + RESENDS + " tries";

  /** Where the answers of a request sent again go: the same handling as the first request's. */
  interface Outcomes {
    /**
     * @param afterTimeout the items were sent before and may have been stored by that first try
     * @param attempt      how often these items were sent again
     */
    void accept(List<BulkItem> items, List<ItemAnswer> answers, boolean afterTimeout, int attempt);
  }

  /** Operations waiting to be sent again; {@code failure} null: items the node was too busy for (429). */
  private record Refused(List<BulkItem> items, Throwable failure, boolean afterTimeout, int attempt) {}

  private final BulkSender sender;
  private final String alias;
  private final Outcomes outcomes;
  private final BiConsumer<ArticleWriter.Origin, String> fail;
  private final List<Refused> waiting = Collections.synchronizedList(new ArrayList<>());

  RefusedBulks(BulkSender sender, String alias, Outcomes outcomes, BiConsumer<ArticleWriter.Origin, String> fail) {
    this.sender = sender;
    this.alias = alias;
    this.outcomes = outcomes;
    this.fail = fail;
  }

  /** True when Elasticsearch answered the request and refused it: worth splitting, not a lost connection. */
  static boolean isRefusal(Throwable failure) {
    int status = status(failure);
    return status >= 400 && status < 500 && status != 429;
  }

  /** True when the node answered that its queues are full: worth a pause and another try. */
  static boolean isBusy(Throwable failure) {
    return status(failure) == 429;
  }

  /** The HTTP status the node answered the whole request with, or 0 when no answer came. */
  private static int status(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof BulkRefused r) {
        return r.status();
      }
      if (t instanceof ElasticsearchException e) {
        return e.status();
      }
      if (t instanceof TransportException e) {
        return e.statusCode();
      }
    }
    return 0;
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
      if (t instanceof BulkRefused || t instanceof ElasticsearchException
          || (t instanceof TransportException e && e.statusCode() > 0)) {
        return false;
      }
      io |= t instanceof IOException;
    }
    return io;
  }

  /** A request that failed as a whole, refused, busy or without an answer (see {@link #isRefusal} …). */
  void add(List<BulkItem> items, Throwable failure) {
    waiting.add(new Refused(List.copyOf(items), failure, false, 0));
  }

  /** Items the node answered 429 for, after {@code attempt} tries. */
  void busy(List<BulkItem> items, boolean afterTimeout, int attempt) {
    waiting.add(new Refused(List.copyOf(items), null, afterTimeout, attempt));
  }

  boolean isEmpty() {
    return waiting.isEmpty();
  }

  /** Sends every waiting request again, until each of its operations has an outcome. */
  void resend() {
    List<Refused> batches;
    synchronized (waiting) {
      batches = new ArrayList<>(waiting);
      waiting.clear();
    }
    for (Refused r : batches) {
      again(r.items(), r.failure(), r.afterTimeout(), r.attempt());
    }
  }

  /** Decides by the failure how {@code items} go again: later, whole, in halves, or not at all. */
  private void again(List<BulkItem> items, Throwable failure, boolean afterTimeout, int attempt) {
    if (failure == null || isBusy(failure)) {
      if (attempt >= RESENDS) {
        failAll(items, failure == null ? TOO_BUSY : reason(failure));
        return;
      }
      pause(FIRST_PAUSE_MILLIS << attempt);
      send(items, afterTimeout, attempt + 1, 1);
    } else if (isTimeout(failure)) {
      if (attempt >= RESENDS) {
        failAll(items, reason(failure));
        return;
      }
      // The node may be storing the first try right now: the same request, with more patience.
      send(items, true, attempt + 1, attempt + 2);
    } else if (isRefusal(failure) && items.size() > 1) {
      int half = items.size() / 2;
      send(items.subList(0, half), afterTimeout, attempt, 1);
      send(items.subList(half, items.size()), afterTimeout, attempt, 1);
    } else {
      // Refused alone already (nothing to separate it from), or the node is gone.
      failAll(items, reason(failure));
    }
  }

  private void send(List<BulkItem> items, boolean afterTimeout, int attempt, int patience) {
    List<BulkWrite> writes = new ArrayList<>(items.size());
    for (BulkItem item : items) {
      writes.add(item.write());
    }
    List<ItemAnswer> answers;
    try {
      answers = sender.sendNow(alias, writes, patience);
    } catch (IOException | RuntimeException e) {
      again(items, e, afterTimeout, attempt);
      return;
    }
    outcomes.accept(items, answers, afterTimeout, attempt);
  }

  private void failAll(List<BulkItem> items, String reason) {
    items.forEach(i -> fail.accept(i.pending().origin(), reason));
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
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
    // Never half of a surrogate pair at the cut: the reason goes into JSON answers and pages.
    return why.length() <= 300 ? why : why.substring(0, Character.isHighSurrogate(why.charAt(298)) ? 298 : 299) + "\u2026";
  }
}
