package io.facetwire.sources.poll;

import io.facetwire.sources.store.Source;
import io.facetwire.sources.store.SourceLeases;
import io.facetwire.sources.store.SourceStore;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the sources that are due and polls each on a pool of its own threads, one lease per poll. A
 * source that hangs holds one poller thread until its timeout, never the others. Started by
 * {@code serve} only, as the "sources" job of the one {@link io.facetwire.jobs.Scheduler} (the CLI's
 * other commands open the same composition root and must not poll).
 */
public final class SourceScheduler implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(SourceScheduler.class);
  private static final int DUE_PER_TICK = 500;

  private final SourceStore store;
  private final SourceLeases leases;
  private final SourcePoller poller;
  private final Clock clock;
  private final ExecutorService workers;
  private final Set<String> inFlight = ConcurrentHashMap.newKeySet();

  public SourceScheduler(SourceStore store, SourceLeases leases, SourcePoller poller, Clock clock, int pollers) {
    this.store = store;
    this.leases = leases;
    this.poller = poller;
    this.clock = clock;
    this.workers = Executors.newFixedThreadPool(pollers, r -> {
      Thread t = new Thread(r, "facetwire-source-poll");
      t.setDaemon(true);
      return t;
    });
  }

  /**
   * Registers the due-check on the server's one {@link io.facetwire.jobs.Scheduler}: every {@code tick}
   * it looks for due sources and hands each to a poller thread (so the jobs thread never waits on a
   * network). Leases make it safe for any number of servers to do this at once.
   */
  public void runOn(io.facetwire.jobs.Scheduler jobs, Duration tick) {
    jobs.every("sources", Duration.ZERO, tick, () -> {
      try {
        submitDue();
      } catch (RuntimeException e) {
        LOG.warn("Looking for due sources failed: {}", e.getMessage());
      }
    });
  }

  /** Starts a poll for every due source this server can lease and is not polling already. */
  public List<Future<Optional<PollReport>>> submitDue() {
    List<Future<Optional<PollReport>>> started = new ArrayList<>();
    for (Source due : store.due(clock.instant(), DUE_PER_TICK)) {
      if (!inFlight.add(due.id())) {
        continue;
      }
      try {
        started.add(workers.submit(() -> {
          try {
            return leases.tryTake(due.id(), clock.instant()).map(poller::poll);
          } finally {
            inFlight.remove(due.id());
          }
        }));
      } catch (RuntimeException e) {
        inFlight.remove(due.id());
        throw e;
      }
    }
    return started;
  }

  /** Polls every due source now and waits: for tests, benchmarks and "poll now" from the CLI. */
  public List<PollReport> pollDueNow() {
    List<PollReport> done = new ArrayList<>();
    for (Future<Optional<PollReport>> f : submitDue()) {
      try {
        f.get().ifPresent(done::add);
      } catch (ExecutionException e) {
        LOG.warn("A poll failed: {}", e.getCause().toString());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return done;
  }

  @Override
  public synchronized void close() {
    workers.shutdownNow();
    try {
      workers.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
