package io.facetwire.extract;

import static io.facetwire.extract.OrganisationWords.COMMITTEE_JOBS;
import static io.facetwire.extract.OrganisationWords.GENERIC_BODIES;
import static io.facetwire.extract.OrganisationWords.GENERIC_NAMES;
import static io.facetwire.extract.OrganisationWords.PORTFOLIO_BODIES;

import java.util.Set;

/**
 * Runs that name a state's body or trade by its kind, not an organisation by its name: every state has an
 * administration, a central bank, an agriculture committee ("US Administration", "Iraqi Parliament", "the Central
 * Bank", "the Agriculture Committee"), and the wire capitalises a state's trades and markets ("U.S. Securities
 * houses", "the U.S. Unit"), so such a run names no organisation. A central bank or statistics office named with
 * its state's possessive does, as a ministry does ({@link StateMinistries}, which gives its value). Immutable, hence
 * thread-safe.
 */
final class GenericStateBodies {

  /** The countries' names, aliases and adjectives: the state before the body or trade. */
  private final CountryGazetteer places;
  /** A portfolio's word before a body ("Finance" of "the Finance Ministry"): person-titles.txt's modifiers. */
  private final NameLexicon lexicon;

  GenericStateBodies(CountryGazetteer places, NameLexicon lexicon) {
    this.places = places;
    this.lexicon = lexicon;
  }

  /**
   * "US Administration", "Reagan Administration", "Iraqi Parliament": a country's or a leader's generic
   * body, not a named organisation.
   */
  boolean isNationalBody(Tokens t, int from, int to) {
    if (to != from + 1) {
      return false;
    }
    String body = t.lower[to];
    if (GENERIC_BODIES.contains(body)) {
      return body.equals("administration") || places.isPlaceWord(t.lower[from]);
    }
    // "the Finance Ministry", "the Agriculture Committee", "the Central Bank", "the Air Force": the
    // country's body named by its job alone, as generic as "the ministry".
    return GENERIC_NAMES.contains(t.lower[from] + " " + body)
        || PORTFOLIO_BODIES.contains(body) && (COMMITTEE_JOBS.contains(t.lower[from])
            || lexicon.titleKind(t.lower[from]) == NameLexicon.TitleKind.MODIFIER);
  }

  /**
   * A state's central bank or statistics office named by its job alone: no organisation unless its state is named
   * with it (LABELLING.md, "A government's ministry or department named by its job", extended in session 16).
   */
  private static final Set<String> JOB_NAMED_STATE_BODIES = Lookups.setOf("central bank", "reserve bank",
      "national bank", "national statistics institute", "national statistics office", "national institute of statistics",
      "statistics institute", "statistics office", "central statistics office", "central bureau of statistics",
      "federal bureau of statistics", "bureau of statistics", "federal statistics office", "federal statistical office",
      "statistical office", "national statistical office");

  /** Whether a run's gazetteer key is one of {@link #JOB_NAMED_STATE_BODIES}: "central bank", "statistics office". */
  static boolean isNamedByJobAlone(String key) {
    return JOB_NAMED_STATE_BODIES.contains(key);
  }

  /**
   * Words of a trade or a market that, after a state's name or adjective alone, say what kind of thing of that
   * state is meant, not which firm: the wire capitalises "the U.S. Unit" (the dollar), "U.S. Products", "U.S.
   * Securities houses", "non-U.S. Markets", and a minister's portfolio runs into his title ("Indonesian Energy
   * Minister"). 35 wrong values of this kind over the opened parts (session 19); a firm of such a name is listed
   * ("British Telecommunications") and matched before a run is read.
   */
  private static final Set<String> SECTOR_WORDS = Lookups.setOf("unit", "units", "products", "securities",
      "markets", "energy", "bank", "banks", "telecommunications", "investments", "industries", "financial", "airline",
      "fund", "research");

  /** A two-word run of a state's one-word name or adjective ("US", "Malaysian") and a {@link #SECTOR_WORDS} word. */
  boolean isStateAndSector(Tokens t, int start, int last) {
    if (last != start + 1 || !SECTOR_WORDS.contains(t.lower[last]) || !places.isPlaceWord(t.lower[start])) {
      return false;
    }
    for (CountryGazetteer.Entry e : places.startingWith(t.lower[start])) {
      if (e.length() == 1 && !e.weak()
          && (e.kind() == CountryGazetteer.Kind.NAME || e.kind() == CountryGazetteer.Kind.DEMONYM)) {
        return true; // not "Western" (of "Western Sahara") nor a place that is no state
      }
    }
    return false;
  }
}
