package io.facetwire.search;

import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The calendar interval for the date histogram: the finest of day, week, month, quarter, year that
 * keeps the chart at no more than {@link #MAX_BARS} bars for the span being shown.
 */
public enum HistogramInterval {
  DAY(CalendarInterval.Day, 1),
  WEEK(CalendarInterval.Week, 7),
  MONTH(CalendarInterval.Month, 31),
  QUARTER(CalendarInterval.Quarter, 92),
  YEAR(CalendarInterval.Year, 366);

  public static final int MAX_BARS = 60;

  private final CalendarInterval calendar;
  private final int days;

  HistogramInterval(CalendarInterval calendar, int days) {
    this.calendar = calendar;
    this.days = days;
  }

  public CalendarInterval calendar() {
    return calendar;
  }

  public static HistogramInterval forSpan(LocalDate from, LocalDate to) {
    if (from == null || to == null) {
      return MONTH;
    }
    long span = Math.abs(ChronoUnit.DAYS.between(from, to)) + 1;
    for (HistogramInterval interval : values()) {
      if (span / interval.days <= MAX_BARS) {
        return interval;
      }
    }
    return YEAR;
  }

  /** The last day of the bar that starts on {@code start}. */
  public LocalDate end(LocalDate start) {
    return switch (this) {
      case DAY -> start;
      case WEEK -> start.plusWeeks(1).minusDays(1);
      case MONTH -> start.plusMonths(1).minusDays(1);
      case QUARTER -> start.plusMonths(3).minusDays(1);
      case YEAR -> start.plusYears(1).minusDays(1);
    };
  }
}
