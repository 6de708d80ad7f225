package io.facetwire.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A headline written in title case capitalises every word, so its capitalised words are no name by their case: "Grenada
 * PM Surveys Beryl Devastation" (session 44, news39's development half: a storm's devastation read as a person). A
 * person found in such a headline is kept where the body names them too (the name's last word, capitalised, after the
 * headline), or where a title stands right before the name in the headline ("Seoul Mayor Park Won-soon Found Dead",
 * whose body says only "the mayor of Seoul"). A headline in sentence case is read as before, and one in capitals by
 * its own rules. Linear: the body's capitalised words are gathered once.
 */
final class TitleCaseHeadlines {

  /**
   * Title case: every word of four letters or more capitalised but the short joining words some styles leave in lower
   * case; a sentence-case headline has a verb or a noun in lower case ("Roughie Knight's Choice stuns Flemington").
   */
  private static final Set<String> JOINING_WORDS = Lookups.setOf("with", "from", "into", "onto", "over",
      "than", "that", "upon", "amid", "after", "about", "under", "like", "near", "past", "versus", "against", "without");
  private static final int FEWEST_LONG_WORDS = 3;

  private TitleCaseHeadlines() {}

  /** Whether the article has a body and a headline in title case. */
  static boolean at(Tokens t) {
    if (t.titleEnd == 0 || t.titleEnd >= t.size) {
      return false;
    }
    int longWords = 0;
    int capitalised = 0;
    for (int k = 0; k < t.titleEnd; k++) {
      if (t.has(k, Tokens.SHOUT)) {
        return false;
      }
      if (t.text[k].length() >= 4 && !t.has(k, Tokens.DIGIT) && !t.has(k, Tokens.HYPHEN_BEFORE)) {
        if (!t.has(k, Tokens.CAP) && !JOINING_WORDS.contains(t.lower[k])) {
          return false;
        }
        longWords++;
      }
    }
    t.steps += t.titleEnd;
    return longWords >= FEWEST_LONG_WORDS;
  }

  /** The persons the body names too, or that a title introduces in the headline. */
  static List<String> namedInBody(Tokens t, List<String> persons, NameLexicon lexicon) {
    if (persons.isEmpty()) {
      return persons;
    }
    Set<String> bodyWords = new HashSet<>();
    for (int k = t.titleEnd; k < t.size; k++) {
      if (t.has(k, Tokens.CAP)) {
        bodyWords.add(t.lower[k]); // a possessive's token is its word: "Mitchell's" reads "mitchell"
      }
    }
    Set<String> titled = new HashSet<>();
    for (int k = 1; k < t.titleEnd; k++) {
      if (t.has(k, Tokens.CAP) && lexicon.titleKind(t.lower[k - 1]) != NameLexicon.TitleKind.NONE) {
        titled.add(t.lower[k]); // "Mayor Park": the word a title introduces
      }
    }
    t.steps += t.size;
    List<String> kept = new ArrayList<>(persons.size());
    for (String name : persons) {
      String lower = name.toLowerCase(Locale.ROOT);
      int bar = lower.indexOf('|');
      String shown = bar >= 0 ? lower.substring(0, bar) : lower;
      String first = shown.substring(0, shown.indexOf(' ') < 0 ? shown.length() : shown.indexOf(' '));
      String last = shown.substring(shown.lastIndexOf(' ') + 1);
      if (last.endsWith(".")) {
        last = last.substring(0, last.length() - 1);
      }
      boolean named = titled.contains(first);
      for (String piece : last.split("-")) {
        named |= bodyWords.contains(piece); // "Lewis-Francis", "al-Sisi", "Ha-neul": the tokens split at the hyphen
      }
      if (named) {
        kept.add(name);
      }
    }
    return kept;
  }
}
