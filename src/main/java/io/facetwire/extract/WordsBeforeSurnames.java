package io.facetwire.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Takes out of an article's persons the names that are only a word before another person's surname. "Ortiz Mena
 * said" after "IADB president Antonio Ortiz Mena", "But Elders O'Neill said" after "William O'Neill, coffee analyst
 * with Elders Futures": a two-word name that is the end of another name the article gives (a double surname's rest),
 * or whose first word, no given name we know, opens another capitalised phrase of the article (the firm's name) while
 * its last word is another person's surname, is that other person (test28 once opened, session 31). Relatives with given names we do not know stay ("Keijirou Fukushima" beside "Osamu Fukushima"). Read once per
 * article, after its names are resolved ({@link PersonResolution}); immutable, hence thread-safe.
 */
final class WordsBeforeSurnames {

  private final NameLexicon lexicon;

  WordsBeforeSurnames(NameLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The resolved persons of an article without those that are a word before another's surname. */
  List<String> without(Tokens t, List<String> persons) {
    Map<String, Integer> surnames = new HashMap<>();
    for (String p : persons) {
      int space = p.lastIndexOf(' ');
      if (space > 0) {
        surnames.merge(p.substring(space + 1), 1, Integer::sum);
      }
    }
    List<String> out = new ArrayList<>(persons.size());
    for (String p : persons) {
      int space = p.indexOf(' ');
      boolean twoWords = space > 0 && p.indexOf(' ', space + 1) < 0;
      if (twoWords && surnames.getOrDefault(p.substring(space + 1), 0) > 1
          && (endsAnotherName(persons, p) || !lexicon.isFirstName(p.substring(0, space).toLowerCase(Locale.ROOT))
              && opensAnotherPhrase(t, p.substring(0, space), p.substring(space + 1)))) {
        continue;
      }
      out.add(p);
    }
    return out;
  }

  /**
   * Another name ends with this one and opens with a given name we know ("Antonio Ortiz Mena", "Camilla Parker
   * Bowles"); not a title read into a name ("Emeritus Dinualdo Gutierrez" leaves "Dinualdo Gutierrez" the person), nor
   * two words or more before a name that opens with a given name itself ("Bharat Ratna Pranab Mukherjee", an award).
   */
  private boolean endsAnotherName(List<String> persons, String name) {
    boolean givenFirst = lexicon.isFirstName(name.substring(0, name.indexOf(' ')).toLowerCase(Locale.ROOT));
    for (String other : persons) {
      if (other.length() > name.length() && other.endsWith(name) && other.charAt(other.length() - name.length() - 1) == ' '
          && opensWithAGivenName(other)
          && !(givenFirst && other.indexOf(' ') < other.length() - name.length() - 1)) {
        return true;
      }
    }
    return false;
  }

  /** "Antonio ...", "T. Boone Pickens": a given name we know or an initial. */
  private boolean opensWithAGivenName(String name) {
    String first = name.substring(0, name.indexOf(' '));
    return first.length() <= 2 && Character.isUpperCase(first.charAt(0))
        || lexicon.isFirstName(first.toLowerCase(Locale.ROOT));
  }

  /** The word is followed somewhere in the article by a capitalised word other than {@code surname}: "Elders Futures". */
  private static boolean opensAnotherPhrase(Tokens t, String word, String surname) {
    for (int i = 0; i + 1 < t.size; i++) {
      t.steps++;
      if (t.text[i].equals(word) && t.has(i + 1, Tokens.CAP) && !t.has(i + 1, Tokens.BREAK_BEFORE)
          && !t.text[i + 1].equals(surname)) {
        return true;
      }
    }
    return false;
  }
}
