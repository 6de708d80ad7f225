package io.facetwire.extract;

/**
 * Is the country word part of a state body's or a place's name? A state's own body named with its word counts though
 * its words look like a firm's ("the Brazilian Coffee Institute"); a capital that ends another place's name ("North
 * Kingstown") or whose possessive is the city a place is in ("London's Brixton Academy") names no state. Also holds
 * the words that make a name an organ of the state, which the firm-name questions ask too
 * ({@link CountryWordsInFirmNames}, {@link CountryWordsWithinNames}). Immutable, hence thread-safe.
 */
final class CountryWordsInStateAndPlaceNames {

  private final NamePartWords nameWords;

  CountryWordsInStateAndPlaceNames(NamePartWords nameWords) {
    this.nameWords = nameWords;
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
   * "London's International Petroleum Exchange", "London's Brixton Academy": a capital's possessive
   * before a name (none of its next three words an organ of the state, as in "Beijing's Foreign
   * Ministry") is the city the place or body is in, not the government (LABELLING.md).
   */
  boolean possessiveOfAPlace(Tokens t, int end) {
    if (!t.has(end - 1, Tokens.POSSESSIVE) || end >= t.size || t.has(end, Tokens.BREAK_BEFORE)
        || t.has(end, Tokens.SHOUT) || !nameWords.looksLikeNamePart(t, end)) {
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

  /** Organisation words that make a name an organ of the state: "Russian Foreign Ministry", "British Army". */
  static final java.util.Set<String> STATE_ORGANS = Lookups.setOf("government", "army", "navy",
      "force", "forces", "embassy", "consulate", "parliament", "ministry", "ministries", "police", "treasury",
      "office", "cabinet", "senate", "congress", "court", "military", "department", "agency", "administration",
      "commission", "committee", "council", "mission", "guard", "bank", "authority", "house", "representatives",
      // session 23: "The Finnish State launched two bonds", "the Norwegian State oil company"
      "state");

  /** Words before "Bank of" that make it the state's bank: "Reserve Bank of India", "Export-Import Bank of Japan". */
  static final java.util.Set<String> STATE_BANKS = Lookups.setOf("central", "reserve", "national", "state",
      "people", "development", "federal", "import", "investment", "postal", "savings");
}
