package io.facetwire.story;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The words {@link StoryRule} compares, and how much two sets of them share. Without regular expressions: story
 * grouping takes the words of every article's headline and of the bodies it compares, and the two patterns (tags out,
 * then a split on {@code [^\p{L}\p{Nd}]+}) cost a tenth of the grouping. These give the very same words
 * ({@code StoryWordsTest} compares them with the patterns).
 */
final class StoryWords {

  private StoryWords() {}

  /** The first {@code n} words of a text, as a set. */
  static Set<String> firstWords(String text, int n) {
    Set<String> out = new HashSet<>();
    addWords(text.toLowerCase(Locale.ROOT), out, n);
    return out;
  }

  static Set<String> words(String text) {
    Set<String> out = new HashSet<>();
    addWords(withoutTags(text).toLowerCase(Locale.ROOT), out, Integer.MAX_VALUE);
    return out;
  }

  /** The text with each tag ("<GM>": a '<', up to the next '>') made a space, as {@code <[^>]*>} would. */
  static String withoutTags(String text) {
    int open = text.indexOf('<');
    int close = open < 0 ? -1 : text.indexOf('>', open + 1);
    if (close < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int from = 0;
    while (close >= 0) {
      out.append(text, from, open).append(' ');
      from = close + 1;
      open = text.indexOf('<', from);
      close = open < 0 ? -1 : text.indexOf('>', open + 1);
    }
    return out.append(text, from, text.length()).toString();
  }

  /**
   * Adds the words of {@code lower} — its runs of letters and decimal digits (code points, as
   * {@code \p{L}} and {@code \p{Nd}} read them) — to {@code out}, the first {@code most} of them.
   */
  static void addWords(String lower, java.util.Collection<String> out, int most) {
    int taken = 0;
    int start = -1;
    int i = 0;
    while (taken < most) {
      int cp = i < lower.length() ? lower.codePointAt(i) : -1;
      boolean word = cp >= 0 && (Character.isLetter(cp) || Character.isDigit(cp));
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        out.add(lower.substring(start, i));
        taken++;
        start = -1;
      }
      if (cp < 0) {
        break;
      }
      i += Character.charCount(cp);
    }
  }

  /**
   * {@code jaccard(a, b) >= share}, without counting the common words when the sizes alone rule it out: the
   * common words are at most the smaller set and the union at least the larger, so the share is at most
   * smaller / larger.
   */
  static boolean shareAtLeast(Set<String> a, Set<String> b, double share) {
    int smaller = Math.min(a.size(), b.size());
    int larger = Math.max(a.size(), b.size());
    // The same division jaccard() makes, so the two agree at the bound: 14 of 25 at a share of 0.56 is
    // 0.56 >= 0.56 there, while 14 < 0.56 * 25 in floating point would have said no.
    if (larger > 0 && (double) smaller / larger < share) {
      return false;
    }
    return jaccard(a, b) >= share;
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
