package io.facetwire.extract;

/**
 * Does the country word open a firm's or an association's name? "British Airways", "British Phonographic Industry",
 * "US Steel", "British Printing and Communication Corp Plc" do not count (LABELLING.md: a country word inside the name
 * of something that is not an organ of the state); "Russian Foreign Ministry", "British Army", "Swiss National Bank"
 * and the 1987 wire's "U.S. Banks began" still do. Immutable, hence thread-safe.
 */
final class CountryWordsInFirmNames {

  private static final java.util.Set<String> STATE_ORGANS = CountryWordsInStateAndPlaceNames.STATE_ORGANS;
  private static final java.util.Set<String> STATE_BANKS = CountryWordsInStateAndPlaceNames.STATE_BANKS;

  /** Legal forms that end a firm's name. */
  private static final java.util.Set<String> FIRM_FORMS = OrganisationWords.WIRE_COMPANY_FORMS;

  private final CountryGazetteer gazetteer;
  private final NameLexicon lexicon;

  CountryWordsInFirmNames(CountryGazetteer gazetteer, NameLexicon lexicon) {
    this.gazetteer = gazetteer;
    this.lexicon = lexicon;
  }

  /**
   * True for a country word opening the name of a firm or association: "British Airways", "British
   * Phonographic Industry", "US Steel" (an organisation word within the next three capitalised words,
   * none of them an organ or office of the state: "Russian Foreign Ministry", "British Army" and "Iranian Oil
   * Minister" still count).
   */
  boolean opensCompanyName(Tokens t, int start, int end) {
    if (t.has(start, Tokens.SHOUT) || t.has(start, Tokens.DATELINE) || t.has(end - 1, Tokens.POSSESSIVE)
        || oneCapitalisedWordAfterADottedName(t, start, end) && !chamberOfCommerce(t, end)
        || wireNounAfterADottedName(t, start, end)) {
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
    if (lexicon.isOrganisationWord(first) || lexicon.isStopWord(first) || gazetteer.isPlaceWord(first)
        || chamberOfCommerce(t, end)) { // "the U.S. Chamber of Commerce ... the Chamber said": its short name
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

  /**
   * "U.S. Banks began", "U.S. Oil company Texas Pacific", "gains on U.S. Credit markets": the wire copy of 1987
   * capitalises the word after a dotted abbreviation as if a sentence began there (it also writes "U.S. And",
   * "U.S. Officials said"), so one capitalised word after "U.S." or "U.K.", followed by a lower-case word in the
   * same sentence, is no firm's name but the country's noun phrase ("U.S. Steel Corp" and "merge with U.S. Air."
   * still are names; so is "the U.S. Chamber of Commerce", session 45, test42).
   */
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

  /** A party's word after a state's organ names the organ's members of that party, not a party of its own. */
  private static final java.util.Set<String> PARTIES_IN_AN_ORGAN = Lookups.setOf("republican", "republicans",
      "democratic", "democrat", "democrats", "conservative", "conservatives", "labour", "liberal", "liberals",
      "socialist", "socialists", "communist", "communists", "tory", "tories");

  /**
   * Words that make a name opened by a country word a body of its trade or sport, not an organ of the
   * state: "British Phonographic Industry", "Spanish FA" (the football association).
   */
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
}
