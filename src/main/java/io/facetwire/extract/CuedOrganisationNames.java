package io.facetwire.extract;

import static io.facetwire.extract.OrganisationWords.CONNECTORS;

/**
 * The names a cue announces without an organisation word of their own ("security firm Sophos", "shares in Webroot",
 * "a Sendo spokesman"; the cues are {@link OrganisationCues}'): which parts of the run are names, and what each
 * counts as. Kept short and checked word by word, because a cue is weaker evidence than an organisation word: a
 * person, a title or a place after "firm" or before "spokesman" is no organisation. Immutable, hence thread-safe.
 */
final class CuedOrganisationNames {

  /** A name announced by a cue without an ending word is short: words per name. */
  static final int MAX_CUED = 3;

  /** The well-known organisations: a cued name that is one counts at once. */
  private final OrganisationGazetteer gazetteer;
  /** Stop words, titles and given names: no cued name. */
  private final NameLexicon lexicon;
  /** The words of the countries' names, aliases and adjectives: no cued name. */
  private final CountryGazetteer places;

  CuedOrganisationNames(OrganisationGazetteer gazetteer, NameLexicon lexicon, CountryGazetteer places) {
    this.gazetteer = gazetteer;
    this.lexicon = lexicon;
    this.places = places;
  }

  /**
   * "firm Sophos", "mobile phone maker Sendo", "shares in Webroot": the run is the name, unless it is a
   * person or a place. A known name counts at once; another is kept only if no fuller name starts with it
   * ({@link FoundOrganisations#values}), and an acronym is read as its definition where there is one.
   */
  void addCued(Tokens t, int from, int to, FoundOrganisations f) {
    int start = from;
    for (int k = from; k <= to + 1; k++) {
      if (k == to + 1 || CONNECTORS.contains(t.text[k])) {
        // "firms Earthlink and Webroot" are two; a part that is a person, title or place is none.
        if (k > start && k - start <= MAX_CUED && isCuedName(t, start, k - 1, f.article)) {
          String known = gazetteer.canonical(OrganisationRuns.lowerJoined(t, start, k - 1));
          if (known != null) {
            f.names.add(known);
          } else if (start == k - 1 && OrganisationExtractor.isAcronym(t, start)) {
            f.cuedAcronyms.add(t.text[start]);
          } else {
            f.cued.add(OrganisationRuns.joined(t, start, k - 1));
            OrganisationRuns.defineAcronym(t, k - 1, OrganisationRuns.joined(t, start, k - 1), f);
          }
        }
        start = k + 1;
      }
    }
  }

  /**
   * Not a person ("Bush's", "Mr Yeutter"), title, place, stop word or lone letter ("Class B"), and a
   * word capitalised only because it starts a sentence is no name ("Presidential spokesman ...").
   */
  boolean isCuedName(Tokens t, int from, int to, ArticleNames article) {
    if (t.text[to].length() < 2 || article.isSurname(t.lower[to])
        || from == to && t.has(from, Tokens.SENT_START) && !article.isCapitalisedInside(t.lower[from])) {
      return false;
    }
    for (int k = from; k <= to; k++) {
      String w = t.lower[k];
      if (lexicon.isStopWord(w) || lexicon.titleKind(w) != NameLexicon.TitleKind.NONE
          || lexicon.isFirstName(w) && from < to || places.isPlaceWord(w)) {
        return false;
      }
    }
    return true;
  }
}
