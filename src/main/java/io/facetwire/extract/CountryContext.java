package io.facetwire.extract;

import java.util.HashSet;
import java.util.Set;

/**
 * The words around a capital or a demonym that say what it means, from {@code country-context.txt}.
 * A capital counts as its country only where it stands for the government: in a dateline, as a
 * possessive ("Washington's policies"), before a verb or a word of government ("Moscow told",
 * "Beijing officials", "Washington has imposed" but not "London is very special"), or after a verb that takes a government ("told Washington", "relations between
 * Moscow and ..."). Elsewhere it is a city ("in London", "the London stage"). A demonym is a language,
 * not a country, after "in", "learning", "speaks" and before a full stop or comma ("with French, of
 * course"), or before "language". A country word before "Open", "Round", "Marathon", "Grand Prix", "Papers", a
 * currency or a chart names that thing ({@link #namesThing}). Whether a state's organ named alone acts is {@link OrganActs}', from the same
 * file. Immutable, hence thread-safe.
 */
final class CountryContext {

  private final Set<String> afterCapital;
  private final Set<String> auxiliaries;
  private final Set<String> beforeCapital;
  private final Set<String> beforeLanguage;
  private final Set<String> afterLanguage;
  private final Set<String> thingAfter;
  private final Set<String> currencyOrChartAfter;
  private final Set<String> cityThings;
  private final OrganActs organs;

  private CountryContext(Set<String>[] sections) {
    this.afterCapital = Lookups.set(sections[0]);
    this.auxiliaries = Lookups.set(sections[1]);
    this.beforeCapital = Lookups.set(sections[2]);
    this.beforeLanguage = Lookups.set(sections[3]);
    this.afterLanguage = Lookups.set(sections[4]);
    this.thingAfter = Lookups.set(sections[5]);
    this.currencyOrChartAfter = Lookups.set(sections[6]);
    this.cityThings = Lookups.set(sections[7]);
    this.organs = new OrganActs(this, java.util.Arrays.copyOfRange(sections, 8, sections.length));
  }

  static CountryContext loadDefault() {
    return new CountryContext(sectionsOf("country-context.txt", "[after capital]", "[auxiliaries]",
        "[before capital]", "[before language]", "[after language]", "[thing after country]",
        "[currency or chart after country]", "[city thing after capital]", "[after organ]", "[organ's act before of]",
        "[after an organ after by]", "[participles after an organ]", "[officer after an organ and one word]",
        "[decision asked of an organ]", "[application to an organ]", "[body that holds hearings]",
        "[witness before a body]"));
  }

  @SuppressWarnings("unchecked")
  private static Set<String>[] sectionsOf(String resource, String... headings) {
    Set<String>[] out = new Set[headings.length];
    int current = -1;
    for (String line : NameLexicon.lines(resource)) {
      if (line.startsWith("[")) {
        current = java.util.Arrays.asList(headings).indexOf(line);
        if (current < 0) {
          throw new IllegalStateException(resource + ": unknown heading " + line);
        }
        out[current] = new HashSet<>();
        continue;
      }
      if (current < 0) {
        throw new IllegalStateException(resource + ": words before the first [heading]");
      }
      for (String w : line.split("\\s+")) {
        out[current].add(w);
      }
    }
    for (int k = 0; k < out.length; k++) {
      if (out[k] == null) {
        throw new IllegalStateException(resource + ": no " + headings[k]);
      }
    }
    return out;
  }

  /** Tokens [start, end) are a capital: does it stand for its government here? */
  boolean standsForGovernment(Tokens t, int start, int end) {
    int last = end - 1;
    if (t.has(start, Tokens.DATELINE) || t.has(last, Tokens.POSSESSIVE)) {
      return true;
    }
    if (end < t.size && !t.has(end, Tokens.BREAK_BEFORE) && (t.has(start, Tokens.SHOUT) || !t.has(end, Tokens.CAP))
        && !placeOfTheSubject(t, start, end)) {
      String next = t.lower[end];
      if (afterCapital.contains(next)) {
        return true;
      }
      int then = end + 1;
      if (auxiliaries.contains(next) && then < t.size && !t.has(then, Tokens.BREAK_BEFORE)
          && (afterCapital.contains(t.lower[then]) || t.lower[then].endsWith("ed"))) {
        return true;
      }
    }
    int prev = start - 1;
    if (prev >= 2 && !t.has(start, Tokens.BREAK_BEFORE) && !t.has(prev, Tokens.BREAK_BEFORE) && "in".equals(t.lower[prev])
        && GOVERNMENT_BEFORE_ITS_SEAT.contains(t.lower[prev - 1]) && "the".equals(t.lower[prev - 2])) {
      // "talks with the government in Bonn", "the authorities in Beijing" (test29 once opened); not "our energy
      // authorities in London", a state's body abroad
      return true;
    }
    return prev >= 0 && !t.has(start, Tokens.BREAK_BEFORE) && !t.has(prev, Tokens.CAP)
        && beforeCapital.contains(t.lower[prev]);
  }

  /**
   * A government named by where it sits: "the government in Bonn". Not "officials in London", who may be anyone's.
   */
  private static final Set<String> GOVERNMENT_BEFORE_ITS_SEAT = Set.of("government", "authorities", "leadership",
      "regime", "administration");

  /**
   * "Traders in London said", "OECD sources in Paris said", "a dealer for a German bank in London said": a capital
   * after "in" is where the sentence's subject is, and the verb after it is the subject's (test27 once opened: the
   * opened parts' wrong United Kingdoms were mostly this).
   */
  private static boolean placeOfTheSubject(Tokens t, int start, int end) {
    int prev = start - 1;
    return prev >= 0 && !t.has(start, Tokens.BREAK_BEFORE) && "in".equals(t.lower[prev])
        && !GOVERNMENT_NOUNS.contains(t.lower[end]) || seatOfTheFirmBefore(t, start);
  }

  /**
   * "L.M. Ericsson Telephone Co of Stockholm said": a capital after "of" and a short company form is the firm's seat,
   * and the verb after it is the firm's (test38 once opened), as "Shiseido Co of Tokyo" names no Japan.
   */
  private static boolean seatOfTheFirmBefore(Tokens t, int start) {
    int of = start - 1;
    return of >= 1 && !t.has(start, Tokens.BREAK_BEFORE) && !t.has(of, Tokens.BREAK_BEFORE) && "of".equals(t.lower[of])
        && t.has(of - 1, Tokens.CAP) && OrganisationWords.SHORT_COMPANY_FORMS.contains(t.lower[of - 1]);
  }

  /** "In Dublin government circles", "in Moscow officials' eyes": the capital still names its government. */
  private static final Set<String> GOVERNMENT_NOUNS = Set.of("government", "officials", "official", "authorities",
      "leaders", "leadership", "regime", "administration", "policy", "policies");

  /** A word of {@code [after capital]}: a verb or a word of government that says a capital acts ("Moscow told"). */
  boolean actsAfterCapital(String word) {
    return afterCapital.contains(word);
  }

  /** Does the state's central organ at tokens [start, end), named alone, act here? ({@link OrganActs}) */
  boolean organActs(Tokens t, int start, int end) {
    return organs.acts(t, start, end);
  }

  /**
   * "London's King Cross station", "London's famous Savoy hotel", "London's soft futures markets", "London's Labour
   * mayor", "London's 2012 Olympic bid": a capital's possessive before one of the city's own places, markets or
   * offices (a word of {@code [city thing after capital]} within its next three words) is the city, not the
   * government that "Washington's policies" name (LABELLING.md: a capital used as a place).
   */
  boolean possessiveOfACityThing(Tokens t, int end) {
    if (!t.has(end - 1, Tokens.POSSESSIVE) || t.has(end - 1, Tokens.SHOUT)) {
      return false;
    }
    for (int j = end; j < t.size && j < end + 3 && !t.has(j, Tokens.BREAK_BEFORE); j++) {
      t.steps++;
      if (cityThings.contains(t.lower[j])) {
        return true;
      }
      if (t.has(j, Tokens.POSSESSIVE)) {
        break;
      }
    }
    return false;
  }

  /**
   * Tokens [start, end) name a country: does the word after make them an event, a work, a currency or
   * a chart instead ("French Open", "Uruguay Round", "Canadian dlrs", "the US albums chart", "UK hit
   * singles")?
   */
  boolean namesThing(Tokens t, int start, int end, boolean demonym) {
    if (t.has(end - 1, Tokens.CURRENCY_SIGN_AFTER) || currencyBefore(t, start, end, demonym)) {
      return true; // "US$22,900", "one dlr U.S.", "54 mln dlrs (U.S.)": a currency (LABELLING.md)
    }
    if (end + 1 < t.size && t.has(end, Tokens.SLASH_BEFORE) && t.has(end, Tokens.CAP)
        && !t.has(end + 1, Tokens.BREAK_BEFORE) && currencyOrChartAfter.contains(t.lower[end + 1])) {
      return true; // "201.66 Malaysian/Singapore cents": the rubber pact's price, in the two states' currency
    }
    if (end < t.size && t.has(end, Tokens.HYPHEN_BEFORE) && t.lower[end].equals("era")) {
      return true; // "Soviet-era canals", "Yugoslav-era factories": a period (session 43, news38's development half)
    }
    if (end >= t.size || t.has(end, Tokens.BREAK_BEFORE) || t.has(end - 1, Tokens.POSSESSIVE)) {
      return false;
    }
    String next = t.lower[end];
    if (demonym && cuisine(t, end)) {
      return true; // "Chi-Chi's 200 Mexican food restaurants", "a Thai restaurant": a cuisine (session 45, test42)
    }
    if (t.has(end, Tokens.CAP) && !t.has(end, Tokens.SHOUT)) {
      return thingAfter.contains(next) || currencyOrChartAfter.contains(next); // also "U.S. Dlr tranche"
    }
    // "the Uruguay round": the trade talks keep their lower-case "round" in most wire copy.
    if (currencyOrChartAfter.contains(next) || t.has(end, Tokens.SHOUT) && thingAfter.contains(next)
        || next.equals("round")) {
      return true;
    }
    int then = end + 1;
    // "the Australian and Canadian dollar": a currency word after "and"/"or" and one more country word.
    if ((next.equals("and") || next.equals("or")) && then + 1 < t.size && t.has(then, Tokens.CAP)
        && !t.has(then, Tokens.BREAK_BEFORE) && !t.has(then + 1, Tokens.BREAK_BEFORE)
        && CURRENCY_UNITS.contains(t.lower[then + 1])) {
      return true;
    }
    // One word between for the charts only: "UK hit singles", "US top albums".
    return then < t.size && !t.has(then, Tokens.BREAK_BEFORE) && !t.has(end, Tokens.SHOUT)
        && (t.lower[then].equals("singles") || t.lower[then].equals("albums") || t.lower[then].equals("chart"));
  }

  /**
   * A demonym before a lower-case word of the kitchen names a cuisine, not the state: "a Mexican restaurant", "Greek
   * cuisine", "Mexican food restaurants" ("food" only before a restaurant: "Japanese food aid" is the state's aid,
   * "an Italian food group" a firm's home).
   */
  private static boolean cuisine(Tokens t, int end) {
    if (t.has(end, Tokens.CAP)) {
      return false;
    }
    int at = t.lower[end].equals("food") && end + 1 < t.size && !t.has(end + 1, Tokens.BREAK_BEFORE) ? end + 1 : end;
    return KITCHEN_WORDS.contains(t.lower[at]);
  }

  private static final Set<String> KITCHEN_WORDS = Lookups.setOf("cuisine", "cuisines", "restaurant", "restaurants",
      "eatery", "eateries", "takeaway", "takeaways", "dishes", "cookery");

  /**
   * A currency word right before the country word, or before it in brackets: "one dlr U.S. or 1.34 dlrs
   * Canadian", "54 mln dlrs (U.S.)" name the currency the amount is in.
   */
  private boolean currencyBefore(Tokens t, int start, int end, boolean demonym) {
    int prev = start - 1;
    return prev >= 0 && (!t.has(start, Tokens.BREAK_BEFORE) || t.has(start, Tokens.BRACKET_BEFORE))
        && !t.has(prev, Tokens.CAP) && CURRENCY_UNITS.contains(t.lower[prev])
        && (demonym || !modifiesTheNextWord(t, end));
  }

  /**
   * "a 3.55 billion dlr U.S. defense contract", "a 170 billion dlr U.S. trade deficit": a country word between an
   * amount's dollar and a lower-case noun is the noun's (whose contract, whose deficit), not the dollar's; "one dlr
   * U.S. or 1.34 dlrs Canadian", "54 mln dlrs U.S. in 1986" and "dlrs U.S. equivalent" stay currencies, and so does a
   * demonym after the dollar, whatever follows ("a seven mln dlrs Canadian line of credit").
   */
  private boolean modifiesTheNextWord(Tokens t, int end) {
    if (end >= t.size || t.has(end, Tokens.BREAK_BEFORE) || t.has(end, Tokens.CAP) || t.has(end, Tokens.DIGIT)) {
      return false;
    }
    String next = t.lower[end];
    return next.length() > 3 && !AFTER_A_CURRENCY.contains(next) && !currencyOrChartAfter.contains(next);
  }

  /** Words that follow a currency's "dlrs U.S." on the wire, not a noun the country word could be of. */
  private static final Set<String> AFTER_A_CURRENCY = Lookups.setOf("equivalent", "each", "from", "with", "last",
      "this", "that", "which", "when", "after", "before", "against", "over", "under", "until", "since", "into", "while",
      "plus", "compared", "versus", "respectively", "only", "also");

  /**
   * An amount in dollars right after a short form or a demonym ("an offering of U.S 100 mln dlrs", "Australian 50 mln
   * dlrs") says whose dollars they are: a currency (LABELLING.md). Not after a name: "loaned Portugal 50 mln dlrs".
   */
  static boolean amountInItsDollarsAfter(Tokens t, int k) {
    if (k >= t.size || !t.has(k, Tokens.DIGIT) || t.has(k, Tokens.BREAK_BEFORE)) {
      return false;
    }
    int unit = k + 1;
    if (unit < t.size && AMOUNT_SCALES.contains(t.lower[unit]) && !t.has(unit, Tokens.BREAK_BEFORE)) {
      unit++;
    }
    return unit < t.size && !t.has(unit, Tokens.BREAK_BEFORE) && CURRENCY_UNITS.contains(t.lower[unit]);
  }

  private static final Set<String> AMOUNT_SCALES = Lookups.setOf("mln", "million", "billion", "bln", "billions");

  /** The dollar's words: an amount in them may be followed by whose dollar it is. */
  private static final Set<String> CURRENCY_UNITS = Lookups.setOf("dlr", "dlrs", "dollar", "dollars");

  /** Tokens [start, end) are a demonym: is it the name of a language here? */
  boolean isLanguage(Tokens t, int start, int end) {
    if (end < t.size && !t.has(end, Tokens.BREAK_BEFORE) && afterLanguage.contains(t.lower[end])) {
      return true;
    }
    // "Dutch and French speaking parties", "English or Arabic speakers": the first of two languages joined by
    // "and" or "or" before the language word (session 22, Belgium's coalition of Dutch and French speakers).
    int second = end + 1;
    if (second + 1 < t.size && (t.lower[end].equals("and") || t.lower[end].equals("or"))
        && !t.has(end, Tokens.BREAK_BEFORE) && !t.has(second, Tokens.BREAK_BEFORE) && t.has(second, Tokens.CAP)
        && !t.has(second + 1, Tokens.BREAK_BEFORE) && afterLanguage.contains(t.lower[second + 1])) {
      return true;
    }
    int prev = start - 1;
    boolean closes = end >= t.size || t.has(end, Tokens.BREAK_BEFORE) || t.has(end, Tokens.SENT_START);
    boolean beforeAnd = end < t.size && (t.lower[end].equals("and") || t.lower[end].equals("or"));
    if ((closes || beforeAnd) && end == start + 1 && insideAListOfLanguages(t, start)) {
      return true; // "translated from Danish, French, Italian and Japanese"
    }
    if (!closes || prev < 0 || t.has(start, Tokens.BREAK_BEFORE) || t.lower[end - 1].endsWith("s")) {
      return false; // "travellers in Germans, Norwegians and Swedes": a people in the plural, no language
    }
    return beforeLanguage.contains(t.lower[prev]) || endsAListOfLanguages(t, prev)
        || t.lower[prev].equals("of") && prev > 0 && (t.lower[prev - 1].equals("words") || t.lower[prev - 1].equals("word"));
  }

  /**
   * "works in Swahili, Dholuo and French,": {@code and} (or "or") ends a list of capitalised words, joined by commas,
   * that opens after a word of [before language]: the list's last word is a language as its first is (session 47,
   * news42's development half).
   */
  private boolean endsAListOfLanguages(Tokens t, int and) {
    if (!t.lower[and].equals("and") && !t.lower[and].equals("or") || t.has(and, Tokens.BREAK_BEFORE)) {
      return false; // (the language itself in the plural is ruled out by isLanguage before it asks)
    }
    for (int k = and - 1; k > 0 && k >= and - LANGUAGE_LIST_REACH; k--) {
      if (!t.has(k, Tokens.CAP) || t.has(k, Tokens.SENT_START) || t.lower[k].endsWith("s")) {
        return false; // "Germans, Norwegians and Swedes" are peoples
      }
      if (!t.has(k, Tokens.BREAK_BEFORE)) {
        return beforeLanguage.contains(t.lower[k - 1]);
      }
    }
    return false;
  }

  /**
   * The demonym at {@code start} stands inside a list, after a comma, whose last item, after "and" or "or", closes its
   * clause, and the list is one of languages as {@link #endsAListOfLanguages} reads it back from that "and"
   * ("translated from Danish, French, Italian and Japanese", session 48, news43's development half).
   */
  private boolean insideAListOfLanguages(Tokens t, int start) {
    if (!t.has(start, Tokens.BREAK_BEFORE) || t.has(start, Tokens.SENT_START)) {
      return false; // the list's first item is read from the word before it
    }
    for (int k = start + 1; k + 1 < t.size && k <= start + LANGUAGE_LIST_REACH; k++) {
      if (t.lower[k].equals("and") || t.lower[k].equals("or")) {
        int last = k + 1;
        return t.has(last, Tokens.CAP) && !t.has(last, Tokens.BREAK_BEFORE)
            && (last + 1 >= t.size || t.has(last + 1, Tokens.BREAK_BEFORE) || t.has(last + 1, Tokens.SENT_START))
            && endsAListOfLanguages(t, k);
      }
      if (!t.has(k, Tokens.CAP) || !t.has(k, Tokens.BREAK_BEFORE)) {
        return false;
      }
    }
    return false;
  }

  /** How many words a list of languages may hold before its "and": "in Swahili, Dholuo, Luhya, Kikuyu and ...". */
  private static final int LANGUAGE_LIST_REACH = 6;
}
