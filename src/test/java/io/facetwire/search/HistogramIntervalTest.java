package io.facetwire.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The calendar arithmetic of histogram periods, as Elasticsearch's {@code calendar_interval} counts them. */
class HistogramIntervalTest {

  private static final LocalDate D = LocalDate.of(2020, 3, 4); // a Wednesday

  @Test
  void periodBoundsFollowTheCalendar() {
    assertEquals(D, HistogramInterval.DAY.start(D));
    assertEquals(D, HistogramInterval.DAY.end(D));
    // Elasticsearch weeks start on Monday.
    assertEquals(LocalDate.of(2020, 3, 2), HistogramInterval.WEEK.start(D));
    assertEquals(LocalDate.of(2020, 3, 8), HistogramInterval.WEEK.end(HistogramInterval.WEEK.start(D)));
    assertEquals(LocalDate.of(2020, 2, 29), HistogramInterval.MONTH.end(LocalDate.of(2020, 2, 1)));
    assertEquals(LocalDate.of(2019, 2, 28), HistogramInterval.MONTH.end(LocalDate.of(2019, 2, 1)));
    assertEquals(LocalDate.of(2020, 1, 1), HistogramInterval.QUARTER.start(D));
    assertEquals(LocalDate.of(2020, 3, 31), HistogramInterval.QUARTER.end(HistogramInterval.QUARTER.start(D)));
    assertEquals(LocalDate.of(2020, 10, 1), HistogramInterval.QUARTER.start(LocalDate.of(2020, 11, 30)));
    assertEquals(LocalDate.of(2020, 12, 31), HistogramInterval.YEAR.end(HistogramInterval.YEAR.start(D)));
    // A week across the new year.
    assertEquals(LocalDate.of(2019, 12, 30), HistogramInterval.WEEK.start(LocalDate.of(2020, 1, 1)));
  }

  @Test
  void periodsCoverARangeWithoutGapsOrOverlapsAndAreCountedAsStepped() {
    LocalDate min = LocalDate.of(2019, 11, 17);
    LocalDate max = LocalDate.of(2021, 2, 3);
    for (HistogramInterval interval : HistogramInterval.values()) {
      LocalDate first = interval.start(min);
      assertTrue(!first.isAfter(min) && !interval.end(first).isBefore(min), interval.name());
      long steps = 0;
      LocalDate start = first;
      while (interval.end(start).isBefore(max)) {
        LocalDate next = interval.plus(start, 1);
        assertEquals(interval.end(start).plusDays(1), next, interval + " after " + start);
        assertEquals(next, interval.start(next), interval + " " + next + " starts a period");
        if (interval == HistogramInterval.WEEK) {
          assertEquals(DayOfWeek.MONDAY, next.getDayOfWeek());
        }
        start = next;
        steps++;
      }
      assertEquals(interval.start(max), start, interval.name());
      assertEquals(steps, interval.periodsBetween(first, start), interval.name());
      assertEquals(start, interval.plus(first, steps), interval.name());
    }
  }
}
