package io.facetwire.story;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When two articles are versions of one story. Measured on labelled pairs (docs/sources.md,
 * {@code src/test/resources/stories/}):
 * <ol>
 *   <li><b>Copies and edited copies</b>: SimHash fingerprints of headline and body (word 3-shingles)
 *   within {@value #NEAR_BITS} bits. Exact copies are distance 0; a copy with another dateline, credit
 *   line or a few edited words stays within a few bits.</li>
 *   <li><b>Corrected repeats</b>: a wire correction ("CORRECTED - BANKAMERICA NEGOTIATING UNITS SALE")
 *   changes figures throughout a short story, which moves its fingerprint far (distances 4–33 on
 *   Reuters). So when either headline carries a version mark (CORRECTED, CORRECTION, REFILE, REPEAT,
 *   UPDATE n), two articles are one story if published within {@link #WINDOW} of each other, their
 *   headlines without the mark share at least {@value #TITLE_JACCARD} of their words (Jaccard), and their
 *   bodies at least {@value #BODY_JACCARD} of their words. Unmarked look-alikes (two companies' quarterly
 *   results, "X CORP 1ST QTR NET") never meet this rule: no mark, and their fingerprints are far.</li>
 *   <li><b>Correction notices</b>: an article marked CORRECTED or CORRECTION (a repeat or update carries
 *   the whole story, not a notice) whose first {@value #CITED_OPENING_WORDS} words hold at
 *   least {@value #CITED_SHARE} of the other's headline words ("In item headlined "HEINEKEN N.V. 1986
 *   YEAR" please read ..."), within the window.</li>
 *   <li><b>Resent stories</b>: no mark, the same headline (tickers, case and punctuation aside), published
 *   within {@link #RESEND_WINDOW}, bodies sharing at least {@value #BODY_JACCARD} of their words. The same
 *   recurring report on another day ("FED ADDS RESERVES VIA CUSTOMER REPURCHASES") stays apart.</li>
 * </ol>
 */
public final class StoryRule {

  public static final int NEAR_BITS = 3;
  static final double TITLE_JACCARD = 0.5;
  static final double BODY_JACCARD = 0.5;
  static final Duration WINDOW = Duration.ofDays(3);
  /** An unmarked story sent again: within two days (the same recurring report comes back three or more days later). */
  static final Duration RESEND_WINDOW = Duration.ofDays(2);
  /** A correction notice names the item it corrects within its first words. */
  static final int CITED_OPENING_WORDS = 60;
  static final int CITED_MIN_WORDS = 3;
  static final double CITED_SHARE = 0.8;

  private static final Pattern MARK = Pattern.compile(
      "^\\s*\\(?\\s*(?:corrected|correction|refile[d]?|repeat|rpt|update\\s*\\d*)\\s*\\)?\\s*[-:\\u2013\\u2014]+\\s*",
      Pattern.CASE_INSENSITIVE);

  private StoryRule() {}

  /** The fingerprint the rule compares: headline and body together. */
  public static long fingerprint(String title, String body) {
    if (body == null) {
      return SimHash.of(title, null);
    }
    // The writer asks twice for each article (grouping, then the stored keys): the second time comes
    // from this small per-thread table of the last texts seen, matched by identity, never by content.
    Object[] recent = RECENT.get();
    int slot = 3 * ((System.identityHashCode(body) * 31 + System.identityHashCode(title)) & (RECENT_SLOTS - 1));
    if (recent[slot] == body && recent[slot + 1] == title) {
      return (Long) recent[slot + 2];
    }
    long fingerprint = SimHash.of(title, body);
    recent[slot] = body;
    recent[slot + 1] = title;
    recent[slot + 2] = fingerprint;
    return fingerprint;
  }

  private static final int RECENT_SLOTS = 1024;
  private static final ThreadLocal<Object[]> RECENT = ThreadLocal.withInitial(() -> new Object[3 * RECENT_SLOTS]);

  /** The headline's mark says it corrects something ("CORRECTED", "CORRECTION"), not only repeats it. */
  static boolean correctionMark(String title) {
    Matcher m = MARK.matcher(title == null ? "" : title);
    return m.find() && m.group().toLowerCase(Locale.ROOT).contains("correct");
  }

  /** The headline without its version mark, or null when it has none. */
  public static String withoutVersionMark(String title) {
    if (title == null) {
      return null;
    }
    Matcher m = MARK.matcher(title);
    return m.find() && m.end() < title.length() ? title.substring(m.end()).strip() : null;
  }

  static boolean sameStory(StoryMember a, StoryMember b) {
    return decide(a, b, true) == Decision.SAME;
  }

  /** The rule's answer for a pair, or that it needs what a stored candidate does not have at hand. */
  enum Decision { SAME, APART, NOT_AT_HAND }

  /**
   * {@link #sameStory}'s answer. With {@code readAny} false, {@link Decision#NOT_AT_HAND} where it would read what a
   * stored candidate does not have at hand ({@link StoryMember}): a body ({@link StoryMember#bodyAtHand}), a headline's
   * words and correction mark ({@link StoryMember#headlineWordsAtHand}: a light candidate's doc values give them,
   * {@link HeadlineWords}), a headline ({@link StoryMember#titleAtHand}) or dates more exact than the millisecond its
   * doc values give. The grouping asks this first for every stored candidate of a batch, to fetch the few documents
   * the rule will read in one request. One method for both, so the two cannot disagree on which pairs read what. Nothing is read for fingerprints within
   * {@value #NEAR_BITS} bits, nor for articles published further apart than {@link #WINDOW} (every other part of the
   * rule needs them within it; asked first, so a candidate published days away needs no headline). Within it, a
   * headline's words are read under a version mark; the bodies for headlines sharing enough words under a mark, for a
   * correction notice's opening words, and for the same headline within {@link #RESEND_WINDOW} (a light candidate's
   * headline key is told apart by its stored hash, read only when the hashes agree).
   */
  static Decision decide(StoryMember a, StoryMember b, boolean readAny) {
    if (SimHash.distance(a.fingerprint, b.fingerprint) <= NEAR_BITS) {
      return Decision.SAME;
    }
    Boolean near = within(a, b, WINDOW, readAny);
    if (near == null) {
      return Decision.NOT_AT_HAND;
    }
    if (!near) {
      return Decision.APART; // RESEND_WINDOW is shorter: apart by every part of the rule
    }
    if (a.marked() || b.marked()) {
      if (!readAny && !(a.headlineWordsAtHand() && b.headlineWordsAtHand())) {
        return Decision.NOT_AT_HAND;
      }
      if (StoryWords.shareAtLeast(a.titleWords(), b.titleWords(), TITLE_JACCARD)) {
        if (!readAny && !(a.bodyAtHand() && b.bodyAtHand())) {
          return Decision.NOT_AT_HAND;
        }
        if (StoryWords.shareAtLeast(a.bodyWords(), b.bodyWords(), BODY_JACCARD)) {
          return Decision.SAME; // a corrected repeat
        }
      }
      // A correction notice, either way round.
      Decision notice = a.correction() ? cites(a, b, readAny) : Decision.APART;
      if (notice != Decision.APART) {
        return notice;
      }
      return b.correction() ? cites(b, a, readAny) : Decision.APART;
    }
    // The same story sent again a day later, reworded in places: the same headline and most of the words.
    Boolean sameHeadline = sameHeadlineKeyIfKnown(a, b);
    if (Boolean.FALSE.equals(sameHeadline)) {
      return Decision.APART;
    }
    Boolean resent = within(a, b, RESEND_WINDOW, readAny);
    if (resent == null) {
      return Decision.NOT_AT_HAND;
    }
    if (!resent) {
      return Decision.APART;
    }
    if (sameHeadline == null) {
      if (!readAny) {
        return Decision.NOT_AT_HAND;
      }
      if (!sameHeadlineKey(a, b)) {
        return Decision.APART;
      }
    }
    if (!readAny && !(a.bodyAtHand() && b.bodyAtHand())) {
      return Decision.NOT_AT_HAND;
    }
    return StoryWords.shareAtLeast(a.bodyWords(), b.bodyWords(), BODY_JACCARD) ? Decision.SAME : Decision.APART;
  }

  /** {@link MemberDates#within}, reading exact dates only if {@code readAny}; else null when only they can tell. */
  private static Boolean within(StoryMember a, StoryMember b, Duration window, boolean readAny) {
    return readAny ? Boolean.valueOf(MemberDates.within(a, b, window)) : MemberDates.withinIfKnown(a, b, window);
  }

  /** The two headline keys are the same and not empty. */
  private static boolean sameHeadlineKey(StoryMember a, StoryMember b) {
    return !a.headlineKey().isEmpty() && a.headlineKey().equals(b.headlineKey());
  }

  /**
   * {@link #sameHeadlineKey} without reading a headline not at hand: a light candidate's stored hash of its headline
   * key ({@link StoryMember#headlineHash}, none for an empty key) differs from the other's when the keys differ; null
   * when the hashes agree and a headline is not at hand.
   */
  private static Boolean sameHeadlineKeyIfKnown(StoryMember a, StoryMember b) {
    if (a.titleAtHand() && b.titleAtHand()) {
      return sameHeadlineKey(a, b);
    }
    String hash = a.headlineHash();
    if (hash == null || !hash.equals(b.headlineHash())) {
      return false;
    }
    return null;
  }

  /**
   * A correction notice names the item it corrects near its start ("In item headlined "SHAW'S SUPERMARKETS
   * INC <SHAW> YEAR JAN 3" please read ..."): most of that item's headline words are among its first words.
   */
  private static Decision cites(StoryMember notice, StoryMember item, boolean readAny) {
    Set<String> headline = item.titleWords();
    if (headline.size() < CITED_MIN_WORDS) {
      return Decision.APART;
    }
    if (!readAny && !notice.bodyAtHand()) {
      return Decision.NOT_AT_HAND;
    }
    Set<String> opening = notice.openingWords();
    int found = 0;
    for (String w : headline) {
      if (opening.contains(w)) {
        found++;
      }
    }
    return found >= CITED_SHARE * headline.size() ? Decision.SAME : Decision.APART;
  }

  /** The headline as a key: its words without tickers ("<GM>"), lower case, in order; "" when none. */
  static String headlineKey(String title) {
    if (title == null) {
      return "";
    }
    String unmarked = withoutVersionMark(title);
    return headlineKeyOfUnmarked(unmarked != null ? unmarked : title);
  }

  /** {@link #headlineKey} of a headline whose version mark is already off (or that has none). */
  static String headlineKeyOfUnmarked(String headline) {
    List<String> words = new ArrayList<>();
    StoryWords.addWords(StoryWords.withoutTags(headline).toLowerCase(Locale.ROOT), words, Integer.MAX_VALUE);
    return String.join(" ", words);
  }
}
