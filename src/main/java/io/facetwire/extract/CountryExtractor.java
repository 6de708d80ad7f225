package io.facetwire.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Finds the countries an article mentions: by name, short form, demonym (not a language: "learning
 * French"), capital standing for its government ("Moscow told Washington", not "a ceremony in London";
 * see {@link CountryContext}). The place of a wire dateline (capitals, big cities, US state
 * abbreviations) is a place named alone: it does not count, but is kept in
 * {@link Tokens#datelineCountry}. One pass over the
 * tokens, one hash lookup per capitalised token. Thread-safe: all state is per call.
 */
final class CountryExtractor {

  private final CountryGazetteer gazetteer;
  private final NameLexicon lexicon;
  private final CountryContext context;

  /** (earlier state, today's country) pairs: where the story names the first, the second's forms mean it. */
  private final int[][] eras;

  /** West Germany's index: beside it, every form of "Germany" means it (-1 if the gazetteer lacks it). */
  private final int westGermany;

  CountryExtractor(CountryGazetteer gazetteer, NameLexicon lexicon, CountryContext context) {
    this.gazetteer = gazetteer;
    this.lexicon = lexicon;
    this.context = context;
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
  }

  List<String> extract(Tokens t) {
    int n = gazetteer.size();
    t.countryMentionCount = 0; // found again from the start: the same tokens may be read twice
    t.datelineCountry = -1;
    t.countriesFound = true;
    Counts counts = new Counts(n);
    HeadlineNames headlineNames = new HeadlineNames();
    int i = 0;
    while (i < t.size) {
      t.steps++;
      if (!t.capitalised(i)) {
        i++;
        continue;
      }
      CountryGazetteer.Entry match = null;
      for (CountryGazetteer.Entry e : gazetteer.startingWith(t.lower[i])) {
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
      boolean partOfName = match.nameLike() && gluedToName(t, i, end) || endsAName(t, i, match)
          || insideName(t, i, end) || opensCompanyName(t, i, end);
      if (partOfName) {
        headlineNames.nameInBody(t, i, end);
      } else if ((match.kind() != CountryGazetteer.Kind.CAPITAL
              || context.standsForGovernment(t, i, end) && !possessiveOfAPlace(t, end))
          && (match.kind() != CountryGazetteer.Kind.DEMONYM || !context.isLanguage(t, i, end) && !namesAwardCategory(t, i))
          && !context.namesThing(t, i, end)) {
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
    List<String> out = new ArrayList<>();
    for (int c = 0; c < n; c++) {
      if (state[c] == 2) {
        out.add(gazetteer.name(c));
      }
    }
    Collections.sort(out);
    return out;
  }

  /** Per country: 0 = not seen, 1 = weak mention only, 2 = counted; and which are named as today's state. */
  private static final class Counts {
    final byte[] state;
    final java.util.BitSet named;
    CountryGazetteer.Entry[] weakEntry;

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
    } else if (match.weak()) {
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
   * True for a country word in the middle of another name: between capitalised words ("the Official UK
   * Singles Chart") or after "of" inside one ("Board of Deputies of British Jews"). A name that ends
   * with the country is usually an organ of that state and counts: "Bank of Japan", "US Senate".
   */
  private boolean insideName(Tokens t, int start, int end) {
    if (companyOf(t, start)) {
      return true;
    }
    if (t.has(start, Tokens.SHOUT) || t.has(start, Tokens.DATELINE) || end >= t.size
        || t.has(end, Tokens.BREAK_BEFORE) || t.has(end - 1, Tokens.POSSESSIVE)) {
      return false;
    }
    if (afterFirst(t, start, end)) {
      return true;
    }
    if (!looksLikeNamePart(t, end)) {
      return false;
    }
    int prev = start - 1;
    if (prev < 0 || t.has(start, Tokens.BREAK_BEFORE)) {
      return false;
    }
    if (t.lower[prev].equals("of")) {
      return prev > 0 && t.has(prev - 1, Tokens.CAP) && !t.has(prev, Tokens.BREAK_BEFORE);
    }
    // Any capitalised word before, titles included ("the Official UK Singles Chart").
    return t.has(prev, Tokens.CAP) && !t.has(prev, Tokens.DIGIT) && !t.has(prev, Tokens.SENT_START)
        && !t.has(prev, Tokens.POSSESSIVE) && !lexicon.isStopWord(t.lower[prev]) && !gazetteer.isPlaceWord(t.lower[prev]);
  }

  /**
   * "London's International Petroleum Exchange", "London's Brixton Academy": a capital's possessive
   * before a name (none of its next three words an organ of the state, as in "Beijing's Foreign
   * Ministry") is the city the place or body is in, not the government (LABELLING.md).
   */
  private boolean possessiveOfAPlace(Tokens t, int end) {
    if (!t.has(end - 1, Tokens.POSSESSIVE) || end >= t.size || t.has(end, Tokens.BREAK_BEFORE)
        || t.has(end, Tokens.SHOUT) || !looksLikeNamePart(t, end)) {
      return false;
    }
    for (int j = end; j < t.size && j < end + 3 && t.has(j, Tokens.CAP) && !t.has(j, Tokens.BREAK_BEFORE); j++) {
      t.steps++;
      if (STATE_ORGANS.contains(t.lower[j])) {
        return false;
      }
      if (t.has(j, Tokens.POSSESSIVE)) {
        break;
      }
    }
    return true;
  }

  /**
   * "First American Bank and Trust", "First Canadian Place": "First" and a country word before another
   * capitalised word name a bank or a building (a new sentence may start with it).
   */
  private static boolean afterFirst(Tokens t, int start, int end) {
    int prev = start - 1;
    return prev >= 0 && t.lower[prev].equals("first") && t.has(prev, Tokens.CAP) && !t.has(start, Tokens.BREAK_BEFORE)
        && t.has(end, Tokens.CAP) && !t.has(end, Tokens.DIGIT);
  }

  /** Organisation words that make a name an organ of the state: "Russian Foreign Ministry", "British Army". */
  private static final java.util.Set<String> STATE_ORGANS = Lookups.setOf("government", "army", "navy",
      "force", "forces", "embassy", "consulate", "parliament", "ministry", "ministries", "police", "treasury",
      "office", "cabinet", "senate", "congress", "court", "military", "department", "agency", "administration",
      "commission", "committee", "council", "mission", "guard", "bank", "authority", "house", "representatives");

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

  /** Words before "of" that make "X of <country>" a firm or association: "Writers Guild of America". */
  private static final java.util.Set<String> COMPANY_BEFORE_OF = Lookups.setOf("corp", "corporation", "co",
      "company", "inc", "ltd", "plc", "guild", "association", "federation", "party", "club", "society",
      "league", "foundation", "institute");

  /** True for a country after "of" in a firm's or association's name: "Anglo American Corp of South Africa". */
  private static boolean companyOf(Tokens t, int start) {
    int of = start - 1;
    return of > 0 && t.lower[of].equals("of") && !t.has(start, Tokens.BREAK_BEFORE) && !t.has(of, Tokens.BREAK_BEFORE)
        && t.has(of - 1, Tokens.CAP) && !t.has(of - 1, Tokens.SHOUT) && COMPANY_BEFORE_OF.contains(t.lower[of - 1]);
  }

  /**
   * True for a country word opening the name of a firm or association: "British Airways", "British
   * Phonographic Industry", "US Steel" (an organisation word within the next three capitalised words,
   * none of them an organ of the state: "Russian Foreign Ministry" and "British Army" still count).
   */
  private boolean opensCompanyName(Tokens t, int start, int end) {
    if (t.has(start, Tokens.SHOUT) || t.has(start, Tokens.DATELINE) || t.has(end - 1, Tokens.POSSESSIVE)) {
      return false;
    }
    // The last organisation word of the name decides: "Swiss Bank Corp" is a firm, "Swiss National Bank"
    // an organ of the state, "British National Party" a party.
    boolean organisation = false;
    for (int j = end; j < t.size && j < end + 3; j++) {
      t.steps++;
      if (t.has(j, Tokens.BREAK_BEFORE) || !t.has(j, Tokens.CAP) || t.has(j, Tokens.DIGIT)) {
        break;
      }
      String w = t.lower[j];
      if (STATE_ORGANS.contains(w)) {
        organisation = false;
      } else if (lexicon.isOrganisationWord(w) || NON_STATE_BODIES.contains(w) || chamberOfCommerce(t, j)) {
        organisation = true;
      }
      if (t.has(j, Tokens.POSSESSIVE)) {
        break;
      }
    }
    return organisation;
  }

  /**
   * Words that make a name opened by a country word a body of its trade or sport, not an organ of the
   * state: "British Phonographic Industry", "Spanish FA" (the football association).
   */
  private static final java.util.Set<String> NON_STATE_BODIES = Lookups.setOf("industry", "association", "forum",
      "guild", "fa");

  /** "British Chambers of Commerce", "the American Chamber of Commerce": associations of firms. */
  private static boolean chamberOfCommerce(Tokens t, int j) {
    String w = t.lower[j];
    return (w.equals("chamber") || w.equals("chambers")) && j + 2 < t.size && t.lower[j + 1].equals("of")
        && t.lower[j + 2].equals("commerce") && !t.has(j + 1, Tokens.BREAK_BEFORE) && !t.has(j + 2, Tokens.BREAK_BEFORE);
  }

  private static boolean matches(Tokens t, int i, CountryGazetteer.Entry e) {
    int len = e.length();
    if (i + len > t.size) {
      return false;
    }
    if (e.kind() == CountryGazetteer.Kind.DATELINE_ONLY && !t.has(i, Tokens.DATELINE)) {
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
      if (!t.lower[j].equals(e.lower()[k]) || t.has(j, Tokens.BREAK_BEFORE)
          || t.has(j - 1, Tokens.POSSESSIVE)) {
        return false;
      }
    }
    return true;
  }

  /**
   * True if a name-like mention ("Jordan", "Washington") is glued to a capitalised word that looks
   * like part of a person's or organisation's name: "Jordan Henderson", "Michael Jordan",
   * "Washington Post". Shouted text has no case, so there nothing is glued.
   */
  private boolean gluedToName(Tokens t, int start, int end) {
    if (t.has(start, Tokens.SHOUT)) {
      return false;
    }
    int last = end - 1;
    if (end < t.size && !t.has(last, Tokens.POSSESSIVE) && !t.has(end, Tokens.BREAK_BEFORE)
        && looksLikeNamePart(t, end)) {
      return true;
    }
    int prev = start - 1;
    return prev >= 0 && !t.has(start, Tokens.BREAK_BEFORE) && !t.has(prev, Tokens.POSSESSIVE)
        && looksLikeNamePart(t, prev)
        && (!t.has(prev, Tokens.SENT_START) || lexicon.isFirstName(t.lower[prev]));
  }

  /**
   * True for a country's name that ends the name of a firm or a title ("Bell Canada", "Hutch India",
   * "Nissan Motor Manufacturing Corp USA", "Facebook Ireland", "Mister America"), or a demonym that is a
   * person's surname ("Oliver Irish"): glued to a capitalised word before it that is no place, title or
   * function word. Not across a hyphen ("Franco-German") and not at a sentence's first word unless it is
   * a given name; shouted text has no case to go by.
   */
  private boolean endsAName(Tokens t, int start, CountryGazetteer.Entry match) {
    int prev = start - 1;
    if (prev < 0 || t.has(start, Tokens.SHOUT) || t.has(start, Tokens.DATELINE)
        || t.has(start, Tokens.BREAK_BEFORE) || t.has(start, Tokens.HYPHEN_BEFORE) || t.has(prev, Tokens.POSSESSIVE)
        || !looksLikeNamePart(t, prev)) {
      return false;
    }
    boolean givenName = lexicon.isFirstName(t.lower[prev]);
    if (match.kind() == CountryGazetteer.Kind.DEMONYM) {
      return givenName && !t.has(prev, Tokens.SENT_START);
    }
    return match.kind() == CountryGazetteer.Kind.NAME && (!t.has(prev, Tokens.SENT_START) || givenName);
  }

  private boolean looksLikeNamePart(Tokens t, int j) {
    if (!t.has(j, Tokens.CAP) || t.has(j, Tokens.DIGIT)) {
      return false;
    }
    String w = t.lower[j];
    return !lexicon.isStopWord(w) && !lexicon.isTitle(w)
        && !gazetteer.isPlaceWord(w) && gazetteer.startingWith(w).length == 0;
  }
}
