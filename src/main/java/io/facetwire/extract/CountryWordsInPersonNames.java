package io.facetwire.extract;

/**
 * Is the country word part of a person's name, or does it say where a named person is from? "Jordan Henderson",
 * "Michael Jordan", "Alastair France" ... "France said" are persons; "American Taylor Dent" is an American.
 * Immutable, hence thread-safe.
 */
final class CountryWordsInPersonNames {

  private final NameLexicon lexicon;
  private final NamePartWords nameWords;

  CountryWordsInPersonNames(NameLexicon lexicon, NamePartWords nameWords) {
    this.lexicon = lexicon;
    this.nameWords = nameWords;
  }

  /**
   * True if a name-like mention ("Jordan", "Washington") is glued to a capitalised word that looks
   * like part of a person's or organisation's name: "Jordan Henderson", "Michael Jordan",
   * "Washington Post". Shouted text has no case, so there nothing is glued.
   */
  boolean gluedToName(Tokens t, int start, int end) {
    if (t.has(start, Tokens.SHOUT)) {
      return false;
    }
    int last = end - 1;
    if (end < t.size && !t.has(last, Tokens.POSSESSIVE) && !t.has(end, Tokens.BREAK_BEFORE)
        && nameWords.looksLikeNamePart(t, end)) {
      return true;
    }
    int prev = start - 1;
    return prev >= 0 && !t.has(start, Tokens.BREAK_BEFORE) && !t.has(prev, Tokens.POSSESSIVE)
        && nameWords.looksLikeNamePart(t, prev)
        && (!t.has(prev, Tokens.SENT_START) || lexicon.isFirstName(t.lower[prev]));
  }

  /** A country's name right after a given name we know, in the same phrase: "Alastair France", "Vernon Jordan". */
  boolean afterAGivenName(Tokens t, int start) {
    int prev = start - 1;
    return prev >= 0 && !t.has(start, Tokens.BREAK_BEFORE) && !t.has(start, Tokens.SHOUT) && t.has(prev, Tokens.CAP)
        && !t.has(prev, Tokens.ALL_CAPS) && lexicon.isFirstName(t.lower[prev]);
  }

  /** The name is followed by a speech verb, as a person's surname is ("..., France said"). */
  static boolean speaksAsASurname(Tokens t, int end) {
    return end < t.size && !t.has(end, Tokens.BREAK_BEFORE) && !t.has(end, Tokens.CAP)
        && PersonCues.isSpeechVerb(t.lower[end]);
  }

  /**
   * "American Taylor Dent", "fellow American Justin Gatlin": a demonym glued to a person's name (a given name we
   * know, then another capitalised word) says where the person is from, as "Kenyan Paul Tergat" does; it is no part
   * of a name ("American Express", "Swiss Re" open with no given name).
   */
  boolean describesAPerson(Tokens t, int end, CountryGazetteer.Entry match) {
    int surname = end + 1;
    return match.kind() == CountryGazetteer.Kind.DEMONYM && surname < t.size && !t.has(end - 1, Tokens.POSSESSIVE)
        && lexicon.isFirstName(t.lower[end]) && t.has(end, Tokens.CAP) && !t.has(end, Tokens.POSSESSIVE)
        && !t.has(surname, Tokens.BREAK_BEFORE) && t.has(surname, Tokens.CAP) && !t.has(surname, Tokens.DIGIT)
        && !lexicon.isOrganisationWord(t.lower[surname]);
  }
}
