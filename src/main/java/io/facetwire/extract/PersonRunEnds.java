package io.facetwire.extract;

import static io.facetwire.extract.NameTokens.isLowerHyphenPart;
import static io.facetwire.extract.NameTokens.isNameToken;
import static io.facetwire.extract.NameTokens.isRegnalNumber;

/**
 * Where a run of a person's name words ends. It goes on over capitalised words and what else a name holds: a regnal
 * number ("Elizabeth II"), an elided particle ("Valery Giscard d'Estaing"), the lower-case end of a hyphenated name
 * ("Hoi-kwan"), particles before a capitalised word ("Charles de Gaulle", "Jeroen van der Veer"), a given name's
 * dotted middle initials ("Raphael P.M. Lotilla") and a quoted nickname ("Warren \"Woody\" Hoburg"). It stops at
 * punctuation, after a possessive, and at a title-case headline's prose word after a name ("Sam Bankman-Fried Found
 * Guilty"). Which of its words are the name is read after ({@link PersonRuns}); this only finds the run, so
 * that the extractor can walk an article run by run. Work per run: one look at each of its words and the next, and
 * for a headline's word after a name a look through the body. Immutable, hence thread-safe.
 */
final class PersonRunEnds {

  private final NameLexicon lexicon;

  PersonRunEnds(NameLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The last token of the run of name tokens that starts at the name token {@code i}. */
  int last(Tokens t, int i) {
    int j = i;
    while (j + 1 < t.size && !t.has(j, Tokens.POSSESSIVE)
        && (!t.has(j + 1, Tokens.BREAK_BEFORE) || t.has(j + 1, Tokens.QUOTE_BEFORE))) {
      t.steps++;
      int next = j + 1;
      if (t.has(next, Tokens.BREAK_BEFORE)) {
        // Only a quoted nickname is crossed: "Warren \"Woody\" Hoburg" goes on to the surname after it.
        if (NameTokens.isNickname(t, next) && isNameToken(t, next + 1)) {
          j = next + 1;
          continue;
        }
        if (NameTokens.isNickname(t, next) && NameTokens.particleThenName(t, next + 1) && isNameToken(t, next + 2)) {
          j = next + 2; // "Ronald \"Bato\" dela Rosa" (session 47, news42's development half)
          continue;
        }
        break;
      }
      if (next < t.titleEnd && j > i && t.has(next, Tokens.CAP) && writtenInLowerCaseInTheBody(t, next)) {
        break; // a title-case headline's word after a full name: "Sam Bankman-Fried Found Guilty of Fraud"
      }
      if (isNameToken(t, next) || isRegnalNumber(t, next) || NameTokens.isElidedParticleName(t, next)
          || isLowerHyphenPart(t, next) && !nameGoesOnAfter(t, next)) {
        j = next;
      } else if (j > i && isLowerHyphenPart(t, next) && KoreanNames.at(t, j - 1, next)) {
        j = next; // "Director: Park Seo-yeon" on the line before "Cast:": the name ends with its given name's
        break; // second syllable, though the credits' next line runs on without punctuation (session 35)
      } else if (isNameToken(t, j) && lexicon.isFirstName(t.lower[j]) && NameTokens.isDottedInitials(t, next)
          && nameGoesOnAfter(t, next)) {
        j = next + 1; // "Raphael P.M. Lotilla": a given name's dotted middle initials (session 34)
      } else if (t.has(next, Tokens.CAP) && lexicon.isParticle(t.lower[next]) && VietnameseNames.at(t, i, next)) {
        j = next; // "Truong Hue Van": the given name "Van" of a Vietnamese name, not the Dutch particle
      } else if (next + 1 < t.size && lexicon.isParticle(t.lower[next]) && !t.has(next + 1, Tokens.BREAK_BEFORE)
          && isNameToken(t, next + 1)) {
        j = next + 1; // "Charles de Gaulle"
      } else if (next + 2 < t.size && lexicon.isParticle(t.lower[next]) && lexicon.isParticle(t.lower[next + 1])
          && !t.has(next + 1, Tokens.BREAK_BEFORE) && !t.has(next + 2, Tokens.BREAK_BEFORE) && isNameToken(t, next + 2)) {
        j = next + 2; // "Jeroen van der Veer", "Miguel de la Madrid"
      } else {
        break;
      }
    }
    int next = j + 1;
    if (j > i && next < t.size && t.has(next, Tokens.BREAK_BEFORE) && !t.has(next, Tokens.SENT_START)
        && !t.has(next, Tokens.QUOTE_BEFORE) && !t.has(j, Tokens.POSSESSIVE) && t.has(next, Tokens.CAP)
        && NameTokens.isGeneration(t.lower[next]) && (next + 1 >= t.size || !t.has(next + 1, Tokens.CAP)
            || t.has(next + 1, Tokens.BREAK_BEFORE))) {
      j = next; // "Eli M. Remolona, Jr. on Tuesday said": a generation after a comma ends the name (session 46, news41)
    }
    return j;
  }

  /**
   * A name token right after token {@code k}, and not a title-case headline's prose word: after the lower-case part of
   * "Park Won-soon Found Dead" the name has ended (the body writes "found").
   */
  private static boolean nameGoesOnAfter(Tokens t, int k) {
    int after = k + 1;
    return after < t.size && isNameToken(t, after) && !t.has(after, Tokens.BREAK_BEFORE)
        && !(after < t.titleEnd && writtenInLowerCaseInTheBody(t, after));
  }

  /**
   * A headline in title case capitalises its verbs and nouns too ("Sam Bankman-Fried Found Guilty of Fraud in FTX
   * Collapse"): a word the body writes in lower case ("was found guilty") is the headline's prose, not the next part
   * of a name (session 32, the blind modern-news set). Asked only of a capitalised word in a headline, after a name of
   * two words or more: the lower-case part of "Park Won-soon found dead" is the name's, though the body says "soon".
   */
  private static boolean writtenInLowerCaseInTheBody(Tokens t, int k) {
    String word = t.lower[k];
    for (int b = t.titleEnd; b < t.size; b++) {
      t.steps++;
      if (t.has(b, Tokens.PLAIN_LOWER) && word.equals(t.lower[b])) {
        return true;
      }
    }
    return false;
  }
}
