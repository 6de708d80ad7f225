package io.facetwire.extract;

import static io.facetwire.extract.OrganisationWords.COMPANY_ENDINGS;
import static io.facetwire.extract.OrganisationWords.INSTITUTIONS;
import static io.facetwire.extract.OrganisationWords.SHORT_COMPANY_FORMS;

/**
 * What an "of" (or a "for") inside a run of capitalised words joins: more of the organisation's name ("Bank of
 * England", "Hospital Corp of America", "General Motors of Canada Ltd", "Cinema for Peace Foundation"), or the place
 * a company is in ("Shiseido Co of Tokyo", "LG Electronics of South Korea"), which is no part of its name. {@link
 * OrganisationRuns} asks twice: while it scans the run (does the name go on past this "of"?) and while it cuts the
 * run's start (are the words before this "of" a person's, as in "Gantz of the University of Massachusetts", or the
 * name's?). Immutable, hence thread-safe.
 */
final class OfInOrganisationNames {

  /** The words of the countries' names, aliases and adjectives (countries.tsv): a place after "of" is made of them. */
  private final CountryGazetteer places;

  OfInOrganisationNames(CountryGazetteer places) {
    this.places = places;
  }

  /**
   * "of" after a company's last word followed by a country or town: "Shiseido Co of Tokyo", "SK Telecom of
   * South Korea"; after an institution ("Bank of England", "University of Essex") it is the name.
   */
  boolean ofNamesAPlace(Tokens t, int of) {
    if (isOfAmerica(t, of)) {
      return false;
    }
    if (SHORT_COMPANY_FORMS.contains(t.lower[of - 1])) {
      return true;
    }
    int w = of + 1 < t.size && "the".equals(t.text[of + 1]) ? of + 2 : of + 1;
    return w < t.size && !INSTITUTIONS.contains(t.lower[of - 1]) && places.isPlaceWord(t.lower[w]);
  }

  /**
   * "Prudential Insurance Co of America", "Hospital Corp of America", "Peugeot Motors of America Inc": "of America"
   * after a company's last word ({@link OrganisationWords#COMPANY_ENDINGS}) is its name, the company's American arm
   * or its whole name, not the place it is in ("Shiseido Co of Tokyo"); no run names America as a town.
   */
  private static boolean isOfAmerica(Tokens t, int of) {
    return COMPANY_ENDINGS.contains(t.lower[of - 1]) && of + 1 < t.size && "america".equals(t.lower[of + 1])
        && !t.has(of + 1, Tokens.BREAK_BEFORE);
  }

  /**
   * "Richardson Greenshields of Canada Ltd", "General Motors of Canada Ltd", "Kraft of the Philippines Inc": a place
   * alone between "of" and the company's legal form names the company's national arm, and the words before "of"
   * are its name, not a person ("Gantz of the University of Massachusetts" has an institution after "of").
   */
  boolean isCompanysNationalArm(Tokens t, int of, int lastEnding) {
    if (!"of".equals(t.text[of]) || !OrganisationWords.COMPANY_FORMS.contains(t.lower[lastEnding])) {
      return false;
    }
    int w = of + 1 < lastEnding && "the".equals(t.text[of + 1]) ? of + 2 : of + 1;
    if (w >= lastEnding || lastEnding - w > 3) {
      return false;
    }
    for (int k = w; k < lastEnding; k++) {
      if (!isCapitalisedPlaceWord(t, k)) {
        return false;
      }
    }
    return true;
  }

  /** A word of a place's name, capitalised: "of" and "and" are words of place names too ("Trinidad and Tobago"). */
  boolean isCapitalisedPlaceWord(Tokens t, int k) {
    return OrganisationExtractor.isNameWord(t, k) && places.isPlaceWord(t.lower[k]);
  }

  /**
   * "Cinema for Peace Foundation", "Fridays for Future": one word before "for" that starts no sentence
   * and is no place belongs to the name ("Lawyers for Morton Thiokol Inc", "New York for the ..." do not).
   */
  boolean isNamedForACause(Tokens t, int start, int k) {
    return "for".equals(t.text[k]) && k == start + 1 && !t.has(start, Tokens.SENT_START)
        && !places.isPlaceWord(t.lower[start]);
  }
}
