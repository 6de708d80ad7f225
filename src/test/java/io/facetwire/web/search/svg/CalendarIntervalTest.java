package io.facetwire.web.search.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.facetwire.search.HistogramInterval;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CalendarIntervalTest {

  private static final LocalDate D = LocalDate.of(2020, 3, 4); // a Wednesday

  @Test
  void labelsNameTheBucketThatHoldsTheDate() {
    assertEquals("4 Mar 2020", CalendarInterval.DAY.label(D));
    assertEquals("week of 2 Mar 2020", CalendarInterval.WEEK.label(D));
    assertEquals("Mar 2020", CalendarInterval.MONTH.label(D));
    assertEquals("Q1 2020", CalendarInterval.QUARTER.label(D));
    assertEquals("Q4 1987", CalendarInterval.QUARTER.label(LocalDate.of(1987, 10, 1)));
    assertEquals("2020", CalendarInterval.YEAR.label(D));
    // A week across the new year is named after its Monday.
    assertEquals("week of 30 Dec 2019", CalendarInterval.WEEK.label(LocalDate.of(2020, 1, 1)));
  }

  @Test
  void everyIntervalOfTheSearchHasTheChartsLabelOfTheSameName() {
    for (HistogramInterval interval : HistogramInterval.values()) {
      assertEquals(interval.name(), CalendarInterval.of(interval).name());
    }
  }
}
