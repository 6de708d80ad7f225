package io.facetwire.story;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The time around a set of articles' dates where the rule can find their versions: {@code margin} either
 * side of each date, overlapping windows merged. A batch of a live feed spans minutes (one window); a
 * batch of an archive may span years, and one window from its first to its last date would then cover
 * the whole index: at a million generated articles (dates over 25 years) every look-up matched every
 * marked or same-headline article and fetched the 5,000 it may take, with their bodies.
 */
record DateWindows(List<Window> windows) {

  /** From {@code from} to {@code to}, both included. */
  record Window(Instant from, Instant to) {}

  /** The windows of the given dates (nulls left out); empty when there is none. */
  static DateWindows around(Collection<Instant> dates, Duration margin) {
    List<Instant> sorted = new ArrayList<>(dates.size());
    for (Instant d : dates) {
      if (d != null) {
        sorted.add(d);
      }
    }
    sorted.sort(null);
    List<Window> out = new ArrayList<>();
    Instant from = null;
    Instant to = null;
    for (Instant d : sorted) {
      Instant start = d.minus(margin);
      if (to != null && !start.isAfter(to)) {
        to = d.plus(margin);
        continue;
      }
      if (from != null) {
        out.add(new Window(from, to));
      }
      from = start;
      to = d.plus(margin);
    }
    if (from != null) {
      out.add(new Window(from, to));
    }
    return new DateWindows(List.copyOf(out));
  }

  boolean isEmpty() {
    return windows.isEmpty();
  }

  /** True when {@code date} falls in one of the windows. */
  boolean contains(Instant date) {
    for (Window w : windows) {
      if (!date.isBefore(w.from()) && !date.isAfter(w.to())) {
        return true;
      }
    }
    return false;
  }
}
