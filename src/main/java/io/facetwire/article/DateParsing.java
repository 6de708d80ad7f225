package io.facetwire.article;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.regex.Pattern;

/**
 * Lenient parsing of the publication dates found in inputs and typed by users.
 *
 * <p>Inputs disagree on precision and zone: Wikinews gives {@code 2019-01-04}, JSON feeds give
 * {@code 2019-01-04T10:00:00Z} or a local time, people type {@code 2019-01-04 10:00}. All become an
 * {@link Instant}; a time without a zone is taken as UTC, and a bare date as midnight UTC, so the same
 * input always gives the same instant on every machine (ids and date facets depend on that). Every form resolves
 * strictly: a day the month does not have ({@code 2026-02-30T10:00Z}) is refused, never moved to the month's last
 * day as a formatter's default ({@code SMART}) resolving would do in silence.
 */
public final class DateParsing {

  /** Local date-time with 'T' or a space, seconds and fractions optional. */
  private static final DateTimeFormatter LOCAL_DATE_TIME = new DateTimeFormatterBuilder()
      .append(DateTimeFormatter.ISO_LOCAL_DATE)
      .optionalStart().appendLiteral('T').optionalEnd()
      .optionalStart().appendLiteral(' ').optionalEnd()
      .appendValue(ChronoField.HOUR_OF_DAY, 2)
      .appendLiteral(':')
      .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
      .optionalStart()
      .appendLiteral(':')
      .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
      .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
      .optionalEnd()
      .toFormatter()
      .withResolverStyle(ResolverStyle.STRICT);

  /** Same, followed by a zone: Z, +01:00, +0100 or +01. */
  private static final DateTimeFormatter ZONED_DATE_TIME = new DateTimeFormatterBuilder()
      .append(LOCAL_DATE_TIME)
      .optionalStart().appendLiteral(' ').optionalEnd()
      .appendOffset("+HH:MM:ss", "Z")
      .toFormatter()
      .withResolverStyle(ResolverStyle.STRICT);

  private static final DateTimeFormatter ZONED_DATE_TIME_COMPACT_OFFSET = new DateTimeFormatterBuilder()
      .append(LOCAL_DATE_TIME)
      .optionalStart().appendLiteral(' ').optionalEnd()
      .appendOffset("+HHmm", "Z")
      .toFormatter()
      .withResolverStyle(ResolverStyle.STRICT);

  /** Epoch milliseconds: at least 9 digits, so "2019" or "20190104" are not mistaken for one. */
  private static final Pattern EPOCH_MILLIS = Pattern.compile("-?\\d{9,}");

  private DateParsing() {}

  /**
   * Parses a date or date-time.
   *
   * @throws IllegalArgumentException naming the text and the accepted forms, if it is none of them
   */
  public static Instant parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("date is empty");
    }
    String s = text.strip();
    if (EPOCH_MILLIS.matcher(s).matches()) {
      try {
        return Instant.ofEpochMilli(Long.parseLong(s));
      } catch (NumberFormatException | DateTimeException e) {
        throw invalid(text);
      }
    }
    try {
      if (s.length() == 10) {
        return LocalDate.parse(s, DateTimeFormatter.ISO_LOCAL_DATE).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
    } catch (DateTimeException e) {
      throw invalid(text);
    }
    for (DateTimeFormatter zoned : new DateTimeFormatter[] {ZONED_DATE_TIME, ZONED_DATE_TIME_COMPACT_OFFSET}) {
      try {
        return OffsetDateTime.parse(s, zoned).toInstant();
      } catch (DateTimeException e) {
        // try the next form
      }
    }
    try {
      return LocalDateTime.parse(s, LOCAL_DATE_TIME).toInstant(ZoneOffset.UTC);
    } catch (DateTimeException e) {
      throw invalid(text);
    }
  }

  /** Epoch milliseconds, as JSON numbers carry them. */
  public static Instant fromEpochMillis(long millis) {
    return Instant.ofEpochMilli(millis);
  }

  private static IllegalArgumentException invalid(String text) {
    return new IllegalArgumentException("cannot read date \"" + text + "\": expected a date like 2019-01-04,"
        + " a date-time like 2019-01-04T10:00:00Z, 2019-01-04T10:00:00 or 2019-01-04 10:00 (no zone means UTC),"
        + " or epoch milliseconds");
  }
}
