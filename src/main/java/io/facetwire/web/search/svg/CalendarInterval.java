package io.facetwire.web.search.svg;

import io.facetwire.search.HistogramInterval;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.Locale;

/**
 * What the chart calls a bar of each calendar interval. The calendar arithmetic (where a bar starts and ends, how
 * many lie between two dates) lives once, in the search's {@link HistogramInterval} of the same name; this enum
 * adds only the labels the drawing needs (session 18: its own bucket methods were used by tests alone).
 */
public enum CalendarInterval {
  DAY,
  WEEK,
  MONTH,
  QUARTER,
  YEAR;

  private static final DateTimeFormatter DAY_LABEL = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter MONTH_LABEL = DateTimeFormatter.ofPattern("MMM uuuu", Locale.ENGLISH);

  /** The chart's name for the bars of the search's {@code interval}. */
  public static CalendarInterval of(HistogramInterval interval) {
    return valueOf(interval.name());
  }

  /** "3 Mar 2020", "week of 2 Mar 2020", "Mar 2020", "Q1 2020" or "2020" for the bucket of {@code date}. */
  public String label(LocalDate date) {
    LocalDate start = HistogramInterval.valueOf(name()).start(date);
    return switch (this) {
      case DAY -> DAY_LABEL.format(start);
      case WEEK -> "week of " + DAY_LABEL.format(start);
      case MONTH -> MONTH_LABEL.format(start);
      case QUARTER -> "Q" + start.get(IsoFields.QUARTER_OF_YEAR) + " " + start.getYear();
      case YEAR -> Integer.toString(start.getYear());
    };
  }
}
