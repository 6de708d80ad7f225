package io.facetwire.jobs;

import java.time.Duration;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one owner of background work in a server: periodic jobs (housekeeping) and jobs handed over by
 * requests (the alert check after an import). Started by {@code serve} only, so a command-line import
 * never starts timers; stopped on shutdown before the Elasticsearch connection closes.
 *
 * <p>Jobs run one at a time on one thread, in the order they were due: none of them is urgent, and
 * in order means "wait until what was queued so far has run" is one more job ({@link #awaitIdle}).
 * A job that waits on the network hands that part to its own pool (alert deliveries do).
 */
public final class Scheduler implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Scheduler.class);

  private final ScheduledExecutorService executor;

  public Scheduler() {
    ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(1, r -> {
      Thread t = new Thread(r, "facetwire-jobs");
      t.setDaemon(true);
      return t;
    });
    pool.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    pool.setContinueExistingPeriodicTasksAfterShutdownPolicy(false);
    this.executor = pool;
  }

  /** Runs {@code job} every {@code period}, the first time after {@code firstAfter}; a failure is logged, the next run still happens. */
  public void every(String name, Duration firstAfter, Duration period, Runnable job) {
    executor.scheduleWithFixedDelay(guarded(name, job), firstAfter.toMillis(), period.toMillis(),
        TimeUnit.MILLISECONDS);
    LOG.debug("Job {} every {}", name, period);
  }

  /** Runs {@code job} once, after the jobs queued before it. Refused (false) once shutting down. */
  public boolean submit(String name, Runnable job) {
    if (executor.isShutdown()) {
      return false;
    }
    try {
      executor.execute(guarded(name, job));
      return true;
    } catch (java.util.concurrent.RejectedExecutionException e) {
      return false;
    }
  }

  /**
   * Runs {@code job} once, {@code delay} from now (a retry that must not hold the jobs' one thread while it waits).
   * Refused (false) once shutting down; a job still waiting then does not run.
   */
  public boolean later(String name, Duration delay, Runnable job) {
    if (executor.isShutdown()) {
      return false;
    }
    try {
      executor.schedule(guarded(name, job), delay.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (java.util.concurrent.RejectedExecutionException e) {
      return false;
    }
  }

  /** Waits until every job submitted so far has run (tests, and the end of a command). */
  public void awaitIdle(Duration max) {
    try {
      Future<?> marker = executor.submit(() -> { });
      marker.get(max.toMillis(), TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.RejectedExecutionException e) {
      // shut down: nothing more will run
    } catch (Exception e) {
      throw new IllegalStateException("Background jobs did not finish within " + max, e);
    }
  }

  /** Stops the timers; the running job and those already due (a queued alert check) finish, bounded by {@code max}. */
  public void stop(Duration max) {
    executor.shutdown();
    try {
      if (!executor.awaitTermination(max.toMillis(), TimeUnit.MILLISECONDS)) {
        LOG.warn("A background job was still running after {} at shutdown; it was interrupted", max);
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    stop(Duration.ofSeconds(30));
  }

  private static Runnable guarded(String name, Runnable job) {
    return () -> {
      try {
        job.run();
      } catch (RuntimeException e) {
        LOG.warn("Background job {} failed: {}", name, e.toString());
      }
    };
  }
}
