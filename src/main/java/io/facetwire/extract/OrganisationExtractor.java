package io.facetwire.extract;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import static io.facetwire.extract.OrganisationWords.*;

/**
 * Finds the organisations an article names, in one pass over the tokens:
 * <ol>
 * <li>a well-known organisation by any of its names ({@link OrganisationGazetteer}: "IMF", "the Fed",
 *     "Deutsche Bundesbank", "US Securities and Exchange Commission") gives its one value;</li>
 * <li>a whole run of capitalised words that the mined list has ({@link MinedOrganisations}: "Deutsche
 *     Boerse", "Parmalat") gives itself as written;</li>
 * <li>any other run of capitalised words is read by {@link OrganisationRuns}: it names an organisation
 *     when it ends in an organisation word ("Volkswagen AG") or a cue announces it ("security firm
 *     Sophos", "shares in Sendo", {@link OrganisationCues});</li>
 * <li>an acronym in brackets after a name ("International Tin Council (ITC)") stands for that name
 *     wherever the article uses it; other unknown acronyms are left out unless a cue points at them.</li>
 * </ol>
 * Work per token is bounded by the longest gazetteer name and the longest run, so extraction stays
 * linear in the text. Thread-safe: all state is per call ({@link FoundOrganisations}).
 */
final class OrganisationExtractor {

  private final OrganisationGazetteer gazetteer;
  private final NameLexicon lexicon;
  private final OrganisationRuns runs;
  private final MinedOrganisations mined;
  /** What the words around a mined name say of it: a person's role ("William Blair, an executive member of ..."). */
  private final PersonCues personCues;
  /** The known value of "US Treasury", beside which a bare "Treasury" is no second value ({@link TreasuryMentions}). */
  private final String usTreasury;

  OrganisationExtractor(OrganisationGazetteer gazetteer, NameLexicon lexicon, CountryGazetteer places,
      MinedOrganisations mined) {
    this.gazetteer = gazetteer;
    this.lexicon = lexicon;
    this.runs = new OrganisationRuns(gazetteer, lexicon, places);
    this.mined = mined;
    this.personCues = new PersonCues(lexicon, places);
    this.usTreasury = gazetteer.canonical("us treasury");
  }

  /**
   * The organisations of an article from this publisher ("BBC News", "Reuters"; empty if unknown), without
   * the publisher's own byline ({@link OrganisationContext#withoutOwnByline}), with the company a shouted
   * wire headline names before its ticker ({@link HeadlineCompanies}); one value per organisation, a name
   * the gazetteer does not have without its legal form ({@link OrganisationIdentity#oneValueEach}), and the
   * companies a wire story marks in its body ({@link WireCompanyMarks}: "&lt;Burnham Leasing&gt;").
   */
  List<String> extract(Tokens t, String publisher, String title, String body) {
    List<String> found = WireCompanyMarks.withMarked(HeadlineCompanies.withHeadline(
        OrganisationContext.withoutOwnByline(t, extract(t), publisher), title), body, gazetteer::canonical);
    t.steps += found.size();
    return TreasuryMentions.withoutBareBesideFull(OrganisationIdentity.oneValueEach(found, gazetteer::isValue),
        usTreasury);
  }

  List<String> extract(Tokens t) {
    return scan(t).values(t);
  }

  /** What one pass over the tokens finds, before it becomes the article's values (also what is mined). */
  FoundOrganisations scan(Tokens t) {
    FoundOrganisations f = new FoundOrganisations(t, lexicon);
    int[] partyEnd = new int[1];
    int i = 0;
    while (i < t.size) {
      String defined = isAcronym(t, i) && !(i + 1 < t.size && joinedToName(t, i + 1) && t.has(i + 1, Tokens.CAP))
          ? f.acronyms.get(t.lower[i]) : null; // not "NTT DoCoMo", a longer name
      // The definition as the list writes a value ("Standard & Poor's": its key drops the "&"), else by its key.
      // Another state's namesake of a listed body ("Kenya's Electoral Commission (IEBC)") is a whole name too.
      defined = defined == null ? null : gazetteer.isValue(defined) || f.namesakes.contains(defined) ? defined
          : gazetteer.canonical(defined.toLowerCase(Locale.ROOT));
      if (defined != null) {
        // "the European Commission (EC)", "the London Stock Exchange (LSE)": the article's own definition, when it
        // is a known name, wins over the list's or the mined list's reading of the letters (the EC of 1987, a
        // mined "LSE"; session 16). An unknown one may be a run cut short ("Scientific and Cultural Organization").
        f.names.add(defined);
        i++;
        continue;
      }
      int next = matchQualified(t, i, f);
      if (next > i) {
        i = next;
        continue;
      }
      if (TreasuryMentions.at(t, i)) {
        f.names.add(TreasuryMentions.VALUE); // "the Treasury said"
        i++;
        continue;
      }
      int web = WebCompanyNames.end(t, i);
      if (web > 0) {
        String known = gazetteer.canonical(String.join(" ", Arrays.copyOfRange(t.lower, i, web + 1)));
        f.names.add(known != null ? known : WebCompanyNames.written(t, i, web)); // "Amazon.com"
        i = web + 1;
        continue;
      }
      int sign = CallSigns.end(t, i);
      if (sign > 0) {
        f.names.add(OrganisationRuns.joined(t, i, sign)); // "WJTC-TV"
        i = sign + 1;
        continue;
      }
      if (isNameWord(t, i)) {
        String party = PartyMentions.at(t, i, partyEnd);
        if (party != null && gazetteer.isValue(party)) {
          f.names.add(party); // "Liberal Democrat leader Charles Kennedy"
          i = partyEnd[0] + 1;
          continue;
        }
        next = matchMined(t, i, f);
        i = next > i ? next : runs.read(t, i, f, f.names, OrganisationCues.announced(t, i));
        continue;
      }
      if (isAcronym(t, i)) {
        f.bareAcronyms.add(t.lower[i]);
      }
      i++;
    }
    return f;
  }

  /**
   * A mined name ({@link MinedOrganisations}) that is the whole run of capitalised words at token i
   * ("Deutsche Boerse bosses", not "Sendo" of "Sendo Mobile Ltd"), and not the surname of a person the
   * article names ("John McAfee"): adds it and returns the token after it, else returns i. Counted like
   * a cued name, so a short form beside the fuller name it starts is one organisation.
   */
  private int matchMined(Tokens t, int i, FoundOrganisations f) {
    if (i > 0 && t.has(i - 1, Tokens.CAP) && !t.has(i, Tokens.SENT_START) && !LEADING_NOISE.contains(t.lower[i - 1])
        && !(t.has(i, Tokens.BREAK_BEFORE) && f.minedEnd == i - 1)) {
      return i; // inside a run ("Goldman, Sachs and Co"), unless in a list of mined names ("Blinkx, Copernic")
    }
    int end = mined.match(t, i);
    int unit = end < 0 ? -1 : OrganisationTails.regionalUnitEnd(t, end);
    end = unit > end ? unit : end; // "Daiwa Securities America"
    if (end < 0 || goesOn(t, end) || end == i && f.article.isSurname(t.lower[i]) || describedAsAPerson(t, i, end)) {
      return i;
    }
    f.cued.add(OrganisationRuns.joined(t, i, end));
    f.minedEnd = end;
    return end + 1;
  }

  /**
   * A mined firm named for its founder, given name and surname ("William Blair", "Charles Schwab"), is the person
   * where the words after it describe one: "said William Blair, an executive member of Canada's St Lawrence Seaway
   * Authority" (session 43, test40).
   */
  private boolean describedAsAPerson(Tokens t, int i, int end) {
    return end == i + 1 && lexicon.isCommonFirstName(t.lower[i]) && personCues.described(t, i, end);
  }

  /**
   * A gazetteer name at token i, or after "The" or a country that does not change which body it is
   * ("The US Securities and Exchange Commission"): adds it and returns the token after it, else returns i.
   */
  private int matchQualified(Tokens t, int i, FoundOrganisations f) {
    int next = matchKnown(t, i, f);
    if (next == i && !mayStartKnownAfter(t, i)) {
      return i; // the loop below would try no name: spare its look-ups of "the" and the qualifiers for this token
    }
    for (int q = i; next == i && q < i + 2 && q + 1 < t.size && !t.has(q + 1, Tokens.BREAK_BEFORE)
        && ("the".equals(t.lower[q]) || NATIONAL_QUALIFIERS.contains(t.lower[q])); q++) {
      if (isAcronym(t, q + 1) && f.namesakes.contains(f.acronyms.get(t.lower[q + 1]))) {
        return i; // "the AEC" of an article that defined it for "the Australian Electoral Commission": read there
      }
      int after = matchKnown(t, q + 1, f);
      next = after > q + 1 ? after : i;
    }
    return next;
  }

  /**
   * Whether the qualifier loop of {@link #matchQualified} could try a name after token i: one that may start at
   * i + 1 or i + 2 ({@link #mayStartKnown}) with no break before it. When neither may, every {@link #matchKnown}
   * the loop makes returns at once, so the loop finds nothing whatever the words at i and i + 1 are.
   */
  private static boolean mayStartKnownAfter(Tokens t, int i) {
    return i + 1 < t.size && !t.has(i + 1, Tokens.BREAK_BEFORE) && (mayStartKnown(t, i + 1)
        || i + 2 < t.size && !t.has(i + 2, Tokens.BREAK_BEFORE) && mayStartKnown(t, i + 2));
  }

  /** What {@link #matchKnown} asks first of a name's first token: capitalised, dotted or camel-cased. */
  private static boolean mayStartKnown(Tokens t, int i) {
    return t.capitalised(i) || t.has(i, Tokens.DOTTED) || isCamelCased(t, i);
  }

  /** A gazetteer name starting at token i: adds it and returns the token after it, else returns i. */
  private int matchKnown(Tokens t, int i, FoundOrganisations f) {
    if (!mayStartKnown(t, i)) {
      return i;
    }
    NamePhrases.Match<OrganisationGazetteer.Name> match = gazetteer.longestAt(t, i, OrganisationExtractor::fits);
    if (match == null) {
      return i;
    }
    OrganisationGazetteer.Name best = match.value();
    int bestEnd = match.end();
    if ((best.organisation().commonWord() || best.possessive()) && bestEnd == i && f.article.isSurname(t.lower[i])) {
      return i; // "Ford" of a story that names Harrison Ford, "Sainsbury's" of one that names Lord Sainsbury
    }
    if (best.possessive()) {
      bestEnd = possessiveNameEnd(t, i, best.organisation()); // "Moody's Investors Service Inc"
    }
    if (best.organisation().platform() && PlatformMedia.namedAsMedium(t, i, bestEnd)) {
      return bestEnd + 1; // "wrote on Twitter"
    }
    if (best.acronym() && !f.acronymFits(best.organisation(), t)) {
      return bestEnd + 1; // "the plane's ETA", "Brent futures on ICE": the letters' other meaning
    }
    if (bestEnd + 1 < t.size && "ministry".equals(t.lower[bestEnd + 1]) && !t.has(bestEnd + 1, Tokens.BREAK_BEFORE)
        && !t.has(bestEnd, Tokens.POSSESSIVE)) {
      return runs.read(t, i, f, f.names, false); // "Labour Ministry figures": a ministry's job, not the party
    }
    if (bestEnd + 1 < t.size && isNameWord(t, bestEnd + 1) && joinedToName(t, bestEnd + 1)
        && !t.has(bestEnd, Tokens.POSSESSIVE)) {
      // A longer name that starts with a known one is another body: "General Motors Acceptance Corp",
      // "LG Electronics", "Barclays de Zoete Wedd Ltd".
      TreeSet<String> longer = new TreeSet<>();
      int after = runs.read(t, i, f, longer, false);
      if (after > bestEnd + 1 && !longer.isEmpty() && startsWithTheKnownName(longer, t, i)
          && (ENDINGS.contains(t.lower[after - 1]) || "and".equals(t.text[after])
              || after - 1 > bestEnd + 1 && OrganisationTails.isRegion(t, after - 1))) {
        // "General Motors Acceptance Corp Canada"; a region right after the known name is read below
        f.names.addAll(longer);
        return after;
      }
    }
    bestEnd = OrganisationTails.afterCompanyForms(t, bestEnd);
    int unit = OrganisationTails.regionalUnitEnd(t, bestEnd);
    if (unit > bestEnd && !best.organisation().generic() && !best.organisation().sportOnly()) {
      String name = OrganisationRuns.joined(t, i, unit); // "Swiss Bank Corp International", "Lycos Europe"
      // In a story about sport "the Norwich Union International" is a sponsor's meeting ({@link #sponsorsAName}).
      (sponsorsAName(t, bestEnd, best.organisation()) ? f.sponsors : f.names).add(name);
      OrganisationRuns.defineAcronym(t, unit, name, f);
      return unit + 1;
    }
    if (best.organisation().generic() || namesAnEvent(t, bestEnd) || isTownNotClub(t, i, bestEnd, best)
        || OrganisationTails.namesItsSecurities(t, bestEnd) || OrganisationTails.namesAnIndex(t, bestEnd)) {
      return bestEnd + 1;
    }
    String namesake = runs.namesake(t, i, bestEnd, best.organisation().name()); // "Kenya's Electoral Commission"
    (best.organisation().sportOnly() ? f.clubs : sponsorsAName(t, bestEnd, best.organisation()) ? f.sponsors : f.names)
        .add(namesake != null ? namesake : best.organisation().name());
    if (namesake != null) {
      f.namesakes.add(namesake);
    }
    // "Kenya's Electoral Commission (IEBC)": the acronym stands for the body named, not the listed one of its name.
    OrganisationRuns.defineAcronym(t, bestEnd, namesake != null ? namesake : best.organisation().name(), f);
    return bestEnd + 1;
  }

  /** Name words after a listed possessive short name ("Moody's") that may still be its full name. */
  private static final int MAX_AFTER_POSSESSIVE = 3;

  /**
   * The last token of a listed organisation's full name that starts with its possessive short name: "Moody's
   * Investors Service" is Moody's whole, where the list's look-up stops at the possessive; without this its tail
   * was read as a name of its own ("Service" of "Moody's Investors Service Inc", 12 wrong values over the opened
   * parts, session 19). Else the possessive itself. At most {@link #MAX_AFTER_POSSESSIVE} look-ups, only here.
   */
  private int possessiveNameEnd(Tokens t, int i, OrganisationGazetteer.Organisation org) {
    int end = i;
    for (int k = i + 1; k < t.size && k <= i + MAX_AFTER_POSSESSIVE && !t.has(k, Tokens.BREAK_BEFORE)
        && isNameWord(t, k); k++) {
      t.steps++;
      if (org.name().equals(gazetteer.canonical(OrganisationRuns.lowerJoined(t, i, k)))) {
        end = k;
      }
    }
    return end;
  }

  /**
   * The longer names read over a known one start where it starts: "General Motors Acceptance Corp" does, but not
   * "Trust Co" of "Bankers Trust Co", which the run reader cut after a word of people ("Bankers").
   */
  private static boolean startsWithTheKnownName(TreeSet<String> longer, Tokens t, int i) {
    String first = t.text[i];
    // "the U.S. Senate Agriculture Committee": the run reader drops the state's word before a chamber's committee.
    String chamber = i + 1 < t.size && OrganisationWords.CHAMBERS.contains(t.lower[i + 1]) ? t.text[i + 1] + " " : null;
    for (String name : longer) {
      if (!name.startsWith(first) && (chamber == null || !name.startsWith(chamber))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the run of capitalised words goes on after token end: with another capitalised word, or with
   * "and", "of", "for", "de" and one ("Tate | and Lyle PLC", "Bank | of Tokyo").
   */
  private static boolean goesOn(Tokens t, int end) {
    int k = end + 1;
    if (k >= t.size || !joinedToName(t, k) || t.has(end, Tokens.POSSESSIVE)) {
      return false;
    }
    return t.has(k, Tokens.CAP) || CONNECTORS.contains(t.text[k]) && k + 1 < t.size
        && !t.has(k + 1, Tokens.BREAK_BEFORE) && t.has(k + 1, Tokens.CAP);
  }

  /**
   * "FA Cup", "Uefa Cup", "Bafta Awards": the organisation's name is part of an event's name, which is
   * no mention of the organisation (events are no organisations; another mention still counts).
   */
  private static boolean namesAnEvent(Tokens t, int end) {
    int k = end + 1;
    // Not in a shouted headline, which carries no case: "EC AWARDS EXPORT LICENCES" is the EC acting.
    return k < t.size && t.has(k, Tokens.CAP) && !t.has(k, Tokens.SHOUT) && !t.has(k, Tokens.ALL_CAPS)
        && !t.has(k, Tokens.BREAK_BEFORE)
        && !t.has(end, Tokens.POSSESSIVE)
        && TROPHIES.contains(t.lower[k]);
  }

  /**
   * "the RBS Six Nations", "the Norwich Union GB team": a known name right before another capitalised name that
   * is no person's title or given name; in a story about sport it is a sponsor's name in an event's or team's name
   * ({@link FoundOrganisations#values} decides), no mention of the sponsor acting. Not a sport's own body, which
   * runs the event ("IRB Sevens", "FA Cup" — see {@link #namesAnEvent} —, "ATP Tour": the tour is the ATP).
   */
  private boolean sponsorsAName(Tokens t, int end, OrganisationGazetteer.Organisation org) {
    int k = end + 1;
    return k < t.size && isNameWord(t, k) && !t.has(k, Tokens.BREAK_BEFORE) && !t.has(end, Tokens.POSSESSIVE)
        && lexicon.titleKind(t.lower[k]) == NameLexicon.TitleKind.NONE && !lexicon.isFirstName(t.lower[k])
        && !"tour".equals(t.lower[k]) && namesAnEventOrTeam(t, k) && !namesASport(org.name());
  }

  /**
   * The capitalised words from k (at most three) name an event or a team: one of them is an event's word ("Six
   * Nations", "Grand Prix", "Indoor Championships") or a team's word follows them ("GB team"). "Google Play",
   * "Oracle Linux", "NASA Administrator" name none.
   */
  private static boolean namesAnEventOrTeam(Tokens t, int k) {
    for (int m = k; m < t.size && m < k + 3 && (m == k || !t.has(m, Tokens.BREAK_BEFORE)); m++) {
      t.steps++;
      if (!isNameWord(t, m) && !t.has(m, Tokens.ALL_CAPS)) {
        return TEAM_WORDS.contains(t.lower[m]);
      }
      if (TROPHIES.contains(t.lower[m]) || EVENT_WORDS.contains(t.lower[m])) {
        return true;
      }
    }
    return false;
  }

  /** Words of a sponsored event's name beside {@code TROPHIES}: "RBS Six Nations", "Norwich Union International". */
  private static final java.util.Set<String> EVENT_WORDS = Lookups.setOf("nations", "prix", "premiership", "series",
      "sevens", "masters", "international", "indoor", "trials", "challenge", "stakes", "derby", "tournament", "rally");

  /** Lower-case words after a sponsor's name and a team's: "the Norwich Union GB team". */
  private static final java.util.Set<String> TEAM_WORDS = Lookups.setOf("team", "squad", "trials", "series");

  /** "International Rugby Board", "Football Association", "Lawn Tennis Association": a sport's own body. */
  private static boolean namesASport(String name) {
    for (String w : name.toLowerCase(java.util.Locale.ROOT).split(" ")) {
      if (SPORTS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static final java.util.Set<String> SPORTS = Lookups.setOf("football", "rugby", "tennis", "cricket",
      "athletics", "olympic", "golf", "hockey", "cycling", "swimming", "boxing", "racing", "sport", "sports",
      "basketball", "baseball", "league");

  /** "races in Birmingham on Friday": a club named by its town alone, after "in", is the town. */
  private static boolean isTownNotClub(Tokens t, int i, int end, OrganisationGazetteer.Name name) {
    return name.organisation().sportOnly() && i == end && i > 0 && "in".equals(t.lower[i - 1]);
  }

  /**
   * Token k goes on with the name before it: no punctuation between, "&" ("Daily Mail & General Trust"), or a
   * bracketed region before a legal form ("Salomon Brothers (Asia) Ltd").
   */
  private static boolean joinedToName(Tokens t, int k) {
    return !t.has(k, Tokens.BREAK_BEFORE) || t.has(k, Tokens.AMPERSAND_BEFORE) && t.has(k, Tokens.CAP)
        || OrganisationRuns.formAfterBracketedPart(t, k) >= 0; // "Salomon Brothers (Asia) Ltd"
  }

  /** Acronyms only in capitals and not in a shouted headline; one-word names must be capitalised. */
  private static boolean fits(Tokens t, int from, int to, OrganisationGazetteer.Name name) {
    if (name.acronym()) {
      // "G8"; and British style writes a long acronym as a word: "Nasa", "Nato", "Unicef".
      return isAcronym(t, from) || !t.has(from, Tokens.SHOUT) && (t.has(from, Tokens.DOTTED)
          || t.has(from, Tokens.ALL_CAPS) && t.has(from, Tokens.DIGIT)
          || t.text[from].length() >= 4 && t.has(from, Tokens.CAP) && !t.has(from, Tokens.SENT_START));
    }
    if (from == to && name.organisation().commonWord() && !standsAlone(t, from)) {
      return false;
    }
    if (from == to) {
      return (t.has(from, Tokens.CAP) || isCamelCased(t, from)) && !t.has(from, Tokens.SHOUT)
          && (!name.possessive() || t.has(from, Tokens.POSSESSIVE)); // "Moody's", not "Lewis Moody"
    }
    return t.capitalised(to) || t.has(to, Tokens.DOTTED) || t.has(to, Tokens.DIGIT); // "Channel 4"
  }

  /**
   * A company whose one-word name is also a common word ("Shell", "Orange", "Amazon", "Ford", session 16) is meant
   * only where the word stands alone in mid-sentence: not at a sentence's start ("Shell companies"), not in a longer
   * capitalised name ("Agent Orange", "Orange Revolution", "Harrison Ford"), not after "the" ("the Amazon", "the
   * Emirates") and not before a word of a place ("Amazon rainforest").
   */
  private static boolean standsAlone(Tokens t, int i) {
    return !t.has(i, Tokens.SENT_START)
        && !(i > 0 && t.has(i - 1, Tokens.CAP) && !t.has(i, Tokens.BREAK_BEFORE))
        && !(i + 1 < t.size && t.has(i + 1, Tokens.CAP) && !t.has(i + 1, Tokens.BREAK_BEFORE))
        && !(i > 0 && "the".equals(t.lower[i - 1]))
        && !(i + 1 < t.size && PLACE_NOUNS.contains(t.lower[i + 1]));
  }

  private static final java.util.Set<String> PLACE_NOUNS = Lookups.setOf("rainforest", "river", "basin", "jungle",
      "region", "forest", "delta", "valley", "county", "state");

  /**
   * A capitals-only token of two to six letters in mixed-case text: "NATO", "ITC", and "NASA" of "NASA's" (the
   * tokenizer reads the lower-case "s" of a possessive into its case flags, so "IBM's" has no {@code ALL_CAPS}).
   */
  static boolean isAcronym(Tokens t, int i) {
    String w = t.text[i];
    return (t.has(i, Tokens.ALL_CAPS) || t.has(i, Tokens.POSSESSIVE) && capitalsOnly(w))
        && !t.has(i, Tokens.SHOUT) && !t.has(i, Tokens.DIGIT) && w.length() >= 2 && w.length() <= 6;
  }

  /** Every character an upper-case letter: "NASA" (a possessive's "'s" is no longer part of the token text). */
  private static boolean capitalsOnly(String w) {
    for (int k = 0; k < w.length(); k++) {
      if (!Character.isUpperCase(w.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * "eBay", "easyJet", "iRiver": a name written with a lower-case first letter and a capital inside, which the
   * tokenizer does not mark as capitalised; no English word is written so, so the list's name matches as written.
   */
  static boolean isCamelCased(Tokens t, int i) {
    // Most tokens are plain lower-case words: the tokenizer's flag answers for them without reading their chars.
    return !t.has(i, Tokens.PLAIN_LOWER) && isCamelCased(t.text[i]);
  }

  /** As {@link #isCamelCased(Tokens, int)}, for a word's chars. */
  static boolean isCamelCased(String w) {
    if (w.length() < 3 || !Character.isLowerCase(w.charAt(0))) {
      return false;
    }
    for (int k = 1; k < w.length(); k++) {
      if (Character.isUpperCase(w.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  /** A capitalised word in mixed-case text. */
  static boolean isNameWord(Tokens t, int i) {
    return t.has(i, Tokens.CAP) && !t.has(i, Tokens.SHOUT) && !t.has(i, Tokens.DIGIT);
  }
}
