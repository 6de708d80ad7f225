package io.facetwire.extract;

import java.util.Set;

/**
 * A country whose name is also its capital's (Luxembourg, Singapore, Monaco, Kuwait, Djibouti) is read like a
 * capital where only the city can be meant (LABELLING.md): the place a bond is listed ("will be listed in
 * Luxembourg", "listing is in Luxembourg") or a meeting's venue with its date ("in Luxembourg on June 15").
 * Anywhere else the name means the state; "X-based" is left to it too (the labels count "a Singapore-based
 * analyst" once and not "the Luxembourg-based court" once: no rule was read off them). Immutable, hence
 * thread-safe.
 */
final class CapitalNamedCountries {

  private static final Set<String> NAMES = Lookups.setOf("luxembourg", "singapore", "monaco", "kuwait", "djibouti");

  /** Words of listing a security: "listed", "listing", "quoted", "traded" within a few words before "in". */
  private static final Set<String> LISTING = Lookups.setOf("listed", "listing", "quoted", "traded");

  private static final Set<String> DATE_WORDS = Lookups.setOf("january", "february", "march", "april", "may", "june",
      "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
      "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday");

  /** How far before "in" a listing word may stand: "listing will be in", "will be listed in". */
  private static final int LISTING_REACH = 3;

  private CapitalNamedCountries() {
  }

  /** True if the one-word country name at token {@code i} means only the city as a place here. */
  static boolean placeOnly(Tokens t, int i, CountryGazetteer.Entry match) {
    if (match.kind() != CountryGazetteer.Kind.NAME || match.length() != 1 || !NAMES.contains(t.lower[i])) {
      return false;
    }
    int next = i + 1;
    int in = i - 1;
    if (in < 0 || t.has(i, Tokens.BREAK_BEFORE) || !t.lower[in].equals("in")) {
      return false;
    }
    for (int k = in - 1; k >= 0 && k >= in - LISTING_REACH; k--) {
      t.steps++;
      if (LISTING.contains(t.lower[k])) {
        return true; // "will be listed in Luxembourg", "listing will be in Luxembourg"
      }
      if (t.has(k + 1, Tokens.BREAK_BEFORE)) {
        break;
      }
    }
    int then = next + 1;
    return then < t.size && t.lower[next].equals("on") && !t.has(next, Tokens.BREAK_BEFORE)
        && !t.has(then, Tokens.BREAK_BEFORE) && DATE_WORDS.contains(t.lower[then]); // "talks in Luxembourg on June 15"
  }
}
