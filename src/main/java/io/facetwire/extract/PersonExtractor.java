package io.facetwire.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Finds full names of people: runs of capitalised tokens that start with a known given name, or that
 * follow a role title ("Finance Minister Kiichi Miyazawa", "channel host Vladimir Solovyov"). Titles
 * and demonyms in front are dropped; runs holding a place, an organisation word or a calendar word
 * are not people. A later "Putin" or "Mr Putin" never makes a value of its own, and a shorter form of
 * a name ("George Bush" next to "George W. Bush") folds into the longest one.
 * Thread-safe: all state is per call.
 */
final class PersonExtractor {

  /** Longer runs are titles of works, lists or headlines, not names. */
  private static final int MAX_NAME_TOKENS = 5;

  private final NameLexicon lexicon;
  private final CountryGazetteer gazetteer;

  PersonExtractor(NameLexicon lexicon, CountryGazetteer gazetteer) {
    this.lexicon = lexicon;
    this.gazetteer = gazetteer;
  }

  List<String> extract(Tokens t) {
    List<String[]> names = new ArrayList<>(4);
    int i = 0;
    while (i < t.size) {
      if (!isNameToken(t, i)) {
        i++;
        continue;
      }
      int j = i;
      while (j + 1 < t.size && !t.has(j, Tokens.POSSESSIVE) && !t.has(j + 1, Tokens.BREAK_BEFORE)) {
        if (isNameToken(t, j + 1)) {
          j++;
        } else if (j + 2 < t.size && lexicon.isParticle(t.lower[j + 1]) && !t.has(j + 2, Tokens.BREAK_BEFORE)
            && isNameToken(t, j + 2)) {
          j += 2; // "Charles de Gaulle"
        } else {
          break;
        }
      }
      String[] name = nameIn(t, i, j);
      if (name != null) {
        names.add(name);
      }
      i = j + 1;
    }
    return fold(names);
  }

  /** A capitalised word in mixed-case text; a single capital ("W") is an initial. */
  private static boolean isNameToken(Tokens t, int i) {
    int f = t.flags[i];
    if ((f & Tokens.CAP) == 0 || (f & (Tokens.SHOUT | Tokens.DIGIT | Tokens.DOTTED)) != 0) {
      return false;
    }
    return (f & Tokens.ALL_CAPS) == 0 || t.text[i].length() == 1;
  }

  /** The person's name in the run [from, to], or null if the run does not name a person. */
  private String[] nameIn(Tokens t, int from, int to) {
    boolean titled = from > 0 && !t.has(from - 1, Tokens.CAP) && lexicon.isTitle(t.lower[from - 1]);
    int k = from;
    // Skip what stands before a name: titles, demonyms, sentence-initial function words, "Bank of Japan".
    while (k <= to) {
      String w = t.lower[k];
      if (lexicon.isTitle(w)) {
        titled = true;
      } else if (!(lexicon.isStopWord(w) || gazetteer.isPlaceWord(w) || lexicon.isOrganisationWord(w)
          || lexicon.isParticle(w)) || (k + 1 <= to && lexicon.isFirstName(w) && !lexicon.isStopWord(w))) {
        break;
      }
      k++;
    }
    if (k > to) {
      return null;
    }
    if (!titled && !lexicon.isFirstName(t.lower[k])) {
      // "Yesterday John Smith": look for a given name further in; titles never come after it.
      while (k <= to && !lexicon.isFirstName(t.lower[k])) {
        if (lexicon.isOrganisationWord(t.lower[k]) || lexicon.isTitle(t.lower[k])) {
          return null;
        }
        k++;
      }
      if (k > to) {
        return null;
      }
    }
    int words = 0;
    for (int m = k; m <= to; m++) {
      String w = t.lower[m];
      if (lexicon.isParticle(w) || t.text[m].length() == 1) {
        continue;
      }
      boolean first = m == k;
      if (lexicon.isOrganisationWord(w) || lexicon.isTitle(w)
          || (lexicon.isStopWord(w) && !first) || (gazetteer.isPlaceWord(w) && !(first && lexicon.isFirstName(w)))) {
        return null;
      }
      if (first && lexicon.isStopWord(w) && !lexicon.isFirstName(w)) {
        return null;
      }
      words++;
    }
    int count = to - k + 1;
    if (words < 2 || count > MAX_NAME_TOKENS || t.text[to].length() == 1) {
      return null;
    }
    // An organisation word right after the run ("John Hancock Mutual", "Lloyd Brothers") makes it a firm.
    int next = to + 1;
    if (next < t.size && !t.has(to, Tokens.POSSESSIVE) && !t.has(next, Tokens.BREAK_BEFORE)
        && t.has(next, Tokens.CAP) && lexicon.isOrganisationWord(t.lower[next])) {
      return null;
    }
    String[] parts = new String[count];
    for (int m = k; m <= to; m++) {
      parts[m - k] = t.text[m];
    }
    if (lexicon.isNotPerson(String.join(" ", parts).toLowerCase(Locale.ROOT))) {
      return null;
    }
    // Hyphenated given names ("Jean-Claude") were split by the tokenizer; glue them back.
    StringBuilder sb = new StringBuilder();
    List<String> out = new ArrayList<>(count);
    for (int m = k; m <= to; m++) {
      if (m > k && t.has(m, Tokens.HYPHEN_BEFORE)) {
        sb.append('-').append(t.text[m]);
      } else {
        if (sb.length() > 0) {
          out.add(sb.toString());
        }
        sb.setLength(0);
        sb.append(t.text[m]);
        if (t.text[m].length() == 1) {
          sb.append('.');
        }
      }
    }
    out.add(sb.toString());
    return out.size() < 2 ? null : out.toArray(new String[0]);
  }

  /** Drops names that are a shorter form of another name with the same first and last word. */
  private static List<String> fold(List<String[]> names) {
    TreeSet<String> out = new TreeSet<>();
    for (String[] a : names) {
      boolean shorter = false;
      for (String[] b : names) {
        if (b.length > a.length && b[0].equals(a[0]) && b[b.length - 1].equals(a[a.length - 1])) {
          shorter = true;
          break;
        }
      }
      if (!shorter) {
        out.add(String.join(" ", a));
      }
    }
    return new ArrayList<>(out);
  }
}
