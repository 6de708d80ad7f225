package io.facetwire.topics;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * Where the re-tag of the index stands, stored beside the versions so every server (and a restarted
 * one) sees it: the index is tagged with {@code taggedVersion}; when {@code targetVersion} is newer a
 * re-tag is under way (or was interrupted) and {@code afterId} is how far it got, in id order.
 * {@code owner} is the server stepping it until {@code leaseUntil}: another takes over after that.
 * {@code recheck}: a pass for the version the index is tagged with already, because an import or
 * {@code enrich} wrote articles with earlier topics after the last pass ({@link TopicRetagger#recheck}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RetagState(String kind, Integer taggedVersion, Integer targetVersion, String afterId, long read,
    long updated, long failed, long total, Instant startedAt, Instant finishedAt, String owner,
    Instant leaseUntil, Boolean recheck) {

  static final String KIND = "retag";
  static final String ID = "retag";

  /** Before any version was saved: the index is tagged with the definition file (version 0). */
  static final RetagState NONE = new RetagState(KIND, 0, 0, null, 0, 0, 0, 0, null, null, null, null, null);

  public int tagged() {
    return taggedVersion == null ? 0 : taggedVersion;
  }

  public int target() {
    return targetVersion == null ? tagged() : targetVersion;
  }

  /** A re-tag is wanted (running, or interrupted and waiting to resume). */
  public boolean pending() {
    return target() != tagged() || Boolean.TRUE.equals(recheck);
  }

  /** A fresh start towards {@code version}, from the first article not stamped with it. */
  RetagState towards(int version, long total, Instant now) {
    return new RetagState(KIND, tagged(), version, null, 0, 0, 0, total, now, null, null, null,
        version == tagged() ? Boolean.TRUE : null);
  }

  RetagState advanced(String after, long moreRead, long moreUpdated, long moreFailed, String by, Instant until) {
    return new RetagState(KIND, taggedVersion, targetVersion, after, read + moreRead, updated + moreUpdated,
        failed + moreFailed, total, startedAt, finishedAt, by, until, recheck);
  }

  RetagState finished(Instant now) {
    return new RetagState(KIND, target(), target(), null, read, updated, failed, total, startedAt, now, null, null,
        null);
  }

  /** Share done, 0 to 100, for the progress bar. */
  public int percent() {
    if (!pending()) {
      return 100;
    }
    return total <= 0 ? 0 : (int) Math.min(99, read * 100 / total);
  }
}
