package io.facetwire.saved;

import io.facetwire.search.QueryString;
import java.time.Instant;

/**
 * A search kept under a name by its owner. The search itself is stored as its canonical URL query
 * string ({@code SearchState.toQueryString()}), so running it again is just opening that URL.
 *
 * @param owner          the account that may see and change it; set by the server, never from a request
 * @param lastSeenAt     when the owner last opened it: "new since your last visit" counts from here
 *                       (from {@code createdAt} before the first visit)
 * @param shareToken     secret of the read-only share link; null: not shared
 * @param feedToken      secret of the Atom feed URL; null: feed turned off
 * @param alerts         new matches are sent to the owner's webhook after each import
 * @param alertWatermark articles ingested up to this instant have been alerted (or were there before
 *                       alerts were turned on)
 * @param alertStatus    how the last delivery went, shown on the saved search's page
 */
public record SavedSearch(
    String id,
    String owner,
    String name,
    String queryString,
    Instant createdAt,
    Instant updatedAt,
    Instant lastRunAt,
    Instant lastSeenAt,
    String shareToken,
    String feedToken,
    boolean alerts,
    Instant alertWatermark,
    AlertStatus alertStatus) {

  public static final int MAX_NAME_LENGTH = 200;

  /** The last alert delivery: when, whether it got through, and the error after the last retry. */
  public record AlertStatus(Instant lastAttemptAt, Instant lastDeliveredAt, String lastError, int attempts,
      long lastCount) {}

  public String searchUrl() {
    return QueryString.link("/search", queryString);
  }

  /** The instant "new since your last visit" counts from. */
  public Instant seenUntil() {
    return lastSeenAt != null ? lastSeenAt : createdAt;
  }
}
