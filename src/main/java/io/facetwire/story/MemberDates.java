package io.facetwire.story;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;

/**
 * What two members' dates tell: whether they were published within a window of each other, and which was seen first.
 * A light candidate ({@link StoryMember#light}) knows its dates to the millisecond only, as a {@code date} field's doc
 * values hold them: each question has a form that answers from the dates as known, or null when the milliseconds
 * cannot tell ({@link #withinIfKnown}, {@link #firstSeenIfKnown}), and one that then reads the exact dates from the
 * stored document ({@link #within}, {@link #firstSeen}). With every date exact the two forms are the same, and the
 * answers are those of the exact dates whatever was read.
 */
final class MemberDates {

  private MemberDates() {}

  /**
   * The millisecond a date falls in, as Elasticsearch stores a {@code date} (floor, also before 1970): the doc value of
   * an exact date {@code x} is {@code floorMillis(x)}, and {@code x} is less than a millisecond after it.
   */
  static long floorMillis(Instant x) {
    return x.getEpochSecond() * 1000 + x.getNano() / 1_000_000; // the nanos of an Instant are never negative
  }

  /** The two were published within {@code window} of each other (true when either has no date: the words decide). */
  static boolean within(StoryMember a, StoryMember b, Duration window) {
    Boolean known = withinIfKnown(a, b, window);
    return known != null ? known : withinExact(a.publishedAt(), b.publishedAt(), window);
  }

  /**
   * {@link #within}, or null when a light candidate's date, known to the millisecond only, leaves it open: each exact
   * date is less than a millisecond after the known one, so the distance is known within a millisecond, and only
   * distances that close to the window's edge need the exact dates.
   */
  static Boolean withinIfKnown(StoryMember a, StoryMember b, Duration window) {
    Instant x = a.publishedAtAsKnown();
    Instant y = b.publishedAtAsKnown();
    if (x == null || y == null) {
      return true; // no date to tell: the words decide (a light candidate's missing date is missing exactly)
    }
    if (a.datesExact() && b.datesExact()) {
      return withinExact(x, y, window);
    }
    boolean xFirst = !x.isAfter(y);
    Instant earlier = xFirst ? x : y;
    Instant later = xFirst ? y : x;
    long apart = later.getEpochSecond() - earlier.getEpochSecond();
    if (apart > window.getSeconds() + 2) {
      return false;
    }
    if (apart < window.getSeconds() - 2) {
      return true;
    }
    try {
      Instant edge = earlier.plus(window);
      if (!later.isAfter(edge.minusMillis(1))) {
        return true;
      }
      if (!later.isBefore(edge.plusMillis(1))) {
        return false;
      }
    } catch (DateTimeException e) {
      // At the end of time: the exact dates decide.
    }
    return null;
  }

  /** {@code |y - x| <= window}. */
  private static boolean withinExact(Instant x, Instant y, Duration window) {
    if (x == null || y == null) {
      return true; // no date to tell: the words decide
    }
    // |b - a| <= window, without Duration.abs(): negating a Duration goes through BigDecimal, and this runs
    // for every candidate of every article of an import.
    boolean aFirst = !x.isAfter(y);
    Instant earlier = aFirst ? x : y;
    Instant later = aFirst ? y : x;
    // Whole seconds decide all but the pairs a second either side of the window, without an Instant made per
    // pair (a correction in the ledger meets every article of the import here); plus() decides the rest.
    long apart = later.getEpochSecond() - earlier.getEpochSecond();
    if (apart > window.getSeconds() + 1) {
      return false;
    }
    if (apart < window.getSeconds() - 1
        && earlier.getEpochSecond() < Instant.MAX.getEpochSecond() - window.getSeconds()) {
      return true;
    }
    return !later.isAfter(earlier.plus(window));
  }

  /**
   * Which of two was seen first: the earlier {@code ingested_at}; stored articles before this import's;
   * within this import, its order; then the earlier publication, then the id (ties of a bulk import). A light
   * candidate's dates are read exactly only when their milliseconds cannot tell ({@link #firstSeenIfKnown}).
   */
  static int firstSeen(StoryMember a, StoryMember b) {
    Integer known = firstSeenIfKnown(a, b);
    if (known != null) {
      return known;
    }
    a.ingestedAt();
    b.ingestedAt(); // both exact now
    return firstSeenIfKnown(a, b);
  }

  /**
   * {@link #firstSeen}, or null when it needs a date a light candidate knows to the millisecond only: dates in
   * different milliseconds are in that order whatever their fractions, so only the same millisecond needs the exact
   * dates.
   */
  static Integer firstSeenIfKnown(StoryMember a, StoryMember b) {
    if (a == b) {
      return 0; // the same member (a candidate is shown once for each key it shares): no date to read
    }
    Instant ai = a.ingestedAtAsKnown();
    Instant bi = b.ingestedAtAsKnown();
    Integer c = orderIfKnown(a, ai, b, bi);
    if (c == null || c != 0) {
      return c;
    }
    if (ai == null && bi == null && a.seq != b.seq) {
      return Long.compare(a.seq, b.seq); // both of this import: its order
    }
    c = orderIfKnown(a, a.publishedAtAsKnown(), b, b.publishedAtAsKnown());
    if (c == null || c != 0) {
      return c;
    }
    return a.id.compareTo(b.id);
  }

  /** Two dates' order, a missing date last; 0 when both are missing or equal, null as {@link #compareIfKnown}. */
  private static Integer orderIfKnown(StoryMember a, Instant x, StoryMember b, Instant y) {
    if (x != null && y != null) {
      return compareIfKnown(a, x, b, y);
    }
    return x != null ? Integer.valueOf(-1) : y != null ? Integer.valueOf(1) : Integer.valueOf(0);
  }

  /** Two dates' order; null when one is a light candidate's millisecond and the other falls in the same one. */
  private static Integer compareIfKnown(StoryMember a, Instant x, StoryMember b, Instant y) {
    if (a.datesExact() && b.datesExact()) {
      return x.compareTo(y);
    }
    int c = Long.compare(floorMillis(x), floorMillis(y));
    return c != 0 ? Integer.valueOf(c) : null;
  }
}
