package io.facetwire.extract;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which of an article's full names are another of them ({@link PersonResolution}): a shorter form ("George Bush" of
 * "George W. Bush"), an initialled form ("S. Burger" of "Schalk Burger"), or the same name with another form of its
 * given name ("Dick Darman" after "Richard Darman"). Counts its steps for the resolution's. Not thread-safe: one per
 * call.
 */
final class FullNameFolding {

  /** Longest name that shorter forms fold into; a name has at most five words (PersonRuns). */
  static final int MAX_FOLD_TARGET = 8;

  private long steps;

  /** Comparable units of work done here, counted into {@link PersonResolution#steps}. */
  long steps() {
    return steps;
  }

  /** Keys a longer name by its surname alone; no name's words hold this char. */
  private static final String SURNAME_ONLY = "\u0000";

  /**
   * Leaves out of {@code distinct} (in the order of mention) every name whose other words are an earlier name's and
   * whose given name is a form of that name's ("Dick Darman" after "Richard Darman", "Steven Gerrard" after "Steve
   * Gerrard"), and a given name and surname after a longer name with the same ("Max Zhdanov" after "Maxim Olegovich
   * Zhdanov"). Linear: names are grouped by their words after the first, and a group is nearly always one name.
   */
  void sameWithOtherGivenName(Map<String, String[]> distinct, GivenNameForms forms) {
    Map<String, String> firstGivenByRest = new HashMap<>();
    var it = distinct.values().iterator();
    while (it.hasNext()) {
      String[] a = it.next();
      steps++;
      if (a.length < 2 || a.length > MAX_FOLD_TARGET || a[0].length() <= 2) {
        continue; // an initial ("J. Darman") is no given name's form; a run of capitals no name
      }
      String rest = key(a, a.length, ((1 << a.length) - 1) & ~1);
      String earlier = firstGivenByRest.putIfAbsent(rest, a[0]);
      if (a.length > 2) {
        // a full name with a middle name or a patronymic also stands for its given name and surname alone: "Max
        // Zhdanov" after "Maxim Olegovich Zhdanov" (session 45, news40's development half)
        firstGivenByRest.putIfAbsent(SURNAME_ONLY + a[a.length - 1], a[0]);
      }
      if (otherFormOf(earlier, a[0], forms)
          || a.length == 2 && otherFormOf(firstGivenByRest.get(SURNAME_ONLY + a[1]), a[0], forms)) {
        it.remove();
      }
    }
  }

  /** {@code given} is another form of the {@code earlier} name's given name ("Dick" of "Richard"). */
  private static boolean otherFormOf(String earlier, String given, GivenNameForms forms) {
    return earlier != null && !earlier.equals(given) && forms.sameGivenName(earlier, given);
  }

  /**
   * Every shorter form that folds into one of these names: same first word, the other words a
   * subsequence ("George Bush" of "George W. Bush"). A name of n words has 2^(n-1) - 1 of them, so
   * the set is built in one pass over the names instead of comparing every pair of names (which was
   * quadratic in the mentions: one article repeating names stalled an import). Names longer than
   * {@link #MAX_FOLD_TARGET} words are runs of capitals, not names, and take no shorter forms.
   */
  Set<String> shorterForms(Collection<String[]> names) {
    Set<String> forms = new HashSet<>();
    for (String[] b : names) {
      if (b.length < 2 || b.length > MAX_FOLD_TARGET) {
        continue;
      }
      int all = (1 << b.length) - 1;
      // Bit 0 (the first word) always kept; every other proper subset of the remaining words.
      for (int mask = 1; mask < all; mask += 2) {
        forms.add(key(b, b.length, mask));
        steps++;
      }
    }
    return forms;
  }

  /** "S. Burger" for every two-word "Schalk Burger": the initialled forms that fold into a full name. */
  Set<String> initialledForms(Collection<String[]> names) {
    Set<String> out = new HashSet<>();
    for (String[] b : names) {
      steps++;
      if (b.length == 2 && b[0].length() > 2) {
        out.add(b[0].charAt(0) + ". " + b[1]);
      }
    }
    return out;
  }

  static String key(String[] words, int n, int mask) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if ((mask & (1 << i)) != 0) {
        sb.append(words[i]).append('\u0000');
      }
    }
    return sb.toString();
  }
}
