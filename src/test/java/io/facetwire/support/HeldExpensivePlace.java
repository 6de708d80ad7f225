package io.facetwire.support;

import io.facetwire.web.App;
import io.facetwire.web.http.ExpensiveWork;
import io.facetwire.web.http.SearchAdmission;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.function.Predicate;

/**
 * This test's address (127.0.0.1, a visitor who is not signed in) holding its one expensive place
 * ({@link ExpensiveWork}) on the real server until closed, or one of its search places ({@link #holdSearch}).
 *
 * <p>Until session 27 it held the place with a large {@code /api/extract} body whose bytes had not arrived, as the
 * route took its place before reading the body; that was the attack session 27 closed ({@code LargeBodies}: a large
 * body is read before any place is taken), so the place is now taken through the server's own places.
 */
public final class HeldExpensivePlace implements AutoCloseable {

  private final CountDownLatch release = new CountDownLatch(1);
  private final Thread holder;

  private HeldExpensivePlace(Predicate<Runnable> place) throws InterruptedException {
    CountDownLatch taken = new CountDownLatch(1);
    boolean[] ran = {true};
    holder = new Thread(() -> {
      ran[0] = place.test(() -> {
        taken.countDown();
        try {
          release.await(120, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
      taken.countDown();
    }, "held-place");
    holder.setDaemon(true);
    holder.start();
    taken.await(10, TimeUnit.SECONDS);
    if (!ran[0]) {
      throw new AssertionError("the place to hold was taken");
    }
  }

  /** Holds the expensive place; returns once a wildcard search from this address is refused for want of one. */
  public static HeldExpensivePlace hold(ServerExtension server) throws InterruptedException {
    Http http = server.http();
    // An earlier test's request on this shared server may still hold the address's place: wait for it to be free.
    await(() -> http.get("/api/search?q=" + Http.enc("mosc*")).status(), 200, 15, "this address's place was never free");
    ExpensiveWork places = server.app().unsafe.appDataManager.get(App.EXPENSIVE_WORK);
    HeldExpensivePlace held = new HeldExpensivePlace(work -> places.runAsVisitor("127.0.0.1", work));
    await(() -> http.get("/api/search?q=" + Http.enc("mosc*")).status(), 429, 5, "the held place was not this address's");
    return held;
  }

  /** Holds an expensive place of these places (a server the test started itself), as a visitor from loopback. */
  public static HeldExpensivePlace holdIn(ExpensiveWork places) throws InterruptedException {
    return new HeldExpensivePlace(work -> places.runAsVisitor("127.0.0.1", work));
  }

  /** Holds one of this address's search places ({@link SearchAdmission}) until closed. */
  public static HeldExpensivePlace holdSearch(ServerExtension server) throws InterruptedException {
    SearchAdmission places = server.app().unsafe.appDataManager.get(App.SEARCH_ADMISSION);
    return new HeldExpensivePlace(work -> places.runAs("127.0.0.1", work));
  }

  /** Waits until {@code status} gives {@code expected}, for at most {@code seconds}. */
  public static void await(IntSupplier status, int expected, int seconds, String failure) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (status.getAsInt() != expected) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(failure);
      }
      Thread.sleep(50);
    }
  }

  @Override
  public void close() throws InterruptedException {
    release.countDown();
    holder.join(10_000);
  }
}
