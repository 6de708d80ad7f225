package io.facetwire.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The scheduler: periodic jobs keep running after a failure, jobs run in order, stop is orderly. */
class SchedulerTest {

  @Test
  void aPeriodicJobRunsAgainAfterAFailure() throws Exception {
    try (Scheduler jobs = new Scheduler()) {
      AtomicInteger runs = new AtomicInteger();
      CountDownLatch third = new CountDownLatch(3);
      jobs.every("flaky", Duration.ofMillis(1), Duration.ofMillis(1), () -> {
        runs.incrementAndGet();
        third.countDown();
        throw new IllegalStateException("boom");
      });
      assertTrue(third.await(30, TimeUnit.SECONDS), "ran three times despite failing each time");
    }
  }

  @Test
  void submittedJobsRunInOrderOnOneThreadAndStopRunsWhatWasDueThenRefusesMore() {
    Scheduler jobs = new Scheduler();
    List<String> seen = new CopyOnWriteArrayList<>();
    CountDownLatch release = new CountDownLatch(1);
    jobs.submit("first", () -> {
      await(release);
      seen.add("first " + Thread.currentThread().getName());
    });
    jobs.submit("second", () -> seen.add("second " + Thread.currentThread().getName()));
    release.countDown();
    jobs.stop(Duration.ofSeconds(30));
    assertEquals(List.of("first facetwire-jobs", "second facetwire-jobs"), seen);
    assertFalse(jobs.submit("late", () -> seen.add("late")), "no job after stop");
    assertEquals(2, seen.size());
  }

  @Test
  void stopCancelsTimersThatAreNotDue() {
    Scheduler jobs = new Scheduler();
    AtomicInteger runs = new AtomicInteger();
    jobs.every("hourly", Duration.ofHours(1), Duration.ofHours(1), runs::incrementAndGet);
    jobs.stop(Duration.ofSeconds(30));
    assertEquals(0, runs.get());
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
