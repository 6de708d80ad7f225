package io.facetwire.extract;

import static io.facetwire.extract.OrganisationWords.CHAMBERS;
import static io.facetwire.extract.OrganisationWords.OF;

/**
 * A legislature named by a run of capitalised words, and its parts: a country's or region's parliament and a
 * chamber of one ("the Senate", "the U.S. House") are where a law is made, no organisation, but a chamber's
 * committee with a job of its own is one (LABELLING.md, 2026-12-02). Its name joins jobs with "and" ("House Energy
 * and Commerce Committee") where an "and" after an organisation word would otherwise end the run, and the state's
 * word before the chamber is no part of it. Apart from {@link OrganisationRuns}, which reads the run, so that the
 * legislature's rules sit together. Immutable, hence thread-safe.
 */
final class LegislatureNames {

  /** The countries' names, aliases and adjectives: the state's word before a chamber ("U.S. Senate"). */
  private final CountryGazetteer places;

  LegislatureNames(CountryGazetteer places) {
    this.places = places;
  }

  /**
   * "Parliament of the United Kingdom", "Ontario Parliament": a country's or region's legislature is where a law
   * is made, as generic as "parliament" (LABELLING.md, 2026-12-02); an international one is in the gazetteer
   * ("European Parliament") and matched before any run is read.
   */
  static boolean isLegislature(Tokens t, int start, int last) {
    for (int k = start; k <= last && !OF.contains(t.text[k]); k++) {
      if ("parliament".equals(t.lower[k]) && (k + 1 > last || OF.contains(t.text[k + 1]))) {
        return true; // the head word, before any "of" ("United" of "the United Kingdom" is no ending here)
      }
    }
    return false;
  }

  /**
   * The token of "Senate" or "House" that starts the run at i, or after a state's word there ("U.S. House"), else -1.
   * A chamber is no organisation, but its committees with a job of their own are (LABELLING.md, 2026-12-02), and
   * their names join jobs with "and": "House Energy and Commerce Committee", "Senate Banking and Housing Committee".
   */
  private int chamberAt(Tokens t, int i) {
    if (CHAMBERS.contains(t.lower[i])) {
      return t.has(i, Tokens.CAP) ? i : -1;
    }
    int c = i + 1;
    return c < t.size && places.isPlaceWord(t.lower[i]) && !t.has(c, Tokens.BREAK_BEFORE) && CHAMBERS.contains(t.lower[c])
        && t.has(c, Tokens.CAP) ? c : -1;
  }

  private static boolean isCommittee(String lower) {
    return "committee".equals(lower) || "subcommittee".equals(lower);
  }

  /** Jobs of a committee's name after its "and": "Energy and Commerce Committee", "Ways and Means Committee". */
  private static final int MAX_JOB_WORDS = 3;

  /**
   * The run from i is a chamber's and a "Committee" or "Subcommittee" follows the "and" at k within a few capitalised
   * words: "House Energy and Commerce Committee" is one body ("Len M. House and Associates" is none of a chamber).
   */
  boolean isChamberCommitteeAhead(Tokens t, int i, int and) {
    if (chamberAt(t, i) < 0) {
      return false;
    }
    for (int m = and + 1; m < t.size && m <= and + MAX_JOB_WORDS + 1 && OrganisationExtractor.isNameWord(t, m)
        && !t.has(m, Tokens.BREAK_BEFORE); m++) {
      if (m > and + 1 && isCommittee(t.lower[m])) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the run from i is a state's word, a chamber and a committee ending at {@code lastEnding} ("the U.S.
   * Senate Agriculture Committee"): the committee's name starts at its chamber, and the state's word is cut.
   */
  boolean isStatesChamberCommittee(Tokens t, int i, int lastEnding) {
    return lastEnding > i + 1 && chamberAt(t, i) == i + 1 && isCommittee(t.lower[lastEnding]);
  }
}
