package io.facetwire.extract;

/**
 * Is the country word past the first word of another name: in its middle ("the Official UK Singles Chart", "Board of
 * Deputies of British Jews"), after its "of" ("Writers Guild of America", "Royal Bank of Canada"), in its brackets
 * ("Commerz Securities (Japan) Co Ltd") or at its end ("Bell Canada", "Oliver Irish")? A name that ends with the
 * country is usually an organ of that state and counts: "Bank of Japan", "US Senate". Immutable, hence thread-safe.
 */
final class CountryWordsWithinNames {

  private static final java.util.Set<String> STATE_ORGANS = CountryWordsInStateAndPlaceNames.STATE_ORGANS;
  private static final java.util.Set<String> STATE_BANKS = CountryWordsInStateAndPlaceNames.STATE_BANKS;

  private final CountryGazetteer gazetteer;
  private final NameLexicon lexicon;
  private final NamePartWords nameWords;

  CountryWordsWithinNames(CountryGazetteer gazetteer, NameLexicon lexicon, NamePartWords nameWords) {
    this.gazetteer = gazetteer;
    this.lexicon = lexicon;
    this.nameWords = nameWords;
  }

  /**
   * True for a country word in the middle of another name: between capitalised words ("the Official UK
   * Singles Chart") or after "of" inside one ("Board of Deputies of British Jews"). A name that ends
   * with the country is usually an organ of that state and counts: "Bank of Japan", "US Senate".
   */
  boolean insideName(Tokens t, int start, int end) {
    if (companyOf(t, start) || afterAFirmsAmpersand(t, start)) {
      return true;
    }
    if (t.has(start, Tokens.SHOUT) || t.has(start, Tokens.DATELINE) || end >= t.size
        || t.has(end, Tokens.BREAK_BEFORE) || t.has(end - 1, Tokens.POSSESSIVE)) {
      return false;
    }
    if (afterFirst(t, start, end)) {
      return true;
    }
    if (!nameWords.looksLikeNamePart(t, end)) {
      return false;
    }
    int prev = start - 1;
    if (prev < 0 || t.has(start, Tokens.BREAK_BEFORE)) {
      return false;
    }
    if (t.lower[prev].equals("of")) {
      return prev > 0 && t.has(prev - 1, Tokens.CAP) && !t.has(prev, Tokens.BREAK_BEFORE);
    }
    // Any capitalised word before, titles included ("the Official UK Singles Chart").
    return t.has(prev, Tokens.CAP) && !t.has(prev, Tokens.DIGIT) && !t.has(prev, Tokens.SENT_START)
        && !t.has(prev, Tokens.POSSESSIVE) && !lexicon.isStopWord(t.lower[prev]) && !gazetteer.isPlaceWord(t.lower[prev]);
  }

  /**
   * "a round led by Vertex Ventures Southeast Asia & India": a country word after an ampersand that joins it to a
   * firm's capitalised name (an organisation word within the four words before) ends that name, as "Marks & Spencer"
   * is one; "the U.S. & Canada" joins two states (session 34, news34).
   */
  private boolean afterAFirmsAmpersand(Tokens t, int start) {
    if (!t.has(start, Tokens.AMPERSAND_BEFORE)) {
      return false;
    }
    for (int j = start - 1; j >= 0 && j >= start - 4; j--) {
      t.steps++;
      if (!t.has(j, Tokens.CAP) || t.has(j, Tokens.DIGIT) || t.has(j + 1, Tokens.BREAK_BEFORE) && j + 1 != start) {
        return false;
      }
      if (lexicon.isOrganisationWord(t.lower[j])) { // "Pacific Ventures & Australia": organisation-words.txt
        return true;
      }
    }
    return false;
  }

  /**
   * "First American Bank and Trust", "First Canadian Place": "First" and a country word before another
   * capitalised word name a bank or a building (a new sentence may start with it).
   */
  private static boolean afterFirst(Tokens t, int start, int end) {
    int prev = start - 1;
    return prev >= 0 && t.lower[prev].equals("first") && t.has(prev, Tokens.CAP) && !t.has(start, Tokens.BREAK_BEFORE)
        && t.has(end, Tokens.CAP) && !t.has(end, Tokens.DIGIT);
  }

  /**
   * Words before "of" that make "X of <country>" an association's name: "Writers Guild of America", "Unity Party of
   * America". Not a company's legal form: "Canon Inc of Japan", "City Resources Ltd of Australia", "Hyundai Motor Co
   * of South Korea" name the firm and then where it is from, a country the reader lists (LABELLING.md; session 15).
   */
  private static final java.util.Set<String> COMPANY_BEFORE_OF = Lookups.setOf("guild", "association", "federation",
      "party", "club", "society", "league", "foundation", "institute");

  /** True for a country after "of" in an association's name: "Writers Guild of America". */
  private static boolean companyOf(Tokens t, int start) {
    int of = start - 1;
    return of > 0 && t.lower[of].equals("of") && !t.has(start, Tokens.BREAK_BEFORE) && !t.has(of, Tokens.BREAK_BEFORE)
        && t.has(of - 1, Tokens.CAP) && !t.has(of - 1, Tokens.SHOUT) && COMPANY_BEFORE_OF.contains(t.lower[of - 1]);
  }

  /**
   * True for a country's name after "of" that ends the name of a firm, a union or a broadcaster (LABELLING.md: a
   * country word inside the name of something that is not an organ of that state): a commercial bank ("Royal
   * Bank of Canada", "Union Bank of Switzerland"; not "Bank of Japan", "Reserve Bank of India", "People's Bank of
   * China"), and a body "of America" ("United Steelworkers of America", "Empire of America", "Voice of America":
   * a person or a firm from the country is written "of the United States" or "of the U.S."). Any other "X of
   * <country>" keeps the country: "Nathalie Dechy of France", "SNECMA of France", "King Hussein of Jordan".
   * A word opening a sentence ("Parts of America") is taken for a name only when the name goes on after the
   * country ("First of America Bank Corp").
   */
  boolean firmOf(Tokens t, int start, int end, CountryGazetteer.Entry match) {
    int of = start - 1;
    int w = of - 1;
    if (match.kind() != CountryGazetteer.Kind.NAME || w < 0 || !t.lower[of].equals("of")
        || t.has(start, Tokens.BREAK_BEFORE) || t.has(of, Tokens.BREAK_BEFORE) || t.has(start, Tokens.SHOUT)
        || !t.has(w, Tokens.CAP) || t.has(w, Tokens.SHOUT) || t.has(w, Tokens.DIGIT) || t.has(w, Tokens.POSSESSIVE)) {
      return false;
    }
    t.steps++;
    String word = t.lower[w];
    if (word.equals("bank")) {
      int q = w - 1;
      // Not a possessive: "Commerzbank's Bank of Greece deal" is the Greek state's bank, which the firm managed.
      return q >= 0 && t.has(q, Tokens.CAP) && !t.has(w, Tokens.BREAK_BEFORE) && !t.has(q, Tokens.SHOUT)
          && !t.has(q, Tokens.POSSESSIVE)
          && !t.has(q, Tokens.DIGIT) && !lexicon.isStopWord(t.lower[q]) && !STATE_BANKS.contains(t.lower[q]);
    }
    if (end - start != 1 || !t.lower[start].equals("america") || STATE_ORGANS.contains(word)
        || STATE_BEFORE_OF.contains(word) || lexicon.isTitle(word) || lexicon.isStopWord(word)
        || gazetteer.isPlaceWord(word)) {
      return false;
    }
    return !t.has(w, Tokens.SENT_START) || end < t.size && !t.has(end, Tokens.BREAK_BEFORE) && t.has(end, Tokens.CAP)
        && !t.has(end, Tokens.DIGIT) && !lexicon.isStopWord(t.lower[end]);
  }

  /** Words before "of" that name the state itself, its ruler or its land: "Republic of ...", "President of America". */
  private static final java.util.Set<String> STATE_BEFORE_OF = Lookups.setOf("republic", "states", "union", "people",
      "peoples", "citizens", "north", "south", "east", "west", "rest", "coast", "islands");

  /** Legal forms that end a firm's name. */
  private static final java.util.Set<String> FIRM_FORMS = OrganisationWords.WIRE_COMPANY_FORMS;

  /**
   * True for a country in brackets inside a firm's name, or for the ticker after one that happens to be a country's
   * letters: "Commerz Securities (Japan) Co Ltd", "Total Holdings (Australia) Pty Ltd", "GMAC (Australia) Finance
   * Ltd" (a legal form within the two words after the bracket), "Union Carbide Corp &lt;UK&gt;" (a short form in
   * capitals set off right after a legal form: the wire's ticker). The firm's unit for the country is the firm
   * (LABELLING.md: a country word inside the name of something that is not an organ of the state).
   */
  boolean bracketedInAFirm(Tokens t, int start, int end, CountryGazetteer.Entry match) {
    int prev = start - 1;
    if (prev < 0 || !t.has(start, Tokens.BREAK_BEFORE) || t.has(start, Tokens.SHOUT) || !t.has(prev, Tokens.CAP)) {
      return false;
    }
    t.steps++;
    if (match.exact() != null && FIRM_FORMS.contains(t.lower[prev]) && !t.has(start, Tokens.BRACKET_BEFORE)
        && !t.has(start, Tokens.DOTTED) // a ticker has no dots: "Properties Inc U.S. unit" is the firm's US unit
        && (end >= t.size || t.has(end, Tokens.BREAK_BEFORE))) {
      return true; // "Union Carbide Corp <UK>, has"
    }
    if (!t.has(start, Tokens.BRACKET_BEFORE) || end >= t.size || !t.has(end, Tokens.BREAK_BEFORE)) {
      return false;
    }
    for (int j = end; j < t.size && j < end + 2 && t.has(j, Tokens.CAP); j++) {
      if (FIRM_FORMS.contains(t.lower[j])) {
        return true;
      }
    }
    return false;
  }

  /**
   * True for a country's name that ends the name of a firm or a title ("Bell Canada", "Hutch India",
   * "Nissan Motor Manufacturing Corp USA", "Facebook Ireland", "Mister America"), or a demonym that is a
   * person's surname ("Oliver Irish"): glued to a capitalised word before it that is no place, title or
   * function word. Not across a hyphen ("Franco-German") and not at a sentence's first word unless it is
   * a given name; shouted text has no case to go by.
   */
  boolean endsAName(Tokens t, int start, CountryGazetteer.Entry match) {
    int prev = start - 1;
    if (prev < 0 || t.has(start, Tokens.SHOUT) || t.has(start, Tokens.DATELINE)
        || t.has(start, Tokens.BREAK_BEFORE) || t.has(start, Tokens.HYPHEN_BEFORE) || t.has(prev, Tokens.POSSESSIVE)
        || !nameWords.looksLikeNamePart(t, prev)
        || unitAfterALegalForm(t, start, prev)) {
      return false;
    }
    boolean givenName = lexicon.isFirstName(t.lower[prev]);
    if (match.kind() == CountryGazetteer.Kind.DEMONYM) {
      return givenName && !t.has(prev, Tokens.SENT_START);
    }
    return match.kind() == CountryGazetteer.Kind.NAME && (!t.has(prev, Tokens.SENT_START) || givenName);
  }

  /**
   * "BCE Development Properties Inc U.S. unit", "Spie Group Inc U.S. subsidiary": after a legal form the firm's name has
   * ended, and a dotted short form before "unit" or "subsidiary" is where its unit is; "Exxon Co U.S.A. said" is the name.
   */
  private static boolean unitAfterALegalForm(Tokens t, int start, int prev) {
    int next = start + 1;
    return t.has(start, Tokens.DOTTED) && FIRM_FORMS.contains(t.lower[prev]) && next < t.size
        && !t.has(next, Tokens.BREAK_BEFORE) && FIRMS_PARTS.contains(t.lower[next]);
  }

  private static final java.util.Set<String> FIRMS_PARTS = Lookups.setOf("unit", "units", "subsidiary",
      "subsidiaries", "arm", "affiliate", "affiliates", "division", "operations", "operation");
}
