package io.facetwire.web.http;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many requests of one kind each client address has running now, with a cap per address. An
 * address with nothing running has no entry, so the map stays as small as the set of busy clients.
 */
final class PerAddressSlots {

  private final int perAddress;
  private final Map<String, Integer> running = new ConcurrentHashMap<>();

  PerAddressSlots(int perAddress) {
    this.perAddress = perAddress;
  }

  int perAddress() {
    return perAddress;
  }

  /** Takes a slot for {@code address}; false (and nothing taken) when it already holds all of its slots. */
  boolean acquire(String address) {
    boolean[] granted = {false};
    running.compute(address, (a, n) -> {
      int now = n == null ? 0 : n;
      if (now >= perAddress) {
        return n;
      }
      granted[0] = true;
      return now + 1;
    });
    return granted[0];
  }

  void release(String address) {
    running.computeIfPresent(address, (a, n) -> n <= 1 ? null : n - 1);
  }
}
