package io.facetwire.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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

  void full(String[] parts) {
    full.add(parts);
  }

  void single(PersonExtractor.Single single) {
    singles.add(single);
  }

  List<String> resolve(KnownPersons known) {
    TreeSet<String> out = new TreeSet<>();
    Set<String> nameWords = new HashSet<>();
    for (String[] a : full) {
      if (!foldsInto(a)) {
        out.add(String.join(" ", a));
      }
      for (int k = 0; k < a.length; k++) {
        for (String piece : a[k].split("-")) {
          nameWords.add(KnownPersons.key(piece));
        }
      }
    }
    Set<String> surnamesAdded = new HashSet<>();
    for (PersonExtractor.Single s : singles) {
      String key = KnownPersons.key(lastPiece(s.surface()));
      if (nameWords.contains(key) || !surnamesAdded.add(key)) {
        continue; // "Mr Putin" after "Vladimir Putin": the same person
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

  /** True if a longer full name starts with the same word and holds all of this one's words in order. */
  private boolean foldsInto(String[] a) {
    for (String[] b : full) {
      if (b.length > a.length && b[0].equals(a[0]) && isSubsequence(a, b)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isSubsequence(String[] a, String[] b) {
    int j = 0;
    for (int i = 0; i < b.length && j < a.length; i++) {
      if (b[i].equals(a[j])) {
        j++;
      }
    }
    return j == a.length;
  }

  private static String lastPiece(String word) {
    int space = word.lastIndexOf(' ');
    String w = space < 0 ? word : word.substring(space + 1);
    int hyphen = w.lastIndexOf('-');
    return hyphen < 0 ? w : w.substring(hyphen + 1);
  }
}
