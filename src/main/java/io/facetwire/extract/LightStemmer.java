package io.facetwire.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A deliberately small English suffix stripper for topic matching: "sanctions", "sanctioned" ->
 * "sanction"; "migration", "migrate" -> "migrat"; "hacking" -> "hack". Taxonomy terms go through the
 * same function, so it only has to be consistent, not linguistically right; that keeps it to a few
 * string checks per token instead of a full Porter/Snowball pass. Stateless, thread-safe.
 */
final class LightStemmer {

  private LightStemmer() {
  }

  static String stem(String w) {
    int n = w.length();
    if (n <= 3) {
      return w;
    }
    // Plurals and third person.
    if (w.endsWith("ies") && n > 4) {
      w = w.substring(0, n - 3) + "y";
    } else if (w.endsWith("sses")) {
      w = w.substring(0, n - 2);
    } else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
      w = w.substring(0, n - 1);
    }
    n = w.length();
    if (w.endsWith("ation") && n > 7) {
      return w.substring(0, n - 3);
    }
    if (w.endsWith("ating") && n > 7) {
      return w.substring(0, n - 3);
    }
    if (w.endsWith("ated") && n > 6) {
      return w.substring(0, n - 2);
    }
    if (w.endsWith("ate") && n > 5) {
      return w.substring(0, n - 1);
    }
    if (w.endsWith("ing") && n > 6) {
      return undouble(w.substring(0, n - 3));
    }
    if (w.endsWith("ed") && n > 5 && !w.endsWith("eed")) {
      return undouble(w.substring(0, n - 2));
    }
    if (w.endsWith("e") && n > 4 && !w.endsWith("ee")) {
      return w.substring(0, n - 1);
    }
    return w;
  }

  /**
   * Every word that {@link #stem} turns into {@code stem}: lets a table keyed by stems be keyed by words
   * as well, so an article's tokens are looked up as they are, without stemming each one.
   *
   * <p>The list is complete because each step of {@link #stem} only cuts a known ending: the suffix
   * step leaves {@code stem} plus nothing, "ion", "ing", "ed" or "e" (for "ing" and "ed" possibly with
   * the undoubled letter again), and the plural step before it removed nothing, "s", "es" (after "ss")
   * or turned "ies" into "y". Each candidate built that way is kept only if it does stem back.
   */
  static List<String> wordsWithStem(String stem) {
    List<String> beforeSuffix = new ArrayList<>();
    beforeSuffix.add(stem);
    for (String ending : new String[] {"ion", "ing", "ed", "e"}) {
      beforeSuffix.add(stem + ending);
    }
    if (!stem.isEmpty()) {
      char last = stem.charAt(stem.length() - 1);
      beforeSuffix.add(stem + last + "ing");
      beforeSuffix.add(stem + last + "ed");
    }
    Set<String> out = new LinkedHashSet<>();
    for (String w : beforeSuffix) {
      for (String candidate : new String[] {w, w + "s", w + "es",
          w.endsWith("y") ? w.substring(0, w.length() - 1) + "ies" : w}) {
        if (stem(candidate).equals(stem)) {
          out.add(candidate);
        }
      }
    }
    return new ArrayList<>(out);
  }

  /** "bann" -> "ban", "plann" -> "plan", but "kill" and "miss" stay. */
  private static String undouble(String s) {
    int n = s.length();
    if (n > 3 && s.charAt(n - 1) == s.charAt(n - 2)) {
      char c = s.charAt(n - 1);
      if (c != 'l' && c != 's' && c != 'z') {
        return s.substring(0, n - 1);
      }
    }
    return s;
  }
}
