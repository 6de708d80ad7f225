package io.facetwire.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Finds the countries an article mentions: by name, short form, demonym (not a language: "learning
 * French"), capital standing for its government ("Moscow told Washington", not "a ceremony in London";
 * see {@link CountryContext}). The place of a wire dateline (capitals, big cities, US state
 * abbreviations) is a place named alone: it does not count, but is kept in
 * {@link Tokens#datelineCountry}. A country word inside another name does not count ({@link CountryWordsInFirmNames},
 * {@link CountryWordsWithinNames}, {@link CountryWordsInPersonNames}, {@link CountryWordsInStateAndPlaceNames});
 * one in a shouted headline waits for the body ({@link HeadlineNames}). One pass over the
 * tokens, one hash lookup per capitalised token. Thread-safe: all state is per call.
 */
final class CountryExtractor {

  private final CountryGazetteer gazetteer;
  private final CountryContext context;
  private final CountryWordsInFirmNames firmNames;
  private final CountryWordsWithinNames withinNames;
  private final CountryWordsInPersonNames personNames;
  private final CountryWordsInStateAndPlaceNames statePlaceNames;
  private final NameLexicon lexicon;

  /** (earlier state, today's country) pairs: where the story names the first, the second's forms mean it. */
  private final int[][] eras;
  private final SharedShortNames sharedShortNames;

  /** West Germany's index: beside it, every form of "Germany" means it (-1 if the gazetteer lacks it). */
  private final int westGermany;

  /** Known organisations, to tell "US" before one's name from "US" opening a firm's name; null: not told. */
  private final OrganisationGazetteer organisations;

  /**
   * The states a story before a date means by another ("southern Ukraine" and "Russia" in 1987 are the Soviet Union,
   * "Germany" before reunification West Germany): republics.tsv.
   */
  private final UnionRepublics republics;

  CountryExtractor(CountryGazetteer gazetteer, NameLexicon lexicon, CountryContext context) {
    this(gazetteer, lexicon, context, null);
  }

  /** With {@code organisations} (may be null): "US Securities and Exchange Commission" is the SEC of the US. */
  CountryExtractor(CountryGazetteer gazetteer, NameLexicon lexicon, CountryContext context,
      OrganisationGazetteer organisations) {
    this.organisations = organisations;
    this.gazetteer = gazetteer;
    this.context = context;
    NamePartWords nameWords = new NamePartWords(gazetteer, lexicon);
    this.firmNames = new CountryWordsInFirmNames(gazetteer, lexicon);
    this.withinNames = new CountryWordsWithinNames(gazetteer, lexicon, nameWords);
    this.personNames = new CountryWordsInPersonNames(lexicon, nameWords);
    this.statePlaceNames = new CountryWordsInStateAndPlaceNames(nameWords);
    this.lexicon = lexicon;
    List<int[]> pairs = new ArrayList<>();
    String[][] names = {{"Soviet Union", "Russia"}, {"West Germany", "Germany"}, {"East Germany", "Germany"}};
    for (String[] pair : names) {
      int earlier = gazetteer.indexOf(pair[0]);
      int today = gazetteer.indexOf(pair[1]);
      if (earlier >= 0 && today >= 0) {
        pairs.add(new int[] {earlier, today});
      }
    }
    this.eras = pairs.toArray(new int[0][]);
    this.westGermany = gazetteer.indexOf("West Germany");
    this.sharedShortNames = new SharedShortNames(gazetteer);
    this.republics = UnionRepublics.loadDefault(gazetteer);
  }

  List<String> extract(Tokens t) {
    return extract(t, null);
  }

  /**
   * The countries of the tokens of an article published at {@code publishedAt} (null if unknown): before German
   * reunification (3 October 1990) "Germany", "German" and "Bonn" are West Germany, as the story's reader knew it
   * (LABELLING.md), "East German" still East Germany; before the Soviet Union's end (26 December 1991) "Russia",
   * "Russian" and "Moscow" are the Soviet Union.
   */
  List<String> extract(Tokens t, java.time.Instant publishedAt) {
    return extract(t, publishedAt, null);
  }

  /**
   * As {@link #extract(Tokens, java.time.Instant)}, with the article's {@code title} as written (null if unknown): a
   * shouted headline's company before its ticker ("BRITISH AEROSPACE PLC &lt;BAEL.L&gt;") names no country.
   */
  List<String> extract(Tokens t, java.time.Instant publishedAt, String title) {
    int n = gazetteer.size();
    int headlineCompany = -1; // found on the first country word of the title, when there is one
    HeadlineTicker headline = HeadlineTicker.of(title); // read once for both of the headline firm's tests below
    String[] tickerFirm = ShoutedHeadlineFirms.tickerFirmWords(headline);
    t.countryMentionCount = 0; // found again from the start: the same tokens may be read twice
    t.datelineCountry = -1;
    t.countriesFound = true;
    Counts counts = new Counts(n);
    HeadlineNames headlineNames = new HeadlineNames();
    CapitalsNamingFirms capitalFirms = new CapitalsNamingFirms();
    java.util.Set<String> redefined = null; // organs' acronyms the article spells out as another body
    java.util.Set<CountryGazetteer.Entry> surnames = null; // country names the article gives as a person's surname
    int lastOrganEnd = -1;
    int i = 0;
    while (i < t.size) {
      t.steps++;
      if (!t.capitalised(i)) {
        i++;
        continue;
      }
      CountryGazetteer.Entry match = null;
      for (CountryGazetteer.Entry e : gazetteer.startingWith(lowerAt(t, i))) {
        t.steps += e.length();
        if (matches(t, i, e)) {
          match = e;
          break;
        }
      }
      if (match == null) {
        i++;
        continue;
      }
      int end = i + match.length();
      if (match.kind() == CountryGazetteer.Kind.BLOCK) {
        i = end;
        continue;
      }
      if (match.organ() && match.exact() != null) {
        // "The Superintendency of Electricity and Fuels (SEC) said": the article spells the acronym out as a body of
        // its own, so "SEC" there and after it is that body, not the United States' (session 34, news34).
        if (redefined != null && redefined.contains(match.exact()[0])) {
          i = end;
          continue;
        }
        if (t.has(i, Tokens.BRACKET_BEFORE) && i > 0 && t.has(i - 1, Tokens.CAP) && !t.has(i - 1, Tokens.SHOUT)
            && lastOrganEnd != i) {
          redefined = redefined == null ? new java.util.HashSet<>() : redefined;
          redefined.add(match.exact()[0]);
          i = end;
          continue;
        }
      }
      if (match.organ()) {
        lastOrganEnd = end;
      }
      if (headlineCompany < 0 && i < t.titleEnd) {
        headlineCompany = ShoutedHeadlineFirms.headlineCompanyTokens(t, headline);
      }
      boolean partOfName = !statePlaceNames.opensAStateBody(t, end) && (i < headlineCompany
          || t.has(i, Tokens.MARK_BEFORE) // the wire's mark opens with it: a ticker ("Union Carbide <UK>") or a firm
          || t.has(i, Tokens.IN_MARK) // inside a firm's mark: "<British and Commonwealth Holdings PLC>"
          || CapitalNamedCountries.placeOnly(t, i, match, gazetteer)
          || match.kind() == CountryGazetteer.Kind.CAPITAL && statePlaceNames.endsAnotherPlace(t, i)
          || match.nameLike() && personNames.gluedToName(t, i, end) && !personNames.describesAPerson(t, end, match)
          || withinNames.endsAName(t, i, match)
          || withinNames.insideName(t, i, end)
          || firmNames.opensCompanyName(t, i, end) && !beforeAKnownBody(t, i, end, match)
              && !firmNames.firmNamedWithoutIt(t, i, end)
          || withinNames.firmOf(t, i, end, match) || withinNames.bracketedInAFirm(t, i, end, match)
          || ShoutedHeadlineFirms.inTheTickerFirmsName(t, i, end, tickerFirm)
          || surnames != null && surnames.contains(match) && CountryWordsInPersonNames.speaksAsASurname(t, end));
      if (partOfName && match.kind() == CountryGazetteer.Kind.NAME && personNames.afterAGivenName(t, i)) {
        // "Alastair France, of London brokers ..., said": later, "France said" is the broker (session 42, test39)
        surnames = surnames == null ? new java.util.HashSet<>(2) : surnames;
        surnames.add(match);
      }
      if (partOfName) {
        headlineNames.nameInBody(t, i, end);
        capitalFirms.noteIfOpensAFirm(t, i, end, match);
      } else if ((match.kind() != CountryGazetteer.Kind.CAPITAL
              || (match.organ() ? context.organActs(t, i, end) && !anotherStatesOrgan(t, i, match)
                  : context.standsForGovernment(t, i, end)) && !statePlaceNames.possessiveOfAPlace(t, end)
                  && !context.possessiveOfACityThing(t, end))
          && (match.kind() != CountryGazetteer.Kind.DEMONYM || !context.isLanguage(t, i, end) && !namesAwardCategory(t, i))
          && !context.namesThing(t, i, end, match.kind() == CountryGazetteer.Kind.DEMONYM)
          && !((match.kind() == CountryGazetteer.Kind.DEMONYM || match.exact() != null)
              && CountryContext.amountInItsDollarsAfter(t, end))) {
        if (t.has(i, Tokens.SHOUT) && !t.has(i, Tokens.DATELINE)) {
          headlineNames.defer(i, match); // decided once the body has been read
        } else {
          count(t, i, match, counts);
        }
      }
      i = end;
    }
    for (int k = 0; k < headlineNames.deferred(); k++) {
      int at = headlineNames.start(k);
      CountryGazetteer.Entry match = headlineNames.entry(k);
      t.steps++;
      if (!headlineNames.namedInBody(t, at, at + match.length())) {
        count(t, at, match, counts);
      }
    }
    byte[] state = counts.state;
    if (headlineNames.hasNames()) {
      dropFirmsShortNames(t, headlineNames, state);
    }
    if (surnames != null) {
      dropPersonsSurnames(t, surnames, state);
    }
    java.util.BitSet named = counts.named;
    for (int[] pair : eras) {
      // In a story that names the Soviet Union (or West or East Germany), "Moscow" and "the Russians"
      // ("GERMAN" in a headline) stand for that state: Russia (Germany) counts only where the story
      // names it or uses the adjective ("Russian President Vladimir Putin").
      // A story that names West Germany was written before 1990 (LABELLING.md): there "Germany" and
      // "German" are West Germany, even in mixed case, so today's Germany never counts beside it.
      if (state[pair[0]] == 2 && (!named.get(pair[1]) || pair[0] == westGermany)) {
        state[pair[1]] = 0;
      }
    }
    sharedShortNames.resolve(t, state);
    capitalFirms.drop(t, state);
    // A story of a state's time names that state (LABELLING.md): West Germany before reunification, the Soviet
    // Union for "Moscow", "Russia" and its republics, Yugoslavia for "Belgrade" (republics.tsv).
    republics.asTheirUnions(state, publishedAt);
    List<String> out = new ArrayList<>();
    for (int c = 0; c < n; c++) {
      if (state[c] == 2) {
        out.add(gazetteer.name(c));
      }
    }
    Collections.sort(out);
    return out;
  }

  /**
   * A country every counted mention of which is the bare word the article gives as a person's surname ("Michael Jordan
   * ... owned by Jordan and Jordan's partner", "Matt Holland ... laid it off to Holland") was that person: it does not
   * count. Only for the names the gazetteer marks as people's names too ("~Jordan", "~Chad", "~Holland"): "Franco-U.S."
   * or "James Ireland" beside "Ireland and Scotland players" must not cost the state. A demonym, a capital or another
   * form of the state's name keeps it (session 49, news44's development half).
   */
  private static void dropPersonsSurnames(Tokens t, java.util.Set<CountryGazetteer.Entry> surnames, byte[] state) {
    dropWhereEveryMention(t, state, false, (start, end, c) -> {
      for (CountryGazetteer.Entry e : surnames) {
        if (e.nameLike() && e.country() == c && Arrays.equals(t.lower, start, end, e.lower(), 0, e.lower().length)) {
          return true;
        }
      }
      return false;
    });
  }

  /**
   * A country every counted mention of which repeats a firm's name the article reads elsewhere ("Swedish Match will
   * pay" after "the Swedish Match Co") was the firm's short name: it does not count (LABELLING.md). One look at the
   * counted mentions, and only in an article where a country word was read inside a name. A dateline is not asked.
   */
  private void dropFirmsShortNames(Tokens t, HeadlineNames names, byte[] state) {
    dropWhereEveryMention(t, state, true, (start, end, c) -> names.repeatsAName(t, start, end, lexicon));
  }

  /** Whether a counted mention (its tokens and its country) is something other than the state. */
  @FunctionalInterface
  private interface MentionTest {
    boolean notTheState(int start, int end, int country);
  }

  /**
   * Drops each counted country every one of whose counted mentions {@code test} reads as something other than the
   * state; one mention it does not keeps the country. Nothing is allocated unless a country is counted.
   */
  private static void dropWhereEveryMention(Tokens t, byte[] state, boolean skipDatelines, MentionTest test) {
    java.util.BitSet only = null;
    java.util.BitSet other = null;
    for (int m = 0; m < t.countryMentionCount; m++) {
      t.steps++;
      int start = t.countryMentions[m * 3];
      int c = t.countryMentions[m * 3 + 2];
      if (state[c] != 2 || skipDatelines && t.has(start, Tokens.DATELINE)) {
        continue;
      }
      if (only == null) {
        only = new java.util.BitSet(state.length);
        other = new java.util.BitSet(state.length);
      }
      (test.notTheState(start, t.countryMentions[m * 3 + 1], c) ? only : other).set(c);
    }
    if (only != null) {
      only.andNot(other);
      for (int c = only.nextSetBit(0); c >= 0; c = only.nextSetBit(c + 1)) {
        state[c] = 0;
      }
    }
  }

  /**
   * "the US Securities and Exchange Commission", "The US Federal Bureau of Investigation", "the US Disney
   * Corporation": the country's short form ("US", "UK") right before the whole name of an organisation the list knows
   * without it says whose body it is, as "US Senate" does; it opens no name of its own.
   */
  private boolean beforeAKnownBody(Tokens t, int i, int end, CountryGazetteer.Entry match) {
    if (organisations == null || match.exact() == null || end >= t.size || t.has(end, Tokens.BREAK_BEFORE)) {
      return false;
    }
    t.steps++;
    return organisations.longestAt(t, end, (name, last) -> true) != null;
  }

  /** Per country: 0 = not seen, 1 = weak mention only, 2 = counted; and which are named as today's state. */
  private static final class Counts {
    final byte[] state;
    final java.util.BitSet named;
    CountryGazetteer.Entry[] weakEntry;
    /** {@link CountryExtractor#namesAStatesLegislature}, read once per article when a weak organ first asks. */
    private Boolean legislature;

    boolean namesAStatesLegislature(Tokens t) {
      if (legislature == null) {
        legislature = CountryExtractor.namesAStatesLegislature(t);
      }
      return legislature;
    }

    Counts(int n) {
      state = new byte[n];
      named = new java.util.BitSet(n);
    }
  }

  /** Counts the mention at token i: a weak one needs a second, different phrase for the same country. */
  private static void count(Tokens t, int i, CountryGazetteer.Entry match, Counts counts) {
    int c = match.country();
    byte[] state = counts.state;
    t.addCountryMention(i, i + match.length(), c);
    if (t.has(i, Tokens.DATELINE)) {
      // The place a wire story was filed from is a place named alone ("NEW YORK, March 3 -"), not a
      // country the story refers to (LABELLING.md); it is kept apart for the Reuters PLACES comparison.
      if (t.datelineCountry < 0) {
        t.datelineCountry = c;
      }
    } else if (match.weak() && !(match.organ() && t.datelineCountry == c && !counts.namesAStatesLegislature(t))) {
      // A weak organ is a chamber whose name other states' share ("the Senate"): it needs a second mention, unless
      // the story was filed from its country ("WASHINGTON, April 7 - The Senate approved ...").
      if (state[c] == 0) {
        state[c] = 1;
        if (counts.weakEntry == null) {
          counts.weakEntry = new CountryGazetteer.Entry[state.length];
        }
        counts.weakEntry[c] = match;
      } else if (state[c] == 1 && counts.weakEntry[c] != match) {
        state[c] = 2;
      }
    } else {
      state[c] = 2; // a strong mention also confirms an earlier weak one
    }
    if (namesToday(t, i, match)) {
      counts.named.set(c);
    }
  }

  /**
   * The story names a US state's governor or legislature ("Minnesota Governor Rudy Perpich is considering calling a
   * special legislative session"): there "the Senate" and "the House" may be the state's chambers, so a story filed
   * from the United States no longer makes them the Congress by themselves (session 31: "Senate Majority Leader Roger
   * Moe" of Minnesota).
   */
  private static boolean namesAStatesLegislature(Tokens t) {
    for (int j = 0; j < t.size; j++) {
      t.steps++;
      String w = t.lower[j];
      if (w.equals("governor") || w.equals("legislature") || w.equals("legislative") || w.equals("legislators")
          || w.equals("statehouse")) {
        return true;
      }
    }
    return false;
  }

  /**
   * True for a mention that means today's state even in a story that names its earlier one: the name
   * ("Russia") or the adjective in mixed case ("Russian President Vladimir Putin"); not the capital
   * ("Moscow"), the people ("the Russians") or a shouted headline, which in a Soviet-era story mean the
   * Soviet Union.
   */
  private static boolean namesToday(Tokens t, int i, CountryGazetteer.Entry match) {
    if (t.has(i, Tokens.DATELINE)) {
      return false;
    }
    if (match.kind() == CountryGazetteer.Kind.NAME) {
      return true;
    }
    String last = match.lower()[match.length() - 1];
    return match.kind() == CountryGazetteer.Kind.DEMONYM && !t.has(i, Tokens.SHOUT) && !last.endsWith("s");
  }

  /**
   * "best British film", "best British or Irish weblog": a demonym after "best" names an award's category,
   * a thing that is no organ of the state (LABELLING.md), not the country. Each demonym of the category
   * stands right after "best" or after "or"/"and" following another demonym of it.
   */
  private static boolean namesAwardCategory(Tokens t, int i) {
    int prev = i - 1;
    if (prev < 0 || t.has(i, Tokens.BREAK_BEFORE)) {
      return false;
    }
    if ((t.lower[prev].equals("or") || t.lower[prev].equals("and")) && prev >= 2 && t.has(prev - 1, Tokens.CAP)
        && !t.has(prev, Tokens.BREAK_BEFORE) && !t.has(prev - 1, Tokens.BREAK_BEFORE)) {
      prev -= 2; // "best British or Irish"
    }
    return t.lower[prev].equals("best");
  }

  /**
   * Token j in lower case, without the "'s" of a possessive written in capitals: the tokenizer strips a lower-case
   * "'s" only, so "FRANCE'S FSGT ISSUES BOND" and "SAUDI ARABIA'S KING" would name nothing. Countries read it here
   * rather than in the tokenizer, whose tokens every facet shares (an organisation's name would change with it).
   */
  static String lowerAt(Tokens t, int j) {
    String w = t.lower[j];
    if (t.has(j, Tokens.SHOUT) && w.length() > 3 && w.charAt(w.length() - 1) == 's') {
      char apostrophe = w.charAt(w.length() - 2);
      if (apostrophe == '\'' || apostrophe == '\u2019') {
        return w.substring(0, w.length() - 2);
      }
    }
    return w;
  }

  private static boolean matches(Tokens t, int i, CountryGazetteer.Entry e) {
    int len = e.length();
    if (i + len > t.size) {
      return false;
    }
    if (e.kind() == CountryGazetteer.Kind.DATELINE_ONLY && !t.has(i, Tokens.DATELINE) && !partyAndState(t, i)) {
      return false;
    }
    if (e.exact() != null) {
      // "US" but never "us"/"Us"; in shouted headlines "US" is all we get, so it counts there too.
      if (!t.text[i].equals(e.exact()[0])) {
        return false;
      }
    }
    for (int k = 1; k < len; k++) {
      int j = i + k;
      if (!lowerAt(t, j).equals(e.lower()[k]) || t.has(j, Tokens.BREAK_BEFORE)
          || t.has(j - 1, Tokens.POSSESSIVE) != e.possessiveAt(k - 1) && !t.has(j - 1, Tokens.SHOUT)) {
        return false;
      }
    }
    return true;
  }


  /**
   * Token i is the state of a member of the US Congress written after the name with the party's letter: "Sen. Chris
   * Dodd, D-Conn", "Rep. Pat Roberts, R-Kan.", "Robert Dole (R-Kan.)". A member of Congress acting is the United
   * States' organ acting (LABELLING.md: "a 'Rep. X (D-Iowa)' or a senator of a state acting in Congress"); the
   * party's letter glued to a state's short name after a comma or bracket is nothing else on the wire (the
   * Deutsche mark's "D-Mark" names no state).
   */
  private static boolean partyAndState(Tokens t, int i) {
    int party = i - 1;
    if (party < 1 || !t.has(i, Tokens.HYPHEN_BEFORE) || t.has(i, Tokens.BREAK_BEFORE)
        || !t.has(party, Tokens.BREAK_BEFORE) || !t.capitalised(party - 1)) {
      return false;
    }
    String letter = t.text[party];
    return letter.equals("D") || letter.equals("R");
  }

  /**
   * The organ at token {@code i} is some other body's: a capitalised word glued before it, after an optional "the",
   * makes it part of a longer name ("the Florida Department of Transportation", "Canada's House of Commons", "the Irish
   * Agriculture Department", "China's State Environmental Protection Agency"), unless that word ends a name of the
   * organ's own state ("the U.S. Department of Energy", "Britain's House of Lords"). A local body's word right before
   * it ("the state Senate", "the provincial House") makes it a legislature inside the country.
   */
  private boolean anotherStatesOrgan(Tokens t, int i, CountryGazetteer.Entry organ) {
    int end = i > 0 && t.lower[i - 1].equals("the") && !t.has(i, Tokens.BREAK_BEFORE) ? i - 1 : i;
    int prev = end - 1;
    if (i > 0 && !t.has(i, Tokens.BREAK_BEFORE) && LOCAL_BODY_WORDS.contains(t.lower[i - 1])) {
      return true; // "the state Senate", "the provincial House": a legislature inside the country
    }
    if (prev < 0 || t.has(end, Tokens.BREAK_BEFORE) || !t.has(prev, Tokens.CAP) || t.has(prev, Tokens.SHOUT)
        || t.has(prev, Tokens.SENT_START) && lexicon.isStopWord(t.lower[prev])) {
      return false;
    }
    for (int from = Math.max(0, end - 4); from < end; from++) {
      for (CountryGazetteer.Entry e : gazetteer.startingWith(t.lower[from])) {
        t.steps++;
        if (e.country() == organ.country() && from + e.length() == end && wordsMatch(t, from, e)) {
          return false; // the organ's own state named before it
        }
      }
    }
    return true;
  }

  /** Words before an organ that make it a body inside the country, not the state's own. */
  private static final java.util.Set<String> LOCAL_BODY_WORDS =
      Lookups.setOf("state", "provincial", "regional", "county", "city", "municipal", "student", "university");

  private static boolean wordsMatch(Tokens t, int from, CountryGazetteer.Entry e) {
    for (int m = 1; m < e.length(); m++) {
      if (!e.lower()[m].equals(t.lower[from + m]) || t.has(from + m, Tokens.BREAK_BEFORE)) {
        return false;
      }
    }
    return true;
  }
}
