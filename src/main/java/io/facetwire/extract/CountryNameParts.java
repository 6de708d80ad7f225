package io.facetwire.extract;

/**
 * Tells a country word that is part of another name from one that names the country (LABELLING.md: a
 * country word inside the name of something that is not an organ of the state does not count): "Jordan
 * Henderson", "Washington Post", "Bell Canada", "the Official UK Singles Chart", "British Airways",
 * "Anglo American Corp of South Africa", but "Bank of Japan", "US Senate", "Russian Foreign Ministry".
 * Immutable, hence thread-safe.
 */
final class CountryNameParts {

  private final CountryGazetteer gazetteer;
  private final NameLexicon lexicon;

  CountryNameParts(CountryGazetteer gazetteer, NameLexicon lexicon) {
    this.gazetteer = gazetteer;
    this.lexicon = lexicon;
  }

  /**
   * The words after the country word name one of its state's own bodies (LABELLING.md: "state bodies with their
   * country word count (the Brazilian Coffee Institute, the Indian State Trading Corporation ...)"): "the Brazilian
   * Coffee Institute said", "Canada Mortgage and Housing Corp", "the U.S. Postal Service", "the New China News Agency".
   * The firm-like words of these names would otherwise make them a firm's (session 31, test28 once opened: 14 corpus
   * articles, 3 of the opened parts).
   */
  boolean opensAStateBody(Tokens t, int end) {
    // The words are looked up as they lie, by the hash their joined string would have (as NamePhrases does): asked
    // after most country mentions, this built a string per word read, a tenth of the country step's samples.
    int hash = 0;
    for (int j = end; j < t.size && j < end + 4; j++) {
      t.steps++;
      if (t.has(j, Tokens.BREAK_BEFORE) && !t.has(j, Tokens.HYPHEN_BEFORE) || t.has(j, Tokens.SHOUT)) {
        break;
      }
      hash = j == end ? t.lower[j].hashCode() : Lookups.hashJoined(hash, t.lower[j]);
      if (STATE_BODIES.containsJoined(t.lower, end, j, hash)) {
        return true;
      }
    }
    return false;
  }

  // Asked after most country mentions with one to four words, nearly always a miss: a filtered set (session 34).
  private static final Lookups.PhraseSet STATE_BODIES = Lookups.phraseSet(java.util.List.of("coffee institute",
      "sugar and alcohol institute", "mortgage and housing", "postal service", "state trading", "news agency"));

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
    if (!looksLikeNamePart(t, end)) {
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
   * "London's International Petroleum Exchange", "London's Brixton Academy": a capital's possessive
   * before a name (none of its next three words an organ of the state, as in "Beijing's Foreign
   * Ministry") is the city the place or body is in, not the government (LABELLING.md).
   */
  boolean possessiveOfAPlace(Tokens t, int end) {
    if (!t.has(end - 1, Tokens.POSSESSIVE) || end >= t.size || t.has(end, Tokens.BREAK_BEFORE)
        || t.has(end, Tokens.SHOUT) || !looksLikeNamePart(t, end)) {
      return false;
    }
    for (int j = end; j < t.size && j < end + 3 && t.has(j, Tokens.CAP) && !t.has(j, Tokens.BREAK_BEFORE); j++) {
      t.steps++;
      if (STATE_ORGANS.contains(t.lower[j])) {
        return false;
      }
      if (t.has(j, Tokens.POSSESSIVE)) {
        break;
      }
    }
    return true;
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

  /** Organisation words that make a name an organ of the state: "Russian Foreign Ministry", "British Army". */
  private static final java.util.Set<String> STATE_ORGANS = Lookups.setOf("government", "army", "navy",
      "force", "forces", "embassy", "consulate", "parliament", "ministry", "ministries", "police", "treasury",
      "office", "cabinet", "senate", "congress", "court", "military", "department", "agency", "administration",
      "commission", "committee", "council", "mission", "guard", "bank", "authority", "house", "representatives",
      // session 23: "The Finnish State launched two bonds", "the Norwegian State oil company"
      "state");


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

  /** Words before "Bank of" that make it the state's bank: "Reserve Bank of India", "Export-Import Bank of Japan". */
  private static final java.util.Set<String> STATE_BANKS = Lookups.setOf("central", "reserve", "national", "state",
      "people", "development", "federal", "import", "investment", "postal", "savings");

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
   * "North Kingstown, R.I.", "East London", "Port Moresby" aside: a capital glued after a capitalised compass or place
   * word is the end of another place's name (session 22: "La Roche of North Kingstown said" read Kingstown speaking
   * for St Vincent). Places the gazetteer lists whole ("New Delhi", "East Berlin") match before their last word.
   */
  boolean endsAnotherPlace(Tokens t, int i) {
    int prev = i - 1;
    return prev >= 0 && !t.has(i, Tokens.BREAK_BEFORE) && t.has(prev, Tokens.CAP)
        && PLACE_PREFIXES.contains(t.lower[prev]);
  }

  private static final java.util.Set<String> PLACE_PREFIXES = Lookups.setOf("north", "south", "east", "west", "new",
      "port", "fort", "mount", "upper", "lower", "little", "greater", "old");

  /**
   * True for a country word opening the name of a firm or association: "British Airways", "British
   * Phonographic Industry", "US Steel" (an organisation word within the next three capitalised words,
   * none of them an organ or office of the state: "Russian Foreign Ministry", "British Army" and "Iranian Oil
   * Minister" still count).
   */
  boolean opensCompanyName(Tokens t, int start, int end) {
    if (t.has(start, Tokens.SHOUT) || t.has(start, Tokens.DATELINE) || t.has(end - 1, Tokens.POSSESSIVE)
        || oneCapitalisedWordAfterADottedName(t, start, end) || wireNounAfterADottedName(t, start, end)) {
      return false;
    }
    // The last organisation word of the name decides: "Swiss Bank Corp" is a firm, "Swiss National Bank"
    // an organ of the state, "British National Party" a party.
    boolean organisation = false;
    boolean organ = false;
    for (int j = end; j < t.size && j < end + 3; j++) {
      t.steps++;
      if (t.has(j, Tokens.BREAK_BEFORE) || !t.has(j, Tokens.CAP) || t.has(j, Tokens.DIGIT)) {
        break;
      }
      String w = t.lower[j];
      if (j == end && w.equals("and")) {
        break; // "of the U.S. And N.V. Philips": the 1987 wire's capital after "U.S." joins two, it opens no name
      }
      if (w.equals("olympic")) {
        return true; // "Dutch Olympic Committee", "British Olympic Association": a sport's body, not the state's
      }
      if (w.equals("bank") && j > end && !t.has(j, Tokens.SHOUT) && !STATE_BANKS.contains(t.lower[j - 1])) {
        organisation = true; // a commercial bank: "Canadian Imperial Bank of Commerce"; not "Swiss National Bank"
        organ = false;
      } else if (STATE_ORGANS.contains(w) || lexicon.titleKind(w) == NameLexicon.TitleKind.OFFICE) {
        organisation = false; // an office of the state: "Iranian Oil Minister", "US Trade Representative"
        organ = true;
      } else if (organ && PARTIES_IN_AN_ORGAN.contains(w)) {
        // the organ's party caucus, no party's own name: "U.S. Senate Republican leader Robert Dole" (session 31)
      } else if (!GEOGRAPHY.contains(w) // a part of the country, no body: "the U.S. East Coast" (session 25)
          && (lexicon.isOrganisationWord(w) || NON_STATE_BODIES.contains(w) || chamberOfCommerce(t, j))) {
        organisation = true;
      }
      if (t.has(j, Tokens.POSSESSIVE)) {
        break;
      }
    }
    return organisation || !t.has(start, Tokens.DOTTED) && legalFormAhead(t, end);
  }

  /**
   * "British Printing and Communication Corp Plc", "Canadian Pacific Enterprises Ltd", "The Australia and New Zealand
   * Banking Group Ltd": a firm's legal form within the next six words, capitalised or "and" (not the first: "France and
   * Juster Steel Corp" are two), ends the name
   * the country word opens. Not after "U.S.": the 1987 wire capitalises the noun after it ("U.S. Publisher Harcourt
   * Brace Jovanovich Inc").
   */
  private static boolean legalFormAhead(Tokens t, int end) {
    if (end >= t.size || !t.has(end, Tokens.CAP)) {
      return false;
    }
    for (int j = end; j < t.size && j < end + 6; j++) {
      t.steps++;
      if (t.has(j, Tokens.BREAK_BEFORE) || t.has(j, Tokens.DIGIT) || t.has(j - 1, Tokens.POSSESSIVE)
          || !t.has(j, Tokens.CAP) && !t.lower[j].equals("and")) {
        return false;
      }
      if (FIRM_FORMS.contains(t.lower[j])) {
        return j > end; // a name of its own before the form: "British Printing ... Plc", not "Swiss Co"
      }
    }
    return false;
  }

  /**
   * "U.S. Banks began", "U.S. Oil company Texas Pacific", "gains on U.S. Credit markets": the wire copy of 1987
   * capitalises the word after a dotted abbreviation as if a sentence began there (it also writes "U.S. And",
   * "U.S. Officials said"), so one capitalised word after "U.S." or "U.K.", followed by a lower-case word in the
   * same sentence, is no firm's name but the country's noun phrase ("U.S. Steel Corp" and "merge with U.S. Air."
   * still are names).
   */
  /**
   * "started by a U.S. Company, is one of", "the U.S. Firm Amoco Corp", "U.S. Publisher Harcourt Brace": the 1987 wire
   * capitalises the common noun after "U.S." or "U.K."; a noun that says what kind of body follows is no firm's name
   * (session 22, the opened parts' missed United States).
   */
  private static boolean wireNounAfterADottedName(Tokens t, int start, int end) {
    return end - start == 1 && t.has(start, Tokens.DOTTED) && end < t.size && !t.has(end, Tokens.BREAK_BEFORE)
        && WIRE_NOUNS.contains(t.lower[end]);
  }

  private static final java.util.Set<String> WIRE_NOUNS = Lookups.setOf("company", "companies", "firm", "firms",
      "publisher", "publishers", "banker", "bankers", "newspaper", "newspapers", "maker", "makers", "producer",
      "producers", "concern", "subsidiary", "unit",
      // session 34 (test30's "the U.S. Group General Electric Co"): a kind of firm, not a firm's name
      "group", "conglomerate", "insurer", "retailer", "utility");

  /**
   * "the U.S. Amoco Petroleum Co ... Amoco said", "The U.S. Caterpillar Tractor Co ... Caterpillar's plant": the word
   * after the country word names the firm on its own elsewhere in the article, so the country word says where the
   * firm is from and is not part of its name (as "British Airways" is; the article never says "Airways said").
   */
  boolean firmNamedWithoutIt(Tokens t, int start, int end) {
    if (end - start != 1 || !t.has(start, Tokens.DOTTED) || end >= t.size || !t.has(end, Tokens.CAP)
        || t.has(end, Tokens.BREAK_BEFORE)) {
      return false; // "U.S.", "U.K." only: a demonym opens many a firm whose other words recur ("Swedish Match")
    }
    String first = t.lower[end];
    if (lexicon.isOrganisationWord(first) || lexicon.isStopWord(first) || gazetteer.isPlaceWord(first)) {
      return false;
    }
    for (int p = 0; p < t.size; p++) {
      t.steps++;
      if (p != end && t.has(p, Tokens.CAP) && first.equals(t.lower[p])
          && (p == 0 || t.has(p, Tokens.BREAK_BEFORE) || !t.lower[p - 1].equals(t.lower[end - 1]))) {
        return true;
      }
    }
    return false;
  }

  private boolean oneCapitalisedWordAfterADottedName(Tokens t, int start, int end) {
    int next = end + 1;
    if (end - start != 1 || !t.has(start, Tokens.DOTTED) || end >= t.size || t.has(end, Tokens.BREAK_BEFORE)) {
      return false;
    }
    return next < t.size && !t.has(next, Tokens.BREAK_BEFORE) && !t.has(next, Tokens.CAP)
        || pairedWithAnotherCountry(t, start);
  }

  /**
   * "mainly from the Japanese and U.S. Banks, was cut": a dotted name joined by "and" or "or" to a country word before
   * it shares that word's noun, which the 1987 wire capitalises after the dot; the pair names no firm (session 34).
   */
  private boolean pairedWithAnotherCountry(Tokens t, int start) {
    int and = start - 1;
    int other = start - 2;
    if (other < 0 || t.has(start, Tokens.BREAK_BEFORE) || t.has(and, Tokens.BREAK_BEFORE)
        || !t.lower[and].equals("and") && !t.lower[and].equals("or") || !t.has(other, Tokens.CAP)) {
      return false;
    }
    for (CountryGazetteer.Entry e : gazetteer.startingWith(t.lower[other])) {
      if (e.length() == 1 && e.kind() != CountryGazetteer.Kind.BLOCK && !e.organ()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Words that make a name opened by a country word a body of its trade or sport, not an organ of the
   * state: "British Phonographic Industry", "Spanish FA" (the football association).
   */
  /** A party's word after a state's organ names the organ's members of that party, not a party of its own. */
  private static final java.util.Set<String> PARTIES_IN_AN_ORGAN = Lookups.setOf("republican", "republicans",
      "democratic", "democrat", "democrats", "conservative", "conservatives", "labour", "liberal", "liberals",
      "socialist", "socialists", "communist", "communists", "tory", "tories");

  private static final java.util.Set<String> NON_STATE_BODIES = Lookups.setOf("industry", "association", "forum",
      "guild", "fa");

  /** Words of the land and the sea: after a country word they name a part of it, not a body ("U.S. Gulf Coast"). */
  private static final java.util.Set<String> GEOGRAPHY = Lookups.setOf("coast", "coasts", "gulf", "river", "lake",
      "sea", "ocean", "bay", "island", "islands", "mountain", "mountains", "valley", "desert", "peninsula");

  /** "British Chambers of Commerce", "the American Chamber of Commerce": associations of firms. */
  private static boolean chamberOfCommerce(Tokens t, int j) {
    String w = t.lower[j];
    return (w.equals("chamber") || w.equals("chambers")) && j + 2 < t.size && t.lower[j + 1].equals("of")
        && t.lower[j + 2].equals("commerce") && !t.has(j + 1, Tokens.BREAK_BEFORE) && !t.has(j + 2, Tokens.BREAK_BEFORE);
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
        && looksLikeNamePart(t, end)) {
      return true;
    }
    int prev = start - 1;
    return prev >= 0 && !t.has(start, Tokens.BREAK_BEFORE) && !t.has(prev, Tokens.POSSESSIVE)
        && looksLikeNamePart(t, prev)
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
        && SURNAME_SPEECH.contains(t.lower[end]);
  }

  private static final java.util.Set<String> SURNAME_SPEECH = Lookups.setOf("said", "says", "told", "added",
      "noted", "argued", "predicted", "estimated");

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
        || !looksLikeNamePart(t, prev)
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

  private boolean looksLikeNamePart(Tokens t, int j) {
    if (!t.has(j, Tokens.CAP) || t.has(j, Tokens.DIGIT)) {
      return false;
    }
    String w = t.lower[j];
    if (w.equals("bank") && j > 0 && !t.has(j, Tokens.BREAK_BEFORE) && t.has(j - 1, Tokens.CAP)) {
      // A bank's word after its name, though a place's word too ("West Bank", "Bank of England"): "National
      // Westminster Bank USA", "Lloyds Bank Canada" are the banks' units, not the states (session 38, test35). Not
      // "Bank Indonesia", the state's central bank; not "Coast": "East Coast Mexico" is the place.
      return true;
    }
    return !lexicon.isStopWord(w) && !lexicon.isTitle(w)
        && !gazetteer.isPlaceWord(w) && !startsAPlacePhrase(w);
  }

  /** A word that opens a country's name, alias, demonym or capital; an organ's first word ("National" of "National
   * Aeronautics and Space Administration", "House" of "House of Lords") stays free to be part of a name (session 21). */
  private boolean startsAPlacePhrase(String w) {
    for (CountryGazetteer.Entry e : gazetteer.startingWith(w)) {
      if (!e.organ()) {
        return true;
      }
    }
    return false;
  }
}
