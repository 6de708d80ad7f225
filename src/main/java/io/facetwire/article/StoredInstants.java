package io.facetwire.article;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Reads the dates articles are stored with ({@code 2017-07-30T12:34:56Z}, optionally with a fraction of
 * a second, as Elasticsearch returns them from {@code _source}) without {@link Instant#parse}'s general
 * formatter: a results page reads two or more dates per hit, and the formatter's parse was the largest
 * single part of reading hits in a profile of {@code /api/search} (session 9). Anything in another
 * form (an offset, a leap second, fewer digits) goes to {@link Instant#parse}, so the result is always
 * the same as its. Story grouping reads its stored candidates' two dates the same way (session 35: the
 * formatter's parse was a tenth of what the import's writer thread allocated).
 */
public final class StoredInstants {

  private StoredInstants() {}

  public static Instant parse(String s) {
    Instant fast = fast(s);
    return fast != null ? fast : Instant.parse(s);
  }

  /** The instant of {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z}, or null when {@code s} is not exactly that. */
  static Instant fast(String s) {
    int n = s.length();
    if (n < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':'
        || s.charAt(16) != ':' || s.charAt(n - 1) != 'Z') {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 7);
    int day = digits(s, 8, 10);
    int hour = digits(s, 11, 13);
    int minute = digits(s, 14, 16);
    int second = digits(s, 17, 19);
    int nanos = 0;
    if (n > 20) {
      int fractionDigits = n - 21;
      if (s.charAt(19) != '.' || fractionDigits < 1 || fractionDigits > 9) {
        return null;
      }
      int fraction = digits(s, 20, n - 1);
      if (fraction < 0) {
        return null;
      }
      nanos = fraction * (int) Math.pow(10, 9 - fractionDigits);
    }
    // Leap seconds (":60") and out-of-range fields are left to Instant.parse, which knows their rules.
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0
        || minute > 59 || second < 0 || second > 59 || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
      return null;
    }
    return LocalDateTime.of(year, month, day, hour, minute, second, nanos).toInstant(ZoneOffset.UTC);
  }

  /** The decimal number in {@code s[from, to)}, or -1 when any of it is not an ASCII digit. */
  private static int digits(String s, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
