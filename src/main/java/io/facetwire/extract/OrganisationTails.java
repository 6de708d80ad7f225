package io.facetwire.extract;

import static io.facetwire.extract.OrganisationWords.COMPANY_FORMS;

import java.util.Set;

/**
 * What may follow a known organisation's name and still belong to that one mention: its legal forms,
 * also after "and" or "&" ("Morgan Stanley and Co Inc", "Merrill Lynch &amp; Co"), so the partners' tail is
 * never read as a name of its own ("Co"); and the words after a state's treasury that make the mention
 * the debt it issues ("U.S. Treasury securities", "Treasury bond futures"), which is no mention of the
 * body acting (LABELLING.md: organisations are named as actors or subjects; products are not).
 */
final class OrganisationTails {

  private OrganisationTails() {
  }

  /** Company words that an "and" or "&" may put after a name: "Merrill Lynch and Co", "Wagner and Sons". */
  private static final Set<String> PARTNERS = Lookups.setOf("co", "cos", "company", "sons");

  /** Lower-case words after "Treasury" that name its debt, not the body: "Treasury bonds", "Treasury yields". */
  private static final Set<String> SECURITIES = Lookups.setOf("bond", "bonds", "bill", "bills", "note", "notes",
      "securities", "security", "issues", "issue", "yields", "yield", "paper", "debt", "futures", "index",
      "market", "markets", "refunding", "prices", "coupon", "coupons", "strips", "instruments", "holdings");

  /**
   * The last token of the mention ending at {@code end} with the legal forms after it: "Toyota Motor Co
   * Ltd", "Morgan Stanley and Co Inc" (the "and Co" only with a form word right after the "and").
   */
  static int afterCompanyForms(Tokens t, int end) {
    int e = end;
    while (true) {
      int k = e + 1;
      if (k < t.size && COMPANY_FORMS.contains(t.lower[k]) && t.has(k, Tokens.CAP) && !t.has(k, Tokens.BREAK_BEFORE)) {
        e = k;
      } else if (k < t.size && PARTNERS.contains(t.lower[k]) && t.has(k, Tokens.CAP) && t.has(k, Tokens.AMPERSAND_BEFORE)) {
        e = k; // "Merrill Lynch & Co"
      } else if (k + 1 < t.size && "and".equals(t.text[k]) && !t.has(k, Tokens.BREAK_BEFORE)
          && PARTNERS.contains(t.lower[k + 1]) && t.has(k + 1, Tokens.CAP) && !t.has(k + 1, Tokens.BREAK_BEFORE)
          && (k + 2 >= t.size || !t.has(k + 2, Tokens.CAP) || t.has(k + 2, Tokens.BREAK_BEFORE)
              || COMPANY_FORMS.contains(t.lower[k + 2]))) {
        e = k + 1; // "Morgan Stanley and Co Inc"; not "Smith and Company Stores"
      } else {
        return e;
      }
    }
  }

  /** A company's unit for a region or its arm abroad, named by the word after its name: "Lycos Europe". */
  private static final Set<String> REGIONS = Lookups.setOf("international", "europe", "america", "asia", "canada",
      "australia");

  /** First words of a two-word region: "Diageo North America", "Merrill Lynch Asia Pacific". */
  private static final Set<String> REGION_FIRSTS = Lookups.setOf("north", "south", "latin", "asia");

  /**
   * The last token of a regional unit's name after the company name ending at {@code end} ("Swiss Bank Corp
   * International", "Hyundai Motor America", "Diageo North America", "Daiwa Europe Ltd"), or -1: the unit is
   * a company of its own, the one the article names (session 12). Only a region word joined to the name and
   * not followed by another capitalised word ("Ford Europe Chairman Bob Lutz" keeps the company: the run goes
   * on), with the unit's own legal forms after it.
   */
  static int regionalUnitEnd(Tokens t, int end) {
    int k = end + 1;
    if (k >= t.size || t.has(k, Tokens.BREAK_BEFORE) || !t.has(k, Tokens.CAP) || t.has(k, Tokens.SHOUT)) {
      return -1;
    }
    int last = REGION_FIRSTS.contains(t.lower[k]) && k + 1 < t.size && !t.has(k + 1, Tokens.BREAK_BEFORE)
        && ("america".equals(t.lower[k + 1]) || "africa".equals(t.lower[k + 1]) || "pacific".equals(t.lower[k + 1]))
        ? k + 1 : REGIONS.contains(t.lower[k]) ? k : -1;
    if (last < 0) {
      return -1;
    }
    last = afterCompanyForms(t, last);
    int after = last + 1;
    return after < t.size && !t.has(after, Tokens.BREAK_BEFORE) && t.has(after, Tokens.CAP) ? -1 : last;
  }

  /** Whether a region word ends the name at token k: the unit of {@link #regionalUnitEnd}. */
  static boolean isRegion(Tokens t, int k) {
    String w = t.lower[k];
    return REGIONS.contains(w) || "africa".equals(w) || "pacific".equals(w);
  }

  /** Whether the known name ending at {@code end} is a treasury named for its debt: "U.S. Treasury bonds". */
  static boolean namesItsSecurities(Tokens t, int end) {
    int k = end + 1;
    return "treasury".equals(t.lower[end]) && k < t.size && !t.has(k, Tokens.BREAK_BEFORE)
        && SECURITIES.contains(t.lower[k]) && !t.has(k, Tokens.SHOUT);
  }

  /**
   * Whether the known name ending at {@code end} names a share index by a round number after it: "the S&P 500",
   * "S&P 100 index option", "FTSE 100", "Nasdaq 100" (session 16) — the index is a product, no mention of the
   * company. "Boeing 747" and "Channel 4" are no such numbers.
   */
  static boolean namesAnIndex(Tokens t, int end) {
    int k = end + 1;
    return k < t.size && !t.has(k, Tokens.BREAK_BEFORE) && INDEX_NUMBERS.contains(t.lower[k]);
  }

  private static final java.util.Set<String> INDEX_NUMBERS = Lookups.setOf("30", "40", "50", "100", "200", "225", "250",
      "350", "400", "500", "600", "1000", "2000");
}
