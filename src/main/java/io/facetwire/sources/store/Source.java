package io.facetwire.sources.store;

import java.time.Instant;

/**
 * A feed or news sitemap that Facetwire polls, with its status, as stored in the sources index.
 *
 * @param name         shown as the source of its articles
 * @param failures     polls in a row that failed; sets the backoff
 * @param lastItems    entries in the last document fetched
 * @param lastNew      articles the last poll added or changed
 * @param leaseOwner   the server polling it right now (see {@link SourceLeases}), or null
 */
public record Source(
    String id,
    String name,
    String url,
    int intervalMinutes,
    boolean paused,
    Instant createdAt,
    String createdBy,
    String format,
    Instant lastFetchAt,
    Instant lastSuccessAt,
    String lastError,
    Instant lastErrorAt,
    int failures,
    Instant nextPollAt,
    int lastItems,
    int lastNew,
    String etag,
    String lastModified,
    String leaseOwner,
    Instant leaseUntil) {

  public static final int DEFAULT_INTERVAL_MINUTES = 15;

  public static Source added(String id, String name, String url, int intervalMinutes, String createdBy, Instant now) {
    return new Source(id, name, url, intervalMinutes, false, now, createdBy, null, null, null, null, null, 0, now,
        0, 0, null, null, null, null);
  }

  /** Whether the last poll failed (the error is still current). */
  public boolean failing() {
    return lastError != null && failures > 0;
  }
}
