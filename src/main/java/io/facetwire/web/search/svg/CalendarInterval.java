package io.facetwire.web.search.svg;

import io.facetwire.search.HistogramInterval;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The calendar intervals of an Elasticsearch {@code date_histogram}, with the bucket arithmetic
 * the page needs: where a bucket starts and ends, and what it is called. Weeks start on Monday,
 * as Elasticsearch's {@code calendar_interval: week} does (ISO weeks).
 */
public enum CalendarInterval {
  DAY("day"),
  WEEK("week"),
  MONTH("month"),
  QUARTER("quarter"),
  YEAR("year");

  private static final DateTimeFormatter DAY_LABEL = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter MONTH_LABEL = DateTimeFormatter.ofPattern("MMM uuuu", Locale.ENGLISH);

  private final String esName;

  CalendarInterval(String esName) {
    this.esName = esName;
  }

  /** The value for Elasticsearch's {@code calendar_interval}: "day", "week", ... */
  public String esName() {
    return esName;
  }

  /** The first day of the bucket that holds {@code date}. */
  public LocalDate start(LocalDate date) {
    return calendar().start(date);
  }

  /** The first day of the bucket after the one that holds {@code date}. */
  public LocalDate next(LocalDate date) {
    return calendar().plus(start(date), 1);
  }

  /** The last day of the bucket that holds {@code date} (inclusive, for a "to" date filter). */
  public LocalDate endInclusive(LocalDate date) {
    return next(date).minusDays(1);
  }

  /** "3 Mar 2020", "week of 2 Mar 2020", "Mar 2020", "Q1 2020" or "2020" for the bucket of {@code date}. */
  public String label(LocalDate date) {
    LocalDate start = start(date);
    return switch (this) {
      case DAY -> DAY_LABEL.format(start);
      case WEEK -> "week of " + DAY_LABEL.format(start);
      case MONTH -> MONTH_LABEL.format(start);
      case QUARTER -> "Q" + start.get(IsoFields.QUARTER_OF_YEAR) + " " + start.getYear();
      case YEAR -> Integer.toString(start.getYear());
    };
  }

  /** How many buckets of this interval {@code min..max} (inclusive) touches. */
  public long bucketCount(LocalDate min, LocalDate max) {
    return calendar().periodsBetween(start(min), start(max)) + 1;
  }

  /**
   * The search's interval of the same name, which holds the calendar arithmetic (session 17: the chart and the
   * search's histogram had one copy each); this enum adds what the drawing needs, the labels.
   */
  private HistogramInterval calendar() {
    return HistogramInterval.valueOf(name());
  }

  /**
   * The start of every bucket from the one holding {@code min} to the one holding {@code max}, so a
   * caller can fill the gaps Elasticsearch leaves when {@code min_doc_count} is above 0.
   */
  public List<LocalDate> starts(LocalDate min, LocalDate max) {
    if (max.isBefore(min)) {
      throw new IllegalArgumentException("range ends (" + max + ") before it starts (" + min + ")");
    }
    List<LocalDate> starts = new ArrayList<>();
    for (LocalDate d = start(min); !d.isAfter(max); d = next(d)) {
      starts.add(d);
    }
    return starts;
  }
}
