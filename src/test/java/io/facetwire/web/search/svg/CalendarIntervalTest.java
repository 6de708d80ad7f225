package io.facetwire.web.search.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalendarIntervalTest {

  private static final LocalDate D = LocalDate.of(2020, 3, 4); // a Wednesday

  @Test
  void elasticsearchNames() {
    assertEquals(List.of("day", "week", "month", "quarter", "year"),
        List.of(CalendarInterval.values()).stream().map(CalendarInterval::esName).toList());
  }

  @Test
  void labelsAsThePageShowsThem() {
    assertEquals("4 Mar 2020", CalendarInterval.DAY.label(D));
    assertEquals("week of 2 Mar 2020", CalendarInterval.WEEK.label(D));
    assertEquals("Mar 2020", CalendarInterval.MONTH.label(D));
    assertEquals("Q1 2020", CalendarInterval.QUARTER.label(D));
    assertEquals("Q4 1987", CalendarInterval.QUARTER.label(LocalDate.of(1987, 10, 1)));
    assertEquals("2020", CalendarInterval.YEAR.label(D));
  }

  @Test
  void bucketBoundsFollowTheCalendar() {
    assertEquals(D, CalendarInterval.DAY.start(D));
    assertEquals(D, CalendarInterval.DAY.endInclusive(D));
    // Elasticsearch weeks start on Monday.
    assertEquals(LocalDate.of(2020, 3, 2), CalendarInterval.WEEK.start(D));
    assertEquals(LocalDate.of(2020, 3, 8), CalendarInterval.WEEK.endInclusive(D));
    assertEquals(LocalDate.of(2020, 2, 29), CalendarInterval.MONTH.endInclusive(LocalDate.of(2020, 2, 10)));
    assertEquals(LocalDate.of(2019, 2, 28), CalendarInterval.MONTH.endInclusive(LocalDate.of(2019, 2, 1)));
    assertEquals(LocalDate.of(2020, 1, 1), CalendarInterval.QUARTER.start(D));
    assertEquals(LocalDate.of(2020, 3, 31), CalendarInterval.QUARTER.endInclusive(D));
    assertEquals(LocalDate.of(2020, 12, 31), CalendarInterval.QUARTER.endInclusive(LocalDate.of(2020, 11, 30)));
    assertEquals(LocalDate.of(2020, 12, 31), CalendarInterval.YEAR.endInclusive(D));
    // A week across the new year.
    assertEquals(LocalDate.of(2019, 12, 30), CalendarInterval.WEEK.start(LocalDate.of(2020, 1, 1)));
    assertEquals(LocalDate.of(2020, 1, 5), CalendarInterval.WEEK.endInclusive(LocalDate.of(2020, 1, 1)));
  }

  @Test
  void startsCoverTheRangeWithoutGapsOrOverlaps() {
    LocalDate min = LocalDate.of(2019, 11, 17);
    LocalDate max = LocalDate.of(2021, 2, 3);
    for (CalendarInterval interval : CalendarInterval.values()) {
      List<LocalDate> starts = interval.starts(min, max);
      assertEquals(interval.bucketCount(min, max), starts.size(), interval.name());
      assertTrue(!starts.get(0).isAfter(min) && !interval.endInclusive(starts.get(0)).isBefore(min));
      assertTrue(!starts.get(starts.size() - 1).isAfter(max)
          && !interval.endInclusive(starts.get(starts.size() - 1)).isBefore(max));
      for (int i = 1; i < starts.size(); i++) {
        assertEquals(interval.endInclusive(starts.get(i - 1)).plusDays(1), starts.get(i), interval + " " + i);
      }
      if (interval == CalendarInterval.WEEK) {
        assertTrue(starts.stream().allMatch(d -> d.getDayOfWeek() == DayOfWeek.MONDAY));
      }
    }
    assertThrows(IllegalArgumentException.class, () -> CalendarInterval.DAY.starts(max, min));
  }

  @Test
  void intervalForTypicalRanges() {
    LocalDate start = LocalDate.of(2020, 3, 1);
    assertEquals(CalendarInterval.DAY, DateHistogramSvg.interval(start, start.plusDays(2)));   // 3 days
    assertEquals(CalendarInterval.DAY, DateHistogramSvg.interval(start, start));               // 1 day
    assertEquals(CalendarInterval.WEEK, DateHistogramSvg.interval(start, start.plusMonths(6))); // ~27 weeks
    assertEquals(CalendarInterval.MONTH, DateHistogramSvg.interval(start, start.plusYears(5).minusDays(1))); // 60 months
    assertEquals(CalendarInterval.YEAR, DateHistogramSvg.interval(start, start.plusYears(40)));  // 41 years
    assertEquals(CalendarInterval.QUARTER, DateHistogramSvg.interval(LocalDate.of(2005, 1, 1), LocalDate.of(2019, 12, 31)));
    // Past 60 years there is nothing coarser than a year in Elasticsearch.
    assertEquals(CalendarInterval.YEAR, DateHistogramSvg.interval(LocalDate.of(1800, 1, 1), LocalDate.of(2020, 1, 1)));
    assertThrows(IllegalArgumentException.class, () -> DateHistogramSvg.interval(start, start.minusDays(1)));
  }

  @Test
  void everyRangeFromTenDaysToFiftyNineYearsGetsRoughlyTenToSixtyBars() {
    LocalDate min = LocalDate.of(1987, 2, 26);
    for (int days = 10; days <= 59 * 365; days += days < 400 ? 1 : 17) {
      LocalDate max = min.plusDays(days - 1);
      CalendarInterval interval = DateHistogramSvg.interval(min, max);
      long bars = interval.bucketCount(min, max);
      assertTrue(bars >= 9 && bars <= 60, days + " days -> " + bars + " " + interval.esName() + " bars");
    }
  }
}
