package io.facetwire.web.export;

import io.facetwire.search.MatchExport;
import io.facetwire.search.SearchResult;
import java.io.IOException;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * An export's time budget ({@code FACETWIRE_EXPORT_TIMEOUT}) checked before every row it writes, not only
 * between pages of 1,000 rows. Writing a row blocks while the client does not read, so a client reading
 * just above the minimum pace ({@code FACETWIRE_MIN_BODY_RATE}) kept the export running, and its place
 * among the few expensive ones ({@code FACETWIRE_EXPENSIVE_TOTAL}: two) taken, for the budget plus a whole
 * page: some 450 KB, minutes at 1 KB/s. Now a place is held at most the budget plus the wait for the one
 * piece in the connection's buffer ({@code PacedAnswers} bounds that), so two slow readers cannot keep
 * everyone else's exports and wildcard searches out for longer.
 */
final class RowDeadline implements MatchExport.RowSink {

  /** Thrown from {@link #row} once the budget is spent: the export stops there. */
  static final class Spent extends IOException {
    Spent() {
      super("the export's time budget is spent");
    }
  }

  private final MatchExport.RowSink rows;
  private final LongSupplier nanoClock;
  private final boolean bounded;
  private final long deadline;
  private long written;

  /** @param budget null: no deadline; {@code nanoClock}: {@link System#nanoTime} (which may wrap) */
  RowDeadline(MatchExport.RowSink rows, Duration budget, LongSupplier nanoClock) {
    this.rows = rows;
    this.nanoClock = nanoClock;
    this.bounded = budget != null;
    // Compared by difference, as System.nanoTime must be; a budget of centuries is still a deadline.
    // (Duration.toNanos itself overflows past 292 years.)
    long most = Long.MAX_VALUE / 2;
    long nanos = budget == null ? 0 : budget.getSeconds() >= most / 1_000_000_000L ? most : budget.toNanos();
    this.deadline = nanoClock.getAsLong() + nanos;
  }

  @Override
  public void row(SearchResult.Hit hit) throws IOException {
    if (bounded && nanoClock.getAsLong() - deadline >= 0) {
      throw new Spent();
    }
    rows.row(hit);
    written++;
  }

  /** What is left of the budget (a long wait when there is none; nothing once it is spent). */
  Duration remaining() {
    if (!bounded) {
      return Duration.ofDays(1);
    }
    return Duration.ofNanos(Math.max(0, deadline - nanoClock.getAsLong()));
  }

  /** Rows handed on so far. */
  long written() {
    return written;
  }
}
