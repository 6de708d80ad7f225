package io.facetwire.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The person mentions of one article, turned into one value per person: full names, with shorter
 * forms folded into longer ones ("George Bush" into "George W. Bush", "Pedro Pierluisi" into "Pedro R.
 * Pierluisi Urrutia"), and one-word mentions that are not part of a full name resolved through the
 * known persons or, after an honorific or office, kept as the surname. Not thread-safe: one per call.
 */
final class PersonMentions {

  private final List<String[]> full = new ArrayList<>(4);
  private final List<PersonExtractor.Single> singles = new ArrayList<>(4);
  /** Names whose given name we do not know: persons only if the article confirms it. */
  private final List<String[]> candidates = new ArrayList<>(4);
  private long steps;

  /** Longest name that shorter forms fold into; a name has at most five words (PersonExtractor). */
  private static final int MAX_FOLD_TARGET = 8;

  void full(String[] parts) {
    full.add(parts);
  }

  /**
   * A name whose given name we do not know ("Tirunesh Dibaba"): a person if {@code speaks} ("... said")
   * or if the article also names her by surname after a title ("Ms Dibaba").
   */
  void candidate(String[] parts, boolean speaks) {
    if (speaks) {
      full.add(parts);
    } else {
      candidates.add(parts);
    }
  }

  void single(PersonExtractor.Single single) {
    singles.add(single);
  }

  /** Comparable units of work done by {@link #resolve}: for the test that proves it linear. */
  long steps() {
    return steps;
  }

  List<String> resolve(KnownPersons known) {
    TreeSet<String> out = new TreeSet<>();
    Set<String> nameWords = new HashSet<>();
    // The same name mentioned a hundred times is folded (or not) once.
    Map<String, String[]> distinct = new LinkedHashMap<>();
    for (String[] a : full) {
      distinct.putIfAbsent(String.join(" ", a), a);
      steps += a.length;
    }
    Set<String> foldTargets = shorterForms(distinct.values());
    Set<String> initialled = initialledForms(distinct.values());
    Map<String, String> bySurname = candidatesBySurname(nameWords);
    for (Map.Entry<String, String[]> e : distinct.entrySet()) {
      String[] a = e.getValue();
      steps++;
      if (a.length == 2 && a[0].length() == 2) {
        String candidate = bySurname.get(KnownPersons.key(a[1]));
        if (candidate != null && candidate.charAt(0) == a[0].charAt(0)) {
          out.add(candidate); // "S. Burger" in the line-up confirms the "Schalk Burger" of the report
          continue;
        }
        if (initialled.contains(a[0] + ' ' + a[1])) {
          continue; // ... and folds into a full name the report gives
        }
      }
      if (a.length >= MAX_FOLD_TARGET || !foldTargets.contains(key(a, a.length, (1 << a.length) - 1))) {
        out.add(e.getKey());
      }
      for (int k = 0; k < a.length; k++) {
        for (String piece : a[k].split("-")) {
          nameWords.add(KnownPersons.key(piece));
          steps++;
        }
      }
    }
    Set<String> surnamesAdded = new HashSet<>();
    for (PersonExtractor.Single s : singles) {
      steps++;
      String key = KnownPersons.key(lastPiece(s.surface()));
      if (nameWords.contains(key) || !surnamesAdded.add(key)) {
        continue; // "Mr Putin" after "Vladimir Putin": the same person
      }
      String confirmed = bySurname.get(key);
      if (confirmed != null) {
        out.add(confirmed); // "Ms Dibaba" confirms "Tirunesh Dibaba"
        continue;
      }
      KnownPersons.Person person = known.find(key);
      if (person != null && (s.titled() || !person.needsTitle())) {
        out.add(person.name());
      } else if (s.titled()) {
        out.add(s.surface()); // "Lord Armstrong" and no other clue: the surname is all we know
      } else {
        surnamesAdded.remove(key); // an untitled word that named nobody: a later title may still
      }
    }
    return new ArrayList<>(out);
  }

  /** "S. Burger" for every two-word "Schalk Burger": the initialled forms that fold into a full name. */
  private Set<String> initialledForms(Collection<String[]> names) {
    Set<String> out = new HashSet<>();
    for (String[] b : names) {
      steps++;
      if (b.length == 2 && b[0].length() > 2) {
        out.add(b[0].charAt(0) + ". " + b[1]);
      }
    }
    return out;
  }

  /** Unconfirmed names by the key of their last word; a surname two of them share confirms neither. */
  private Map<String, String> candidatesBySurname(Set<String> nameWords) {
    Map<String, String> out = new HashMap<>();
    Set<String> shared = new HashSet<>();
    for (String[] c : candidates) {
      steps += c.length;
      String key = KnownPersons.key(lastPiece(c[c.length - 1]));
      String name = String.join(" ", c);
      if (nameWords.contains(key)) {
        continue;
      }
      String before = out.putIfAbsent(key, name);
      if (before != null && !before.equals(name)) {
        shared.add(key);
      }
    }
    shared.forEach(out::remove);
    return out;
  }

  /**
   * Every shorter form that folds into one of these names: same first word, the other words a
   * subsequence ("George Bush" of "George W. Bush"). A name of n words has 2^(n-1) - 1 of them, so
   * the set is built in one pass over the names instead of comparing every pair of names (which was
   * quadratic in the mentions: one article repeating names stalled an import). Names longer than
   * {@link #MAX_FOLD_TARGET} words are runs of capitals, not names, and take no shorter forms.
   */
  private Set<String> shorterForms(Collection<String[]> names) {
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

  private static String key(String[] words, int n, int mask) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if ((mask & (1 << i)) != 0) {
        sb.append(words[i]).append('\u0000');
      }
    }
    return sb.toString();
  }

  private static String lastPiece(String word) {
    int space = word.lastIndexOf(' ');
    String w = space < 0 ? word : word.substring(space + 1);
    int hyphen = w.lastIndexOf('-');
    return hyphen < 0 ? w : w.substring(hyphen + 1);
  }
}
