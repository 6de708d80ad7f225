package io.facetwire.extract;

/**
 * Could the capitalised word beside a country word be part of the same name? Asked by the questions of
 * {@link CountryWordsWithinNames}, {@link CountryWordsInPersonNames} and {@link CountryWordsInStateAndPlaceNames}.
 * Immutable, hence thread-safe.
 */
final class NamePartWords {

  private final CountryGazetteer gazetteer;
  private final NameLexicon lexicon;

  NamePartWords(CountryGazetteer gazetteer, NameLexicon lexicon) {
    this.gazetteer = gazetteer;
    this.lexicon = lexicon;
  }

  boolean looksLikeNamePart(Tokens t, int j) {
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
    return !lexicon.isStopWord(w) && !lexicon.isTitle(w) && !COMPASS_REGIONS.contains(w)
        && !gazetteer.isPlaceWord(w) && !startsAPlacePhrase(w);
  }

  /**
   * "the Northeastern U.S.", "the Midwestern United States": a compound compass word is a region's, as "Western" (a
   * stop word) is, not a name's part (session 49, test46). Not among the stop words: those are never part of a
   * person's or a firm's name, and "Northeast Utilities" or "Southwest Forest Industries" are firms.
   */
  private static final java.util.Set<String> COMPASS_REGIONS = Lookups.setOf("northeast", "northwest", "southeast",
      "southwest", "northeastern", "northwestern", "southeastern", "southwestern", "midwest", "midwestern");

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
