package io.facetwire.web.view;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How every page writes a date: readable for people, ISO beside it for {@code <time datetime>}. */
public final class DisplayDates {

  public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
      .withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  private DisplayDates() {}

  /** The machine-readable date a {@code <time datetime>} needs next to the readable one; "" when none. */
  public static String isoDate(Instant when) {
    return when == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC).format(when);
  }

  /** A moment to the minute ("3 Mar 2026, 14:05 UTC"), or "never". */
  public static String when(Instant t) {
    return t == null ? "never" : DATE_TIME.format(t);
  }
}
