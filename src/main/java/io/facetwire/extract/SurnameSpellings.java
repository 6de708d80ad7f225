package io.facetwire.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A surname said alone that the story spells one letter away from the surname of a person it names in full is that
 * person: "Mr Peston" in a story that named "Robert Preston", "Mukerjee" beside "Pranab Mukherjee", "Gate" beside "Bill
 * Gates", "Van Wauwe" after "Mark Van Wauve" (session 44, from test41: every such pair in the labelled articles is one
 * person). Only where no full name ends with the surname as written (that one is read as it is), where exactly one full
 * name is within the letter (two would leave it open), where the first letters agree and the surname has four letters
 * or more. A name of several words is compared with as many last words of the longer one.
 */
final class SurnameSpellings {

  private static final int SHORTEST = 4;

  private SurnameSpellings() {}

  /** Removes from {@code names} every shorter name that spells a longer one's surname one letter apart; returns steps. */
  static int withoutVariants(Set<String> names) {
    if (names.size() < 2) {
      return 0;
    }
    List<String[]> words = new ArrayList<>(names.size());
    for (String name : names) {
      words.add(name.toLowerCase(Locale.ROOT).split(" "));
    }
    int steps = 0;
    List<String> variants = null;
    int i = 0;
    for (String name : names) {
      String[] shorter = words.get(i++);
      String tail = String.join(" ", shorter);
      if (tail.length() < SHORTEST) {
        continue;
      }
      int close = 0;
      boolean exact = false;
      for (String[] longer : words) {
        steps++;
        if (longer.length <= shorter.length) {
          continue;
        }
        String theirs = String.join(" ", java.util.Arrays.copyOfRange(longer, longer.length - shorter.length, longer.length));
        if (theirs.equals(tail)) {
          exact = true;
        } else if (theirs.charAt(0) == tail.charAt(0) && oneEditApart(theirs, tail)) {
          close++;
        }
      }
      if (!exact && close == 1) {
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
