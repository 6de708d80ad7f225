package io.facetwire.search;

import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * The calendar interval for the date histogram: the finest of day, week, month, quarter, year that
 * keeps the chart at no more than {@link #MAX_BARS} bars for the span being shown, and the one place of the
 * calendar arithmetic of its periods (where one starts and ends, how many lie between two), as Elasticsearch's
 * {@code calendar_interval} counts them: the search's histogram ({@code HistogramFit}) and the page's chart
 * ({@code web.search.svg.CalendarInterval}) both use it.
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

  /** The first day of the period that holds {@code day}, as Elasticsearch's calendar does (weeks start on Monday). */
  public LocalDate start(LocalDate day) {
    return switch (this) {
      case DAY -> day;
      case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> day.withDayOfMonth(1);
      case QUARTER -> LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
      case YEAR -> LocalDate.of(day.getYear(), 1, 1);
    };
  }

  /** The start of the period {@code periods} after the one starting on {@code start}. */
  public LocalDate plus(LocalDate start, long periods) {
    return switch (this) {
      case DAY -> start.plusDays(periods);
      case WEEK -> start.plusWeeks(periods);
      case MONTH -> start.plusMonths(periods);
      case QUARTER -> start.plusMonths(3 * periods);
      case YEAR -> start.plusYears(periods);
    };
  }

  /** How many periods lie from the period starting {@code lo} to the one starting {@code hi} (0 when the same). */
  public long periodsBetween(LocalDate lo, LocalDate hi) {
    return switch (this) {
      case DAY -> ChronoUnit.DAYS.between(lo, hi);
      case WEEK -> ChronoUnit.WEEKS.between(lo, hi);
      case MONTH -> ChronoUnit.MONTHS.between(lo, hi);
      case QUARTER -> ChronoUnit.MONTHS.between(lo, hi) / 3;
      case YEAR -> ChronoUnit.YEARS.between(lo, hi);
    };
  }
}
