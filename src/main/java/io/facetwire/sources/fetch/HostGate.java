package io.facetwire.sources.fetch;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * One request at a time per host, with a pause between them: however many sources and article pages
 * point at one site, it sees Facetwire as a single, slow visitor. Sources on other hosts never wait.
 */
final class HostGate {

  private static final class Host {
    final Semaphore permit = new Semaphore(1, true);
    long nextAllowedNanos;
  }

  private final ConcurrentHashMap<String, Host> hosts = new ConcurrentHashMap<>();
  private final Duration interval;
  private final Duration maxWait;

  HostGate(Duration interval, Duration maxWait) {
    this.interval = interval;
    this.maxWait = maxWait;
  }

  interface Call<T> {
    T run() throws FetchException;
  }

  <T> T withHost(String host, Call<T> call) throws FetchException {
    Host h = hosts.computeIfAbsent(host.toLowerCase(Locale.ROOT), k -> new Host());
    try {
      if (!h.permit.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new FetchException("gave up waiting for an earlier request to " + host + " to finish", true);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchException("interrupted", true);
    }
    try {
      long wait = h.nextAllowedNanos - System.nanoTime();
      if (wait > 0) {
        TimeUnit.NANOSECONDS.sleep(wait);
      }
      return call.run();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchException("interrupted", true);
    } finally {
      h.nextAllowedNanos = System.nanoTime() + interval.toNanos();
      h.permit.release();
    }
  }
}
