package io.facetwire.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A surname said alone that the story spells one letter away from the surname of a person it names in full is that
 * person: "Mr Peston" in a story that named "Robert Preston", "Mukerjee" beside "Pranab Mukherjee", "Gate" beside "Bill
 * Gates", "Van Wauwe" after "Mark Van Wauve" (session 44, from test41: every such pair in the labelled articles is one
 * person). Only where no full name ends with the surname as written (that one is read as it is), where exactly one full
 * name is within the letter (two would leave it open), where the first letters agree and the surname has four letters
 * or more. A surname of two words is compared with the last two words of the longer name; so is a surname with its
 * generation, which a full name may end with as written ("Whipps Jr" in a headline, "Surangel Whipps Jr" in the body).
 *
 * <p>Linear in the names' letters: each full name's last one and two words are indexed with every form that lacks one
 * of their letters, so a surname finds the full names one letter away through its own such forms (a change, an added
 * or a left-out letter all leave a form in common), then checked letter by letter.
 */
final class SurnameSpellings {

  private static final int SHORTEST = 4;

  private SurnameSpellings() {}

  /** Removes from {@code names} every shorter name that spells a longer one's surname one letter apart; returns steps. */
  static int withoutVariants(Set<String> names) {
    return withoutVariants(names, lower -> false);
  }

  /**
   * As {@link #withoutVariants(Set)}, leaving alone a one-word name that {@code givenName} says is a given name: "Prince
   * William" beside "Nico Williams" is a royal named by title and given name, no surname said alone (session 47, news41).
   */
  static int withoutVariants(Set<String> names, java.util.function.Predicate<String> givenName) {
    if (names.size() < 2) {
      return 0;
    }
    int steps = 0;
    List<String> surnames = null; // the names that may be a surname said alone: most stories have none
    for (String name : names) {
      steps++;
      if (maySayASurname(name) && (name.indexOf(' ') >= 0 || !givenName.test(name.toLowerCase(Locale.ROOT)))) {
        if (surnames == null) {
          surnames = new ArrayList<>(2);
        }
        surnames.add(name);
      }
    }
    if (surnames == null) {
      return steps;
    }
    Map<String, List<String>> tails = new HashMap<>(); // a full name's last words as written -> the full names
    Map<String, List<String>> lacking = new HashMap<>(); // those words less one letter -> the full names
    for (String name : names) {
      String[] words = name.toLowerCase(Locale.ROOT).split(" ");
      for (int k = 1; k <= 2 && k < words.length; k++) {
        String tail = String.join(" ", Arrays.copyOfRange(words, words.length - k, words.length));
        tails.computeIfAbsent(tail, x -> new ArrayList<>(1)).add(name);
        for (int c = 0; c < tail.length(); c++) {
          lacking.computeIfAbsent(lessOne(tail, c), x -> new ArrayList<>(1)).add(name);
        }
        steps += tail.length();
      }
    }
    List<String> variants = null;
    for (String name : surnames) {
      String tail = name.toLowerCase(Locale.ROOT);
      int words = tail.indexOf(' ') < 0 ? 1 : 2;
      steps += tail.length();
      List<String> exact = tails.get(tail);
      boolean variant;
      if (exact != null) {
        variant = words == 2 && NameTokens.isGeneration(tail.substring(tail.indexOf(' ') + 1).replace(".", ""));
      } else {
        variant = oneFullNameApart(tail, words, tails, lacking) != null;
      }
      if (variant) {
        if (variants == null) {
          variants = new ArrayList<>();
        }
        variants.add(name);
      }
    }
    if (variants != null) {
      variants.forEach(names::remove);
    }
    return steps;
  }

  /**
   * One word of four letters or more ("Peston"), or two where the first is a particle ("Van Wauwe") or the second a
   * generation ("Whipps Jr"): the forms a surname said alone takes.
   */
  private static boolean maySayASurname(String name) {
    int space = name.indexOf(' ');
    if (space < 0) {
      return name.length() >= SHORTEST;
    }
    if (name.indexOf(' ', space + 1) >= 0) {
      return false;
    }
    String first = name.substring(0, space).toLowerCase(Locale.ROOT);
    String second = name.substring(space + 1).toLowerCase(Locale.ROOT).replace(".", "");
    return NameLexicon.particle(first) || NameTokens.isGeneration(second);
  }

  /** The one full name whose last {@code words} words are one letter from {@code tail}; null if none or several. */
  private static String oneFullNameApart(String tail, int words, Map<String, List<String>> tails,
      Map<String, List<String>> lacking) {
    String found = null;
    List<List<String>> candidates = new ArrayList<>();
    add(candidates, lacking.get(tail)); // the full name has a letter more
    for (int c = 0; c < tail.length(); c++) {
      String less = lessOne(tail, c);
      add(candidates, tails.get(less)); // ... a letter less
      add(candidates, lacking.get(less)); // ... one letter changed
    }
    for (List<String> list : candidates) {
      for (String full : list) {
        String[] w = full.toLowerCase(Locale.ROOT).split(" ");
        if (w.length <= words) {
          continue;
        }
        String theirs = String.join(" ", Arrays.copyOfRange(w, w.length - words, w.length));
        if (theirs.charAt(0) != tail.charAt(0) || !oneEditApart(theirs, tail)) {
          continue;
        }
        if (found != null && !found.equals(full)) {
          return null;
        }
        found = full;
      }
    }
    return found;
  }

  private static void add(List<List<String>> candidates, List<String> list) {
    if (list != null) {
      candidates.add(list);
    }
  }

  private static String lessOne(String s, int c) {
    return s.substring(0, c) + s.substring(c + 1);
  }

  /** One letter changed, added or left out. */
  static boolean oneEditApart(String a, String b) {
    if (a.length() < b.length()) {
      String t = a;
      a = b;
      b = t;
    }
    if (a.length() - b.length() > 1 || a.equals(b)) {
      return false;
    }
    int k = 0;
    while (k < b.length() && a.charAt(k) == b.charAt(k)) {
      k++;
    }
    return a.length() == b.length()
        ? a.regionMatches(k + 1, b, k + 1, a.length() - k - 1)
        : a.regionMatches(k + 1, b, k, b.length() - k);
  }
}
