package io.facetwire.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** What one kind of soak client saw: answers by status, transport errors, and (for readers) latencies. */
final class SoakTally {

  private final String name;
  private final Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
  private final AtomicLong transportErrors = new AtomicLong();
  private final List<Long> nanos = new ArrayList<>();

  SoakTally(String name) {
    this.name = name;
  }

  void answered(int status, long tookNanos) {
    statuses.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
    synchronized (nanos) {
      nanos.add(tookNanos);
    }
  }

  void failed() {
    transportErrors.incrementAndGet();
  }

  long requests() {
    return statuses.values().stream().mapToLong(AtomicLong::get).sum() + transportErrors.get();
  }

  long count(int status) {
    AtomicLong n = statuses.get(status);
    return n == null ? 0 : n.get();
  }

  long serverErrors() {
    return statuses.entrySet().stream().filter(e -> e.getKey() >= 500).mapToLong(e -> e.getValue().get()).sum();
  }

  long transportErrors() {
    return transportErrors.get();
  }

  Latencies latencies() {
    synchronized (nanos) {
      return new Latencies(nanos.stream().mapToLong(Long::longValue).toArray(), (int) transportErrors.get());
    }
  }

  String line() {
    Map<Integer, Long> byStatus = new TreeMap<>();
    statuses.forEach((k, v) -> byStatus.put(k, v.get()));
    Latencies l = latencies();
    return String.format("| %s | %,d | %s | %d | %d | %.0f | %.0f |", name, requests(), byStatus, serverErrors(),
        transportErrors(), l.p50(), l.p99());
  }
}
