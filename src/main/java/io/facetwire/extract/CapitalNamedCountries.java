package io.facetwire.extract;

import java.util.Set;

/**
 * A country whose name is also its capital's (Luxembourg, Singapore, Monaco, Kuwait, Djibouti) is read like a capital
 * where only the city can be meant (LABELLING.md): the place a bond is listed ("will be listed in Luxembourg",
 * "listing is in Luxembourg"), a meeting's venue ("in Luxembourg on June 15", "ministers meet on April 27 and 28 in
 * Luxembourg", "a seminar in Luxembourg", "Sunday's meeting in Monaco"), or a city in a list of cities ("fly to
 * London, Singapore and Kuala Lumpur"); in such a list the city territories Hong Kong and Macau are cities too
 * ("customers in Hong Kong, Singapore and Tokyo", "events held in Hong Kong, Tokyo and Pusan"); and (session 40) a
 * market's traders ("traders and bankers in Singapore"), a branch's or a subsidiary's seat ("Mitsubishi Bank's Hong
 * Kong branch"), a spot on the map ("the Port of Singapore", "south of Singapore") or talks dated there ("talks in
 * Luxembourg", "in Luxembourg tomorrow"). Anywhere else the name means the state; "X-based" is left to it too (the
 * labels count "a Singapore-based analyst" once and not "the Luxembourg-based court" once: no rule was read off them).
 * Immutable, hence thread-safe.
 */
final class CapitalNamedCountries {

  private static final Set<String> NAMES = Lookups.setOf("luxembourg", "singapore", "monaco", "kuwait", "djibouti");

  /**
   * City territories the gazetteer lists on their own: like the names above only in a list of cities (the labels
   * count "a summit in Hong Kong" and "Hong Kong and Macao" as the territories).
   */
  private static final Set<String> CITY_TERRITORIES = Lookups.setOf("macau", "macao", "hong kong");

  /** Words of a meeting held at a place: "a seminar in Luxembourg", "Sunday's meeting in Monaco". */
  private static final Set<String> VENUE_WORDS = Lookups.setOf("meeting", "meetings", "meet", "seminar", "conference",
      "summit", "session", "ceremony", "forum", "symposium", "gathering", "held", "convention", "exhibition",
      "festival", "court", "talks", "negotiations");

  /** Words right after "in Luxembourg" that date a visit or talks there: "resume talks in Luxembourg next month". */
  private static final Set<String> WHEN_AFTER = Lookups.setOf("next", "today", "yesterday", "tomorrow", "tonight",
      "early", "later", "earlier");

  /**
   * The people or prices of a market a few words before "in": "traders and bankers in Singapore said", "refinery
   * netbacks in Singapore" (LABELLING.md: a financial centre or a market place, like a listing, does not count).
   */
  private static final Set<String> MARKET_BEFORE_IN = Lookups.setOf("traders", "dealers", "bankers", "brokers",
      "netbacks");

  /** A bank's or a firm's seat right after the name: "the bank's Hong Kong branch" (a place of business). */
  private static final Set<String> SEAT_AFTER = Lookups.setOf("branch", "branches", "subsidiary", "subsidiaries");

  /** Words before "of" that make the name a spot on the map: "the Port of Singapore", "south of Singapore". */
  private static final Set<String> PLACE_BEFORE_OF = Lookups.setOf("port", "north", "south", "east", "west",
      "northeast", "northwest", "southeast", "southwest");

  /** How far before "in" a date word may stand: "on April 27 and 28 in Luxembourg". */
  private static final int DATE_REACH = 4;

  /** How far before "in" a venue word may stand: "a seminar in", "the meeting held in". */
  private static final int VENUE_REACH = 2;

  /** Words of listing a security: "listed", "listing", "quoted", "traded" within a few words before "in". */
  private static final Set<String> LISTING = Lookups.setOf("listed", "listing", "quoted", "traded", "launched");

  /**
   * Words right after the name (or one word later) that make it the place of a market: "the Singapore rubber market",
   * "Singapore-listed", "the Hong Kong stock exchange" (session 15; the labels read these as a listing place).
   */
  private static final Set<String> MARKET_AFTER = Lookups.setOf("market", "markets", "exchange", "bourse", "listed",
      "dealers", "traders");

  private static final Set<String> DATE_WORDS = Lookups.setOf("january", "february", "march", "april", "may", "june",
      "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
      "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday");

  /** How far before "in" a listing word may stand: "listing will be in", "will be listed in". */
  private static final int LISTING_REACH = 3;

  private CapitalNamedCountries() {
  }

  /** True if the country name at token {@code i} (one that is also its city's) means only the city as a place here. */
  static boolean placeOnly(Tokens t, int i, CountryGazetteer.Entry match, CountryGazetteer gazetteer) {
    if (match.kind() != CountryGazetteer.Kind.NAME || !cityNamed(t, i, match)) {
      return false;
    }
    int end = i + match.length();
    if (inAListOfCities(t, i, end, gazetteer) || aMarketsPlace(t, end) || aSeatAfter(t, end)
        || aSpotOnTheMap(t, i)) {
      return true;
    }
    int next = end;
    int in = i - 1;
    if (in < 0 || t.has(i, Tokens.BREAK_BEFORE) || !t.lower[in].equals("in")) {
      return false;
    }
    if (seatOfANamedBody(t, in) || anIndexAfter(t, next)) {
      return true; // "an analyst at Phillip Nova in Singapore", "In Hong Kong, the Hang Seng index rose 0.6%"
    }
    // A city territory only as a listing place ("a facility launched in Hong Kong"): "a summit in Hong Kong" is the
    // territory (the labels count it).
    boolean territory = !(match.length() == 1 && NAMES.contains(t.lower[i]));
    for (int k = in - 1; k >= 0 && k >= in - DATE_REACH; k--) {
      t.steps++;
      if (k >= in - LISTING_REACH && (LISTING.contains(t.lower[k]) || MARKET_BEFORE_IN.contains(t.lower[k]))) {
        return true; // "will be listed in Luxembourg", "listing will be in Luxembourg", "traders in Singapore"
      }
      if (territory) {
        if (t.has(k + 1, Tokens.BREAK_BEFORE)) {
          break;
        }
        continue;
      }
      if (k >= in - VENUE_REACH && VENUE_WORDS.contains(t.lower[k]) || DATE_WORDS.contains(t.lower[k])) {
        return true; // "a seminar in Luxembourg", "on April 27 and 28 in Luxembourg"
      }
      if (t.has(k + 1, Tokens.BREAK_BEFORE)) {
        break;
      }
    }
    if (territory || next >= t.size || t.has(next, Tokens.BREAK_BEFORE)) {
      return false;
    }
    if (WHEN_AFTER.contains(t.lower[next])) {
      return true; // "resume negotiations in Luxembourg next month", "made in Luxembourg early yesterday"
    }
    int then = next + 1;
    return then < t.size && t.lower[next].equals("on") && !t.has(then, Tokens.BREAK_BEFORE)
        && DATE_WORDS.contains(t.lower[then]); // "talks in Luxembourg on June 15"
  }

  /**
   * "a senior analyst at Phillip Nova in Singapore", "a fellow at the ISEAS-Yusof Ishak Institute in Singapore": "at",
   * a body's capitalised name, then "in" the city: the body's seat, a place of business (session 48, news33's and
   * news36's development halves).
   */
  private static boolean seatOfANamedBody(Tokens t, int in) {
    int k = in - 1;
    int named = 0;
    while (k >= 0 && named < SEAT_NAME_REACH && t.has(k, Tokens.CAP) && !t.has(k + 1, Tokens.BREAK_BEFORE)) {
      named++;
      k--;
    }
    if (named > 0 && k >= 0 && t.lower[k].equals("the") && !t.has(k + 1, Tokens.BREAK_BEFORE)) {
      k--;
    }
    return named > 0 && k >= 0 && t.lower[k].equals("at") && !t.has(k, Tokens.CAP);
  }

  /** How many capitalised words a body's name before "in" may hold: "the ISEAS-Yusof Ishak Institute". */
  private static final int SEAT_NAME_REACH = 5;

  /**
   * "In Hong Kong, the Hang Seng index slipped 0.4%": the place a market's index is quoted in, a comma after it and the
   * index within a few words (session 48, news34's and news36's development halves).
   */
  private static boolean anIndexAfter(Tokens t, int next) {
    if (next >= t.size || !t.has(next, Tokens.BREAK_BEFORE) || t.has(next, Tokens.SENT_START)) {
      return false;
    }
    for (int k = next; k < t.size && k < next + INDEX_REACH; k++) {
      t.steps++;
      if (k > next && t.has(k, Tokens.BREAK_BEFORE)) {
        return false;
      }
      if (t.lower[k].equals("index")) {
        return true;
      }
    }
    return false;
  }

  /** How far after the comma the index may stand: "the Hang Seng index", "the benchmark Straits Times Index". */
  private static final int INDEX_REACH = 5;

  /** "the National Australia Bank's Hong Kong branch", "Oki Electric's Hong Kong subsidiary": a place of business. */
  private static boolean aSeatAfter(Tokens t, int end) {
    return end < t.size && !t.has(end, Tokens.BREAK_BEFORE) && !t.has(end - 1, Tokens.POSSESSIVE)
        && SEAT_AFTER.contains(t.lower[end]);
  }

  /** "the Port of Singapore", "a new port on Batam island, south of Singapore": a spot on the map, the city. */
  private static boolean aSpotOnTheMap(Tokens t, int i) {
    return i >= 2 && !t.has(i, Tokens.BREAK_BEFORE) && !t.has(i - 1, Tokens.BREAK_BEFORE) && t.lower[i - 1].equals("of")
        && PLACE_BEFORE_OF.contains(t.lower[i - 2]);
  }

  /** "Singapore-listed", "the Singapore rubber market", "Hong Kong stock exchange": a market's place, in one or two words. */
  private static boolean aMarketsPlace(Tokens t, int end) {
    if (t.has(end - 1, Tokens.POSSESSIVE)) {
      return false; // "Singapore's stock market" is the country's
    }
    for (int j = end; j < t.size && j < end + 2; j++) {
      if (t.has(j, Tokens.BREAK_BEFORE) && !t.has(j, Tokens.HYPHEN_BEFORE) || t.has(j, Tokens.CAP) && j > end) {
        return false;
      }
      if (MARKET_AFTER.contains(t.lower[j])) {
        return true;
      }
      if (t.has(j, Tokens.POSSESSIVE)) {
        return false;
      }
    }
    return false;
  }

  private static boolean cityNamed(Tokens t, int i, CountryGazetteer.Entry match) {
    return match.length() == 1 ? NAMES.contains(t.lower[i]) || CITY_TERRITORIES.contains(t.lower[i])
        : match.length() == 2 && CITY_TERRITORIES.contains(t.lower[i] + " " + t.lower[i + 1]);
  }

  /**
   * "London, Singapore and Kuala Lumpur", "Manila and Hong Kong": the item before or after it in a list (after a comma
   * in the same sentence, or "and"/"or") is a capital or a city the gazetteer knows, or another city-named country.
   */
  private static boolean inAListOfCities(Tokens t, int start, int end, CountryGazetteer gazetteer) {
    int before = itemBefore(t, start);
    int after = itemAfter(t, end);
    if (isCityEndingAt(t, before, gazetteer, false) || isCityStartingAt(t, after, gazetteer, false)) {
      return true;
    }
    // "Hong Kong, Singapore and Tokyo": another city-named country between it and a city; "Hong Kong and Macao"
    // alone are the territories.
    if (isCityStartingAt(t, after, gazetteer, true)) {
      int nextEnd = after + (after + 1 < t.size && CITY_TERRITORIES.contains(t.lower[after] + " " + t.lower[after + 1])
          ? 2 : 1);
      return isCityStartingAt(t, itemAfter(t, nextEnd), gazetteer, false);
    }
    if (isCityEndingAt(t, before, gazetteer, true)) {
      int nextStart = before >= 1 && CITY_TERRITORIES.contains(t.lower[before - 1] + " " + t.lower[before]) ? before - 1
          : before;
      return isCityEndingAt(t, itemBefore(t, nextStart), gazetteer, false);
    }
    return false;
  }

  /** The last token of the list item before token {@code start} (after a comma, "and" or "or"), or -1. */
  private static int itemBefore(Tokens t, int start) {
    if (start <= 0 || start >= t.size || t.has(start, Tokens.SENT_START)) {
      return -1;
    }
    int last = andOr(t, start - 1) && !t.has(start, Tokens.BREAK_BEFORE) ? start - 2
        : t.has(start, Tokens.BREAK_BEFORE) ? start - 1 : -1;
    // Not a shouted word: "WASHINGTON - Kuwait has asked" is a dateline in a digest of stories.
    return last >= 0 && !t.has(last, Tokens.SHOUT) && !t.has(last, Tokens.ALL_CAPS) ? last : -1;
  }

  /** The first token of the list item after the one ending before {@code end}, or -1. */
  private static int itemAfter(Tokens t, int end) {
    if (end <= 0 || end >= t.size || t.has(end, Tokens.SENT_START)) {
      return -1;
    }
    int first = andOr(t, end) && end + 1 < t.size && !t.has(end + 1, Tokens.BREAK_BEFORE) ? end + 1
        : t.has(end, Tokens.BREAK_BEFORE) ? end : -1;
    return first >= 0 && !t.has(first, Tokens.SHOUT) && !t.has(first, Tokens.ALL_CAPS) ? first : -1;
  }

  private static boolean isCityEndingAt(Tokens t, int last, CountryGazetteer gazetteer, boolean cityNamedCountry) {
    return last >= 0 && (cityAt(t, last, 1, gazetteer, cityNamedCountry)
        || last >= 1 && !t.has(last, Tokens.BREAK_BEFORE) && cityAt(t, last - 1, 2, gazetteer, cityNamedCountry));
  }

  private static boolean isCityStartingAt(Tokens t, int first, CountryGazetteer gazetteer, boolean cityNamedCountry) {
    return first >= 0 && (cityAt(t, first, 1, gazetteer, cityNamedCountry) || cityAt(t, first, 2, gazetteer, cityNamedCountry));
  }

  /**
   * A city of {@code length} words at token {@code at}: a capital or a dateline city the gazetteer knows, or (with
   * {@code cityNamedCountry}) a country named like its city.
   */
  private static boolean cityAt(Tokens t, int at, int length, CountryGazetteer gazetteer, boolean cityNamedCountry) {
    if (at < 0 || at + length > t.size || !t.has(at, Tokens.CAP)) {
      return false;
    }
    for (CountryGazetteer.Entry e : gazetteer.startingWith(t.lower[at])) {
      t.steps++;
      if (e.length() == length && sameWords(t, at, e) && (cityNamedCountry
          ? e.kind() == CountryGazetteer.Kind.NAME && cityNamed(t, at, e)
          : e.kind() == CountryGazetteer.Kind.CAPITAL || e.kind() == CountryGazetteer.Kind.DATELINE_ONLY)) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameWords(Tokens t, int at, CountryGazetteer.Entry e) {
    for (int k = 1; k < e.length(); k++) {
      if (!t.lower[at + k].equals(e.lower()[k]) || t.has(at + k, Tokens.BREAK_BEFORE)) {
        return false;
      }
    }
    return true;
  }

  private static boolean andOr(Tokens t, int k) {
    return t.lower[k].equals("and") || t.lower[k].equals("or");
  }
}
