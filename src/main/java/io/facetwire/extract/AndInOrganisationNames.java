package io.facetwire.extract;

import static io.facetwire.extract.OrganisationWords.COMPANY_FORMS;
import static io.facetwire.extract.OrganisationWords.HEADS_FIRST;
import static io.facetwire.extract.OrganisationWords.SHORT_COMPANY_FORMS;

import java.util.Set;

/**
 * Whether an "and" inside a run of capitalised words joins one organisation's name or stands between two. One name:
 * a firm named after its partners ("Tate and Lyle PLC", "Goldman, Sachs and Co") and a bank's double name ("Sumitomo
 * Trust and Banking Co"); two: a foreign bank's head word after the "and" ("Credit Lyonnais and Banque Indosuez")
 * or a well-known name ("Pacific Telesis and Merrill Lynch"). The "and" of a chamber's committee ("House Energy and
 * Commerce Committee") is {@link LegislatureNames}'s. Immutable, hence thread-safe.
 */
final class AndInOrganisationNames {

  /** The well-known organisations: a second name after "and". */
  private final OrganisationGazetteer gazetteer;
  /** Stop words: no partner's name. */
  private final NameLexicon lexicon;
  /** The words of the countries' names, aliases and adjectives: no partner's name. */
  private final CountryGazetteer places;
  /** A sentence's word or title before a comma: no partner's name. */
  private final PeopleInOrganisationNames people;
  /** A place before a partnership's legal form: its national arm. */
  private final OfInOrganisationNames ofPhrases;

  AndInOrganisationNames(OrganisationGazetteer gazetteer, NameLexicon lexicon, CountryGazetteer places,
      PeopleInOrganisationNames people, OfInOrganisationNames ofPhrases) {
    this.gazetteer = gazetteer;
    this.lexicon = lexicon;
    this.places = places;
    this.people = people;
    this.ofPhrases = ofPhrases;
  }

  /** "and" in the languages whose bank and company names start with their head word: "X and Banque Y" are two. */
  private static final Set<String> AND_WORDS = Lookups.setOf("and", "et", "y");

  /**
   * A foreign bank's or company's name, whose head word comes first, starts at token k: "Banque Indosuez". After "and"
   * it is a second name ("Credit Lyonnais and Banque Indosuez"). Not "Bank of": "The Treasury and Bank of England"
   * is left to the known-name check after "and" ({@link #knownAfterAnd}), which values no bare "Treasury".
   */
  private static boolean startsABank(Tokens t, int k) {
    return k + 1 < t.size && HEADS_FIRST.contains(t.lower[k]);
  }

  /** Whether the "and" at k is followed by a second name, a foreign bank's or company's ("... and Banque Indosuez"). */
  static boolean startsASecondBank(Tokens t, int k) {
    return AND_WORDS.contains(t.text[k]) && startsABank(t, k + 1);
  }

  /** First and second halves of a bank's double name: "Bank and Trust", "Trust and Banking", "Savings and Loan". */
  private static final Set<String> PAIR_FIRST = Lookups.setOf("bank", "trust", "savings");
  private static final Set<String> PAIR_SECOND = Lookups.setOf("trust", "banking", "loan");

  /**
   * "Sumitomo Trust and Banking Co", "Commercial Exchange Bank and Trust Ltd", "York Federal Savings and Loan
   * Association": one bank's double name, not two organisations ("X Bank and Y Trust" has a name word between).
   */
  static boolean isFinancePair(Tokens t, int before, int and) {
    return and + 1 < t.size && PAIR_FIRST.contains(t.lower[before]) && PAIR_SECOND.contains(t.lower[and + 1])
        && !t.lower[before].equals(t.lower[and + 1]) && !t.has(and + 1, Tokens.BREAK_BEFORE);
  }

  /**
   * A firm named after its partners ("Tate and Lyle PLC", "Clayton and Dubilier Inc", "Paton and Co Inc"):
   * "and", at most one word, then company forms. Given names before such an "and" are part of the name;
   * "Morgan Stanley International and Svenska Handelsbanken PLC" are two.
   */
  boolean isPartnership(Tokens t, int from, int lastEnding) {
    if (lastEnding < 0 || !SHORT_COMPANY_FORMS.contains(t.lower[lastEnding])) {
      return false;
    }
    int m = lastEnding;
    while (m > from && COMPANY_FORMS.contains(t.lower[m - 1])) {
      m--;
    }
    if (m - 1 > from && ofPhrases.isCapitalisedPlaceWord(t, m - 1) && !"and".equals(t.text[m - 2])) {
      m--; // "Holt, Rinehart and Winston Canada Ltd": the partners' firm's national arm
    }
    return m - 1 > from && "and".equals(t.text[m - 1]) || m - 2 > from && "and".equals(t.text[m - 2]);
  }

  /**
   * The first token of a partnership written with commas ("Goldman, Sachs and Co", "Smith, Barney, Harris
   * Upham and Co"): up to two earlier partners of one or two capitalised words each, each set off by
   * punctuation inside the sentence; i itself when there are none. Only for a run that is a partnership
   * (an "and" before its company forms), so a list of firms ("IBM, Sears and Exxon") is not joined.
   */
  int partnersBeforeCommas(Tokens t, int i) {
    int s = i;
    if (t.has(i, Tokens.DOTTED)) {
      return i; // "Schroder Wagg, S.G. Warburg and Co Ltd": a partner's initials start a firm of its own
    }
    for (int segments = 0; segments < 2 && s >= 1 && t.has(s, Tokens.BREAK_BEFORE) && !t.has(s, Tokens.SENT_START)
        && !t.has(s, Tokens.HYPHEN_BEFORE) && !t.has(s, Tokens.AMPERSAND_BEFORE)
        && OrganisationExtractor.isNameWord(t, s - 1) && !t.has(s - 1, Tokens.POSSESSIVE); segments++) {
      int b = s - 1;
      if (b >= 1 && !t.has(b, Tokens.BREAK_BEFORE) && OrganisationExtractor.isNameWord(t, b - 1)) {
        b--; // a partner of two words: "Smith Barney, Harris Upham and Co"
      }
      t.steps++;
      if (b >= 1 && !t.has(b, Tokens.BREAK_BEFORE) && OrganisationExtractor.isNameWord(t, b - 1)
          || people.isLeadingNoise(t, b) || lexicon.isStopWord(t.lower[b]) || places.isPlaceWord(t.lower[b])) {
        break; // a longer run or a sentence's word before the comma: no partner
      }
      s = b;
    }
    return s;
  }

  /**
   * The "and" of a run "A and B" whose B (two words or more, up to the run's end) is a well-known
   * organisation that A does not start ("Pacific Telesis and Merrill Lynch"), else -1: two organisations,
   * not one. "Food and Drug Administration", "Securities and Exchange Commission" have no known B.
   */
  int knownAfterAnd(Tokens t, int from, int to) {
    for (int k = from + 1; k < to - 1; k++) {
      t.steps++;
      if ("and".equals(t.text[k]) && !t.has(k, Tokens.BREAK_BEFORE)
          && gazetteer.canonical(OrganisationRuns.lowerJoined(t, k + 1, to)) != null) {
        return k;
      }
    }
    return -1;
  }
}
