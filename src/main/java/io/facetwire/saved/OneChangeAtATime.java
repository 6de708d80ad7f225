package io.facetwire.saved;

import com.google.common.util.concurrent.Striped;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.function.Supplier;

/**
 * Changes that this server makes one at a time: one owner's saves, and the changes of one saved search. Each runs its
 * look-up and its write together, so two tabs (or a double click, or a script) never decide on what the other is
 * about to change. The locks are striped: a bounded number, whatever the owners and searches, made when first used.
 * Many stripes, so that one account hammering its own search rarely shares a lock with anyone else's (and then only
 * for the waits of its own changes, each one write). Within this process only; servers of one installation can still
 * collide, which Elasticsearch's versions then catch.
 */
final class OneChangeAtATime {

  private static final int STRIPES = 4096;

  /**
   * Session 27: saves sent together at 495 could each find room and store 535 (40 at once did on the served jar;
   * the list shows 500 and hid the rest). The count and the write are one step per owner.
   */
  private static final Striped<Lock> SAVES = Striped.lazyWeakLock(STRIPES);

  /**
   * Session 31's stranger changed one search from twelve tabs at once (share, alerts, rename, feed): each change is a
   * partial update, and the ones that lost Elasticsearch's version race past their retries were answered 503
   * "cannot reach Elasticsearch". Taken in turn, this server's own changes never collide.
   */
  private static final Striped<Lock> CHANGES = Striped.lazyWeakLock(STRIPES);

  /** How long a change waits for the search's other changes in this server before it is refused as busy. */
  private static final long WAIT_FOR_OTHER_CHANGES_MS = 5_000;

  private OneChangeAtATime() {}

  /** Runs one save of {@code owner} after the owner's other saves in this server. */
  static <T> T ofOwner(String index, String owner, Supplier<T> save) {
    Lock lock = SAVES.get(index + '\n' + owner);
    lock.lock();
    try {
      return save.get();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Runs one change of a saved search after the search's other changes in this server; {@link ChangedMeanwhile}
   * if they hold it for longer than a person waits for a form.
   */
  static <T> T ofSearch(String index, String id, Supplier<T> change) {
    Lock lock = CHANGES.get(index + '\n' + id);
    try {
      if (!lock.tryLock(WAIT_FOR_OTHER_CHANGES_MS, TimeUnit.MILLISECONDS)) {
        throw new ChangedMeanwhile();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ChangedMeanwhile();
    }
    try {
      return change.get();
    } finally {
      lock.unlock();
    }
  }
}
