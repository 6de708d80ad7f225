package io.facetwire.story;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What {@link StoryRule} reads of a stored candidate's headline under a version mark, stored as keyword doc values
 * ({@link #FIELD}, not indexed) so the candidate search gives it without the stored document: the headline's words as
 * the rule compares them ({@link StoryMember#titleWords}: {@link StoryWords#words} of the headline without its version
 * mark) and whether the headline says it corrects something ({@link StoryMember#correction}). A marked article
 * compares its headline with every stored candidate of the days around it; before this field each such candidate's
 * headline was read by id (session 38: 62,427 over three Reuters imports).
 *
 * <p>The values: the words themselves (runs of letters and digits, so never a {@code ':'}), and three of this class's
 * own, each with a {@code ':'}: {@link #SCHEME}, {@code c:1} or {@code c:0} (the correction mark) and {@code n:}
 * the number of words. Doc values keep a set (sorted, each value once), which is what the rule compares. A candidate is
 * given its words only when all of these are there and agree ({@link #read}); else (stored before the field, by
 * another scheme, a word past {@link #MAX_WORD_CHARS} or {@link #MAX_WORDS} words, a value lost or garbled) it is read
 * by id, as before.
 */
public final class HeadlineWords {

  public static final String FIELD = "near_dup_words";
  /**
   * Names how the words and the mark were worked out ({@link StoryRule}'s version mark, {@link StoryWords}): a
   * candidate's stored words are taken only under today's scheme. Change it with either.
   */
  static final String SCHEME = "s:1";
  private static final String CORRECTION = "c:1";
  private static final String NO_CORRECTION = "c:0";
  private static final String COUNT = "n:";
  /** Longer words are not stored (the mapping's {@code ignore_above} is above it: the writer decides, not the node). */
  static final int MAX_WORD_CHARS = 100;
  /** A headline of more words is not stored: its candidates are read by id. */
  static final int MAX_WORDS = 64;

  private HeadlineWords() {}

  /** The words and mark the rule reads of a stored headline; {@link #correction} only ever with a version mark. */
  record Read(Set<String> words, boolean correction) {}

  /** The values of {@link #FIELD} for an article with this headline; none when it is not to be stored. */
  public static List<String> of(String title) {
    String t = title == null ? "" : title;
    String unmarked = StoryRule.withoutVersionMark(t);
    Set<String> words = StoryWords.words(unmarked != null ? unmarked : t);
    if (words.size() > MAX_WORDS) {
      return List.of();
    }
    List<String> out = new ArrayList<>(words.size() + 3);
    out.add(SCHEME);
    out.add(unmarked != null && StoryRule.correctionMark(t) ? CORRECTION : NO_CORRECTION);
    out.add(COUNT + words.size());
    for (String w : new java.util.TreeSet<>(words)) { // in order: the same stored bytes for the same headline
      if (w.length() > MAX_WORD_CHARS) {
        return List.of();
      }
      out.add(w);
    }
    return out;
  }

  /**
   * The words and mark among a candidate's values of {@link #FIELD}, or null when they cannot be taken as the rule's:
   * no values, another scheme, a count that is missing or not the number of words, a word that is no word, or a
   * correction mark on a headline its own keys call unmarked.
   */
  static Read read(List<String> values, boolean marked) {
    if (values == null || !values.contains(SCHEME)) {
      return null;
    }
    Set<String> words = new HashSet<>();
    int count = -1;
    Boolean correction = null;
    for (String v : values) {
      if (v.equals(SCHEME)) {
        continue;
      } else if (v.equals(CORRECTION) || v.equals(NO_CORRECTION)) {
        if (correction != null) {
          return null;
        }
        correction = v.equals(CORRECTION);
      } else if (v.startsWith(COUNT)) {
        if (count >= 0) {
          return null;
        }
        count = count(v.substring(COUNT.length()));
        if (count < 0) {
          return null;
        }
      } else if (isWord(v)) {
        words.add(v);
      } else {
        return null;
      }
    }
    if (correction == null || count != words.size() || correction && !marked) {
      return null;
    }
    return new Read(java.util.Collections.unmodifiableSet(words), correction);
  }

  private static int count(String digits) {
    if (digits.isEmpty() || digits.length() > 4) {
      return -1;
    }
    for (int i = 0; i < digits.length(); i++) {
      if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
        return -1;
      }
    }
    return Integer.parseInt(digits);
  }

  /** A run of letters and decimal digits, as {@link StoryWords#addWords} makes them. */
  private static boolean isWord(String v) {
    if (v.isEmpty() || v.length() > MAX_WORD_CHARS) {
      return false;
    }
    for (int i = 0; i < v.length(); ) {
      int cp = v.codePointAt(i);
      if (!Character.isLetter(cp) && !Character.isDigit(cp)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }
}
