package io.facetwire.saved;

import io.facetwire.search.QueryString;
import java.time.Instant;

/**
 * A search kept under a name by its owner. The search itself is stored as its canonical URL query
 * string ({@code SearchState.toQueryString()}), so running it again is just opening that URL.
 *
 * @param owner          the account that may see and change it; set by the server, never from a request
 * @param lastSeenAt     when the owner last opened it: "new since your last visit" counts from here
 *                       (from {@code createdAt} before the first visit)
 * @param shareToken     secret of the read-only share link; null: not shared
 * @param feedToken      secret of the Atom feed URL; null: feed turned off
 * @param alerts         new matches are sent to the owner's webhook after each import
 * @param alertWatermark articles ingested up to this instant have been alerted (or were there before
 *                       alerts were turned on)
 * @param alertStatus    how the last delivery went, shown on the saved search's page
 */
public record SavedSearch(
    String id,
    String owner,
    String name,
    String queryString,
    Instant createdAt,
    Instant updatedAt,
    Instant lastRunAt,
    Instant lastSeenAt,
    String shareToken,
    String feedToken,
    boolean alerts,
    Instant alertWatermark,
    AlertStatus alertStatus) {

  public static final int MAX_NAME_LENGTH = 200;

  /**
   * A name as it is stored and shown: cleaned ({@link io.facetwire.TextChars#clean}), each run of spaces of any
   * kind made one space, trimmed, at most {@link #MAX_NAME_LENGTH}; {@code null} when no character a reader can
   * see is left. One rule for the form, the rename and the edit (session 17: the routes asked
   * {@code isBlank()}, the store {@code strip()}, so a name of zero-width spaces, no-break spaces or a lone
   * U+202E was stored and listed as a link with no visible text, and a name of control characters alone was
   * refused on the form that otherwise names a search after its words).
   */
  public static String name(String raw) {
    if (raw == null) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    boolean space = false;
    String cleaned = io.facetwire.TextChars.clean(raw);
    for (int i = 0; i < cleaned.length(); ) {
      int cp = cleaned.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        space = out.length() > 0;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.appendCodePoint(cp);
    }
    // Cut first, then ask: what is stored is the cut name, so it is the cut name that must be seen (200 zero-width
    // spaces followed by one letter would otherwise pass here and be refused by the store).
    String kept = io.facetwire.TextChars.atMost(out.toString(), MAX_NAME_LENGTH);
    return kept.codePoints().anyMatch(SavedSearch::seen) ? kept : null;
  }

  /** Whether a code point draws something: not a space, not one that draws nothing, not a lone mark. */
  private static boolean seen(int cp) {
    int type = Character.getType(cp);
    return cp != ' ' && !io.facetwire.TextChars.drawsNothing(cp) && type != Character.NON_SPACING_MARK
        && type != Character.ENCLOSING_MARK;
  }

  /** The last alert delivery: when, whether it got through, and the error after the last retry. */
  public record AlertStatus(Instant lastAttemptAt, Instant lastDeliveredAt, String lastError, int attempts,
      long lastCount) {}

  public String searchUrl() {
    return QueryString.link("/search", queryString);
  }

  /** The instant "new since your last visit" counts from. */
  public Instant seenUntil() {
    return lastSeenAt != null ? lastSeenAt : createdAt;
  }
}
