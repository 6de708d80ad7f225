package io.facetwire.sources.poll;

import java.time.Duration;

/**
 * When to try a failing source again: its interval doubled per failure in a row, at most a day, so a
 * broken feed costs its server a handful of requests a day instead of one every few minutes.
 */
final class Backoff {

  static final Duration MAX = Duration.ofHours(24);

  private Backoff() {}

  static Duration after(int failuresInARow, Duration interval) {
    Duration wait = interval;
    for (int i = 1; i < failuresInARow && wait.compareTo(MAX) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(MAX) > 0 ? MAX : wait;
  }
}
