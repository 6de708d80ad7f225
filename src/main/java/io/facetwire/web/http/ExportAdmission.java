package io.facetwire.web.http;

import io.facetwire.FacetwireConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * The places of a CSV export (session 29). An export reads up to 100,000 matches a page of 1,000 at a time and writes
 * them at its reader's pace. Until session 29 it held a search place and an expensive place for all of it, its reader's
 * time included; visitors who are not signed in share one expensive place, so one reader that stopped reading kept
 * every other visitor's export and wildcard search out for the export's time budget (60 s), and again with the next
 * export. Now each page's search takes a search place and an expensive place of its own, as a search does, and gives
 * them back before its rows are written: Elasticsearch's work is bounded as before, and a reader's pace holds none of it.
 *
 * <p>What an export being read still costs (a thread, a connection, the page of rows it writes, some 1.5 MB) is bounded
 * by download places, held for the whole export: one per holder (an established account, else the client address:
 * {@code FACETWIRE_EXPENSIVE_PER_ADDRESS}), as the expensive place was, and {@value #DOWNLOADS_PER_PLACE} per expensive
 * place in all ({@code FACETWIRE_EXPENSIVE_TOTAL}), of which visitors who are not signed in hold all but one, as of the
 * expensive places. A download place is not an Elasticsearch place: readers that stall keep other exports waiting
 * only once they hold every download place, and never a search.
 */
public final class ExportAdmission {

  /** Exports being sent at once per expensive place: sixteen pages of rows by default, some 25 MB. */
  static final int DOWNLOADS_PER_PLACE = 8;

  private final ExpensiveWork expensive;
  private final SearchAdmission searches;
  private final Places downloads;
  private final Places.Share visitors;
  private final Places.Share newAccounts;

  public ExportAdmission(FacetwireConfig config, ExpensiveWork expensive, SearchAdmission searches) {
    this.expensive = expensive;
    this.searches = searches;
    FacetwireConfig.Limits limits = config.limits();
    int total = DOWNLOADS_PER_PLACE * limits.expensiveTotal();
    Places.Refusal busy = new Places.Refusal(429, "The server is sending as many exports as it sends at once."
        + " Please try again in a few seconds.");
    this.downloads = new Places(limits.expensivePerAddress(), total, ExpensiveWork.WAIT,
        new Places.Refusal(429, "You already have " + limits.expensivePerAddress() + " export being sent to you."
            + " Please wait until it has finished."), busy, ExpensiveWork.RETRY_AFTER_SECONDS);
    int share = ExpensiveWork.anonymousShare(total);
    this.visitors = new Places.Share(share, new Places.Refusal(429, "Visitors who are not signed in are sent " + share
        + " exports at a time in all, and as many are being sent. Please try again in a few seconds, or sign in."));
    this.newAccounts = new Places.Share(visitors.places(), busy);
  }

  /** {@code export}, run once its holder has a download place; refused (429) when none comes. */
  public Handler guard(Handler export) {
    return ctx -> {
      ExpensiveWork.Holder holder = expensive.holderOf(ctx);
      Places.Share share = switch (holder.kind()) {
        case ACCOUNT -> null;
        case NEW_ACCOUNT -> newAccounts;
        case VISITOR -> visitors;
      };
      downloads.run(ctx, holder.key(), share, export);
    };
  }

  /**
   * The export's first page, in a search place and an expensive place taken as a search's are (the same waits): when
   * none comes the request is answered as a search's would be (429 or 503), so call it before writing anything.
   */
  public <T> T first(Context ctx, Callable<T> page) throws Exception {
    return inPlaces(ctx, null, page);
  }

  /**
   * A later page, in places of its own, waiting for them at most {@code within} (what is left of the export's budget);
   * null, with nothing run, when they did not come: the export ends there, marked partial.
   */
  public <T> T next(Context ctx, Duration within, Callable<T> page) throws Exception {
    return inPlaces(ctx, within, page);
  }

  private <T> T inPlaces(Context ctx, Duration within, Callable<T> page) throws Exception {
    boolean answer = within == null;
    long deadline = answer ? 0 : System.nanoTime() + within.toNanos();
    Object[] result = new Object[1];
    boolean[] ran = new boolean[1];
    searches.runFor(ctx, answer ? searches.searchWait() : within, answer, () ->
        ran[0] = expensive.runFor(ctx, answer ? ExpensiveWork.WAIT : Duration.ofNanos(Math.max(0,
            deadline - System.nanoTime())), answer, () -> result[0] = page.call()));
    @SuppressWarnings("unchecked")
    T read = ran[0] ? (T) result[0] : null;
    return read;
  }
}
