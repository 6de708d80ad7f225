package io.facetwire.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Finds the countries an article mentions: by name, short form, demonym, capital (standing for its
 * government) and, in a wire dateline only, big cities and US state abbreviations. One pass over the
 * tokens, one hash lookup per capitalised token. Thread-safe: all state is per call.
 */
final class CountryExtractor {

  private final CountryGazetteer gazetteer;
  private final NameLexicon lexicon;

  CountryExtractor(CountryGazetteer gazetteer, NameLexicon lexicon) {
    this.gazetteer = gazetteer;
    this.lexicon = lexicon;
  }

  List<String> extract(Tokens t) {
    int n = gazetteer.size();
    // Per country: 0 = not seen, 1 = weak mention only, 2 = counted. Weak mentions need a second phrase.
    byte[] state = new byte[n];
    CountryGazetteer.Entry[] weakEntry = null;
    int i = 0;
    while (i < t.size) {
      if (!t.capitalised(i)) {
        i++;
        continue;
      }
      CountryGazetteer.Entry match = null;
      for (CountryGazetteer.Entry e : gazetteer.startingWith(t.lower[i])) {
        if (matches(t, i, e)) {
          match = e;
          break;
        }
      }
      if (match == null) {
        i++;
        continue;
      }
      int end = i + match.length();
      if (match.kind() != CountryGazetteer.Kind.BLOCK && !(match.nameLike() && gluedToName(t, i, end))) {
        int c = match.country();
        if (match.weak()) {
          if (state[c] == 0) {
            state[c] = 1;
            if (weakEntry == null) {
              weakEntry = new CountryGazetteer.Entry[n];
            }
            weakEntry[c] = match;
          } else if (state[c] == 1 && weakEntry[c] != match) {
            state[c] = 2;
          }
        } else {
          state[c] = 2; // a strong mention also confirms an earlier weak one
        }
      }
      i = end;
    }
    List<String> out = new ArrayList<>();
    for (int c = 0; c < n; c++) {
      if (state[c] == 2) {
        out.add(gazetteer.name(c));
      }
    }
    Collections.sort(out);
    return out;
  }

  private static boolean matches(Tokens t, int i, CountryGazetteer.Entry e) {
    int len = e.length();
    if (i + len > t.size) {
      return false;
    }
    if (e.kind() == CountryGazetteer.Kind.DATELINE_ONLY && !t.has(i, Tokens.DATELINE)) {
      return false;
    }
    if (e.exact() != null) {
      // "US" but never "us"/"Us"; in shouted headlines "US" is all we get, so it counts there too.
      if (!t.text[i].equals(e.exact()[0])) {
        return false;
      }
    }
    for (int k = 1; k < len; k++) {
      int j = i + k;
      if (!t.lower[j].equals(e.lower()[k]) || t.has(j, Tokens.BREAK_BEFORE)
          || t.has(j - 1, Tokens.POSSESSIVE)) {
        return false;
      }
    }
    return true;
  }

  /**
   * True if a name-like mention ("Jordan", "Washington") is glued to a capitalised word that looks
   * like part of a person's or organisation's name: "Jordan Henderson", "Michael Jordan",
   * "Washington Post". Shouted text has no case, so there nothing is glued.
   */
  private boolean gluedToName(Tokens t, int start, int end) {
    if (t.has(start, Tokens.SHOUT)) {
      return false;
    }
    int last = end - 1;
    if (end < t.size && !t.has(last, Tokens.POSSESSIVE) && !t.has(end, Tokens.BREAK_BEFORE)
        && looksLikeNamePart(t, end)) {
      return true;
    }
    int prev = start - 1;
    return prev >= 0 && !t.has(start, Tokens.BREAK_BEFORE) && !t.has(prev, Tokens.POSSESSIVE)
        && looksLikeNamePart(t, prev)
        && (!t.has(prev, Tokens.SENT_START) || lexicon.isFirstName(t.lower[prev]));
  }

  private boolean looksLikeNamePart(Tokens t, int j) {
    if (!t.has(j, Tokens.CAP) || t.has(j, Tokens.DIGIT)) {
      return false;
    }
    String w = t.lower[j];
    return !lexicon.isStopWord(w) && !lexicon.isTitle(w)
        && !gazetteer.isPlaceWord(w) && gazetteer.startingWith(w).length == 0;
  }
}
