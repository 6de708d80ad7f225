package io.facetwire.story;

import java.time.Duration;
import java.util.HashSet;
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
 * </ol>
 */
public final class StoryRule {

  public static final int NEAR_BITS = 3;
  static final double TITLE_JACCARD = 0.5;
  static final double BODY_JACCARD = 0.5;
  static final Duration WINDOW = Duration.ofDays(3);

  private static final Pattern MARK = Pattern.compile(
      "^\\s*\\(?\\s*(?:corrected|correction|refile[d]?|repeat|rpt|update\\s*\\d*)\\s*\\)?\\s*[-:\\u2013\\u2014]+\\s*",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{Nd}]+");

  private StoryRule() {}

  /** The fingerprint the rule compares: headline and body together. */
  public static long fingerprint(String title, String body) {
    return SimHash.of((title == null ? "" : title) + " " + (body == null ? "" : body));
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
    if (SimHash.distance(a.fingerprint, b.fingerprint) <= NEAR_BITS) {
      return true;
    }
    return (a.marked() || b.marked()) && withinWindow(a, b)
        && jaccard(a.titleWords(), b.titleWords()) >= TITLE_JACCARD
        && jaccard(a.bodyWords(), b.bodyWords()) >= BODY_JACCARD;
  }

  private static boolean withinWindow(StoryMember a, StoryMember b) {
    if (a.publishedAt == null || b.publishedAt == null) {
      return true; // no date to tell: the words decide
    }
    return Duration.between(a.publishedAt, b.publishedAt).abs().compareTo(WINDOW) <= 0;
  }

  static Set<String> words(String text) {
    Set<String> out = new HashSet<>();
    for (String w : NON_WORD.split(TAG.matcher(text).replaceAll(" ").toLowerCase(Locale.ROOT))) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 0;
    }
    int both = 0;
    for (String w : a) {
      if (b.contains(w)) {
        both++;
      }
    }
    return both / (double) (a.size() + b.size() - both);
  }
}
