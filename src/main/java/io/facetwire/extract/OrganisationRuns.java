package io.facetwire.extract;

import static io.facetwire.extract.OrganisationWords.*;

import java.util.TreeSet;

/**
 * Reads a run of capitalised words for the organisation it names, if any: a run ending in an
 * organisation word ("Volkswagen AG", "Securities and Exchange Commission"), or one a cue announces
 * ({@link OrganisationCues}: "security firm Sophos", "shares in Sendo"; {@link CuedOrganisationNames}). A run is
 * cut to the name it holds: not the person before "of" ("Gantz of the University of Massachusetts"), not a title or
 * weekday before it ("Spokesman ...", "Friday Ford Motor Company"; {@link PeopleInOrganisationNames}), not the town
 * after a company form ("Shiseido Co of Tokyo"; {@link OfInOrganisationNames}), and split where an "and" stands
 * between two names ({@link AndInOrganisationNames}); a state's body named by its job alone ("Finance Ministry")
 * names none, unless its state is named with it ({@link StateMinistries}, {@link GenericStateBodies}), nor does a
 * legislature ({@link LegislatureNames}). This class scans the run and decides what it names; those answer the
 * questions it asks on the way. Work per run is bounded by {@link #MAX_RUN}. Thread-safe: all state is in the
 * {@link FoundOrganisations} of the call.
 */
final class OrganisationRuns {

  /** Longer runs are headlines or lists, not names. */
  private static final int MAX_RUN = 16;

  /** A rank that is a person's title before a name, though a rank ({@code [ranks]}: "the one word after it is no
   * surname") and so no {@link NameLexicon#isPersonTitle}; not "General" ("General Motors of Canada"). */
  private static final java.util.Set<String> CAPTAINS = Lookups.setOf("captain", "capt");

  private final OrganisationGazetteer gazetteer;
  private final NameLexicon lexicon;
  private final CountryGazetteer places;
  private final StateMinistries ministries;
  private final JobNamedNamesakes namesakes;
  private final LegislatureNames legislatures;
  private final OfInOrganisationNames ofPhrases;
  private final PeopleInOrganisationNames people;
  private final AndInOrganisationNames andPhrases;
  private final CuedOrganisationNames cuedNames;
  private final GenericStateBodies stateBodies;

  OrganisationRuns(OrganisationGazetteer gazetteer, NameLexicon lexicon, CountryGazetteer places) {
    this.gazetteer = gazetteer;
    this.lexicon = lexicon;
    this.places = places;
    this.ministries = new StateMinistries(places);
    this.namesakes = new JobNamedNamesakes(places, gazetteer);
    this.legislatures = new LegislatureNames(places);
    this.ofPhrases = new OfInOrganisationNames(places);
    this.people = new PeopleInOrganisationNames(lexicon, places);
    this.andPhrases = new AndInOrganisationNames(gazetteer, lexicon, places, people, ofPhrases);
    this.cuedNames = new CuedOrganisationNames(gazetteer, lexicon, places);
    this.stateBodies = new GenericStateBodies(places, lexicon);
  }

  /** Another state's body named like one state's listed body ("Kenya's Electoral Commission"), or null. */
  String namesake(Tokens t, int start, int last, String known) {
    return namesakes.of(t, start, last, known);
  }

  /**
   * A run of name words from i; adds the organisation it names, if any, and returns the token after it.
   * A {@code cued} run ("firm Sophos") names one even without an ending word.
   */
  int read(Tokens t, int i, FoundOrganisations f, TreeSet<String> found, boolean cued) {
    int end = i;
    int lastEnding = ENDINGS.contains(t.lower[i]) ? i : -1;
    boolean ofAfterEnding = false;
    while (end + 1 < t.size && end - i < MAX_RUN
        && (!t.has(end, Tokens.POSSESSIVE) || people.isGroupOfPeople(t, end))) {
      t.steps++;
      int k = end + 1;
      if (t.has(k, Tokens.BREAK_BEFORE) && !t.has(k, Tokens.HYPHEN_BEFORE)
          && !(t.has(k, Tokens.AMPERSAND_BEFORE) && lastEnding != end && OrganisationExtractor.isNameWord(t, k))) {
        int form = formAfterBracketedPart(t, k);
        if (form < 0) {
          break; // but "Daily Mail & General Trust" goes on; "X Corp & Y Inc" are two
        }
        end = form; // "Nikko Securities Co (Europe) Ltd", "Man Pacific (Holdings) Ltd"
        lastEnding = ENDINGS.contains(t.lower[end]) ? end : lastEnding;
        continue;
      }
      if (OrganisationExtractor.isNameWord(t, k)) {
        if (ofAfterEnding && people.isPersonsTitleAfterName(t, k)) {
          break; // "Council of Economic Advisers | Chairman Beryl Sprinkel"
        }
        end = k;
      } else if ((CONNECTORS.contains(t.text[k]) || isOnAfterEnding(t, k, lastEnding == end))
          && !("and".equals(t.text[k]) && lastEnding == end && !AndInOrganisationNames.isFinancePair(t, end, k)
              && !legislatures.isChamberCommitteeAhead(t, i, k))
          && !AndInOrganisationNames.startsASecondBank(t, k)
          && !("of".equals(t.text[k]) && lastEnding == end && ofPhrases.ofNamesAPlace(t, k))
          && !people.leaderAfterPartyOf(t, k)) {
        // "Bank of England", "Center for the Study of ...", "Department of Health and Human Services";
        // but "X Corp and Y Inc" are two, and "Shiseido Co of Tokyo", "LG Electronics of South Korea"
        // are the company, not the place.
        int w = k + 1 < t.size && "the".equals(t.text[k + 1]) && !"and".equals(t.text[k]) ? k + 2 : k + 1;
        if (w >= t.size || !OrganisationExtractor.isNameWord(t, w) || t.has(w, Tokens.BREAK_BEFORE)
            || ofAfterEnding && "and".equals(t.text[k])
                && (lexicon.isFirstName(t.lower[w]) || lexicon.isPersonTitle(t.lower[w]))) {
          break; // "University of Miami | and Chris Fallows of ..."
        }
        ofAfterEnding |= lastEnding >= 0 && !"and".equals(t.text[k]);
        end = w;
      } else if (isLowerCasePartOfName(t, k)) {
        end = k; // "Blu-ray Disc Association", "Coalition of Non-governmental Organizations"
      } else {
        break;
      }
      if (ENDINGS.contains(t.lower[end])) {
        lastEnding = end;
      }
    }
    // "National Association of Automotive Vehicle Manufacturers": the words after "of" belong to the name.
    if (EVENTS.contains(t.lower[end]) && !cued) {
      return end + 1; // "World Petroleum Congress", "Commonwealth Games": an event, no organisation
    }
    int last = ofAfterEnding ? end : lastEnding;
    int unit = lastEnding >= 0 && !ofAfterEnding && COMPANY_ENDINGS.contains(t.lower[lastEnding])
        ? OrganisationTails.regionalUnitEnd(t, lastEnding) : -1;
    if (unit > 0 && unit <= end) {
      last = unit; // "Swiss Bank Corp International", "Salomon Brothers Asia Ltd": the unit is the company named
    }
    int start = i;
    boolean personish = false;
    boolean segmentEnds = false;
    boolean firm = andPhrases.isPartnership(t, i, lastEnding);
    for (int k = i; k < lastEnding; k++) {
      t.steps++;
      if (CONNECTORS.contains(t.text[k]) && (personish || OF.contains(t.text[k]) && !segmentEnds
          && !ofPhrases.isNamedForACause(t, start, k) && !ofPhrases.isCompanysNationalArm(t, k, lastEnding)
          || "and".equals(t.text[k]) && k == start + 1 && places.isPlaceWord(t.lower[start]))) {
        // "France and Juster Steel Corp": a place before "and" is no part of the name.
        // "Marcio Stefani of the Brazilian Association ...", "Minister X and National Bank", and a part
        // before "of" with no organisation word in it: "Gantz of the University of Massachusetts".
        start = k + 1;
        personish = false;
      } else {
        personish |= lexicon.isFirstName(t.lower[k]) && !firm || lexicon.isPersonTitle(t.lower[k])
            || CAPTAINS.contains(t.lower[k]); // "Group Captain Shubhanshu Shukla of the Indian Air Force" (session 45)
        segmentEnds |= ENDINGS.contains(t.lower[k]);
      }
    }
    if (start == i && legislatures.isStatesChamberCommittee(t, i, lastEnding)) {
      start++; // "the U.S. Senate Agriculture Committee" is the Senate Agriculture Committee, as the labels write it
    }
    while (start < lastEnding && (people.isLeadingNoise(t, start) && !people.isOfficeOfTheName(t, start)
        || places.isPlaceWord(t.lower[start]) && !CONNECTORS.contains(t.text[start + 1])
            && people.isLeadingNoise(t, start + 1) && !people.isOfficeOfTheName(t, start + 1))) {
      start++; // "Friday", "Spokesman", "US Publisher ..."
    }
    if (firm && start == i) {
      start = andPhrases.partnersBeforeCommas(t, i); // "Goldman, Sachs and Co", "Smith, Barney, Harris Upham and Co"
    }
    if (cued && lastEnding < 0 && end - i <= 2 * CuedOrganisationNames.MAX_CUED) {
      cuedNames.addCued(t, i, end, f);
      return end + 1;
    }
    if (lastEnding < 0 && found == f.names && end - i < 2 * CuedOrganisationNames.MAX_CUED
        && OrganisationCues.followed(t, end)) {
      int from = i;
      while (from < end && people.isLeadingNoise(t, from)) {
        from++; // "The Sendo spokesman"
      }
      cuedNames.addCued(t, from, end, f);
      return end + 1;
    }
    // One organisation word alone ("the Commission") names nothing; with words after "of" it does
    // ("University of Essex", "Office of Management and Budget").
    boolean headFirst = !ofAfterEnding && lastEnding == start && end > start && HEADS_FIRST.contains(t.lower[start]);
    if (headFirst) {
      last = end; // "Societe Generale", "Banca Commerciale Italiana": the head word comes first
    }
    if (lastEnding > start || headFirst || ofAfterEnding && lastEnding >= start && last > lastEnding) {
      // The run's gazetteer key, made once (up to four rules below ask for it), and its known value once asked.
      String key = lowerJoined(t, start, last);
      String knownWhole = NOT_ASKED;
      int ministry = StateMinistries.head(t, start, last);
      if (ministry >= 0 && (knownWhole = gazetteer.canonical(key)) == null
          && !(places.isPlaceWord(t.lower[start]) && gazetteer.canonical(lowerJoined(t, start + 1, last)) != null)) {
        // "the Finance Ministry" names none; "Japan's Finance Ministry" is the "Japanese Finance Ministry"
        String value = ministries.value(t, start, ministry, last);
        if (value != null) {
          found.add(value);
          defineAcronym(t, last, value, f);
        }
        return last + 1;
      }
      if (GenericStateBodies.isNamedByJobAlone(key)) {
        // "the Central Bank", "the National Statistics Institute" name none; "Taiwan's Central Bank" is the
        // "Taiwanese Central Bank", as a ministry is (LABELLING.md, 2026-12-02, session 16).
        String value = ministries.withPossessiveState(t, start, last);
        if (value != null) {
          found.add(value);
          defineAcronym(t, last, value, f);
        }
        return last + 1;
      }
      String name = joined(t, start, last);
      String lower = name.toLowerCase(java.util.Locale.ROOT);
      if (NOT_ORGANISATIONS.contains(lower) || stateBodies.isNationalBody(t, start, last)
          || onlyCompanyForms(t, start, last)
          || CourtNames.isNationalCourt(t, start, last) || LegislatureNames.isLegislature(t, start, last)
          && (knownWhole = knownWhole != NOT_ASKED ? knownWhole : gazetteer.canonical(key)) == null) {
        return last + 1;
      }
      int and = andPhrases.knownAfterAnd(t, start, last);
      if (and > 0) {
        // "Commerzbank and Deutsche Bank", "the Treasury and Bank of England": two. The scan finds the
        // known second one after the "and"; the first counts when it is known or would count after a cue.
        String first = gazetteer.canonical(lowerJoined(t, start, and - 1));
        if (first != null) {
          found.add(first);
        } else if (and - start <= CuedOrganisationNames.MAX_CUED
            && cuedNames.isCuedName(t, start, and - 1, f.article)) {
          // Asked for a longer name than a known one ("Exxon Mobil and ..." after "Exxon"), it is that name.
          (found == f.names ? f.cued : found).add(joined(t, start, and - 1));
        }
        return and;
      }
      String known = knownWhole != NOT_ASKED ? knownWhole : gazetteer.canonical(key);
      int from = start;
      if (known == null && start < last && places.isPlaceWord(t.lower[start])) {
        known = gazetteer.canonical(lowerJoined(t, start + 1, last)); // "Iranian Revolutionary Guard Corps"
        from = start + 1;
      }
      if (known == null && stateBodies.isStateAndSector(t, start, last)) {
        return last + 1; // "the U.S. Unit eased", "U.S. Securities houses", "Indonesian Energy Minister ..."
      }
      String namesake = known == null ? null : namesakes.of(t, from, last, known); // "Australian Electoral Commission"
      String value = namesake != null ? namesake : known != null ? known : name;
      found.add(value);
      if (namesake != null) {
        f.namesakes.add(namesake); // its bracketed acronym stands for it ({@link OrganisationExtractor#scan})
      }
      defineAcronym(t, last, value, f);
      return last + 1;
    }
    // No organisation here: look again from the next word ("The IMF"); a run is at most MAX_RUN words,
    // so this stays linear.
    return i + 1;
  }

  /**
   * The token of the legal form after a bracketed region or holding in a company's name, else -1: "Nikko
   * Securities Co (Europe) Ltd", "Citicorp Investment Bank (Switzerland) AG", "Total Holdings (Australia) Pty
   * Ltd" are one company each. One or two capitalised words in the bracket, a legal form or an organisation
   * word right after it; a person's country in brackets ("Philip Roth (US) Muriel Spark") has none.
   */
  static int formAfterBracketedPart(Tokens t, int k) {
    if (!t.has(k, Tokens.BRACKET_BEFORE) || !OrganisationExtractor.isNameWord(t, k)) {
      return -1;
    }
    int last = k + 1 < t.size && !t.has(k + 1, Tokens.BREAK_BEFORE) && OrganisationExtractor.isNameWord(t, k + 1)
        ? k + 1 : k; // "(Hong Kong)"
    int form = last + 1;
    if (form >= t.size || !t.has(form, Tokens.BREAK_BEFORE) || t.has(form, Tokens.SENT_START)
        || !OrganisationExtractor.isNameWord(t, form)) {
      return -1;
    }
    return COMPANY_FORMS.contains(t.lower[form]) || "pty".equals(t.lower[form]) ? form : -1;
  }

  /**
   * A lower-case word joined by a hyphen to the capitalised word before it, with the name going on after it:
   * "Blu-ray Disc Association", "European Low-fare Airlines Association", "Co-operative Commonwealth
   * Federation". Not a participle, which describes the name that follows ("New York-based Holmes Protection
   * Group", "state-owned", "Chinese-made").
   */
  private static boolean isLowerCasePartOfName(Tokens t, int k) {
    if (!t.has(k, Tokens.HYPHEN_BEFORE) || t.has(k, Tokens.CAP) || t.has(k, Tokens.DIGIT) || k + 1 >= t.size
        || t.has(k + 1, Tokens.BREAK_BEFORE) || !OrganisationExtractor.isNameWord(t, k + 1)) {
      return false;
    }
    String w = t.lower[k];
    return !w.endsWith("ed") && !w.endsWith("ing") && !PARTICIPLES.contains(w);
  }

  /** Irregular participles of "X-made"-style descriptions before a name. */
  private static final java.util.Set<String> PARTICIPLES = Lookups.setOf("made", "run", "born", "held", "built",
      "grown", "known", "led", "bred", "driven", "won", "hit", "struck", "sponsored", "time", "half", "year");

  /** "Co Inc" left of "Merrill Lynch and Co Inc": legal forms alone name no organisation. */
  private static boolean onlyCompanyForms(Tokens t, int from, int to) {
    for (int k = from; k <= to; k++) {
      if (!COMPANY_FORMS.contains(t.lower[k])) {
        return false;
      }
    }
    return true;
  }

  /**
   * "on" right after an organisation word goes on with the name ("Commission on Presidential Debates",
   * "Council on Foreign Relations"), but not before a day or a month ("the Commission on Tuesday").
   */
  private static boolean isOnAfterEnding(Tokens t, int k, boolean afterEnding) {
    // Not after a company's legal form: "Cetek System Inc on January 5" (session 15).
    return afterEnding && "on".equals(t.text[k]) && k + 1 < t.size && !LEADING_NOISE.contains(t.lower[k + 1])
        && !"the".equals(t.text[k + 1]) && !SHORT_COMPANY_FORMS.contains(t.lower[k - 1]);
  }

  /** "International Tin Council (ITC)": the acronym right after the name, set off by punctuation. */
  static void defineAcronym(Tokens t, int nameEnd, String name, FoundOrganisations f) {
    int a = nameEnd + 1;
    // In brackets only: "MCI, BT, Deutsche Telekom" is a list, not BT defined as MCI (session 16).
    if (a < t.size && t.has(a, Tokens.BRACKET_BEFORE) && OrganisationExtractor.isAcronym(t, a)
        && (a + 1 == t.size || t.has(a + 1, Tokens.BREAK_BEFORE))) {
      f.defineAcronym(t.lower[a], name);
    }
  }

  /** Marks a run's known value as not looked up yet (compared by identity: no key or value is this string). */
  private static final String NOT_ASKED = new String("(not asked)");

  /** The tokens' lower-case forms joined by spaces: a gazetteer key. */
  static String lowerJoined(Tokens t, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int m = from; m <= to; m++) {
      sb.append(m > from ? " " : "").append(t.lower[m]);
    }
    return sb.toString();
  }

  static String joined(Tokens t, int from, int to) {
    StringBuilder sb = new StringBuilder();
    boolean inBracket = false;
    for (int m = from; m <= to; m++) {
      boolean bracket = m > from && t.has(m, Tokens.BRACKET_BEFORE);
      if (m > from) {
        sb.append(t.has(m, Tokens.HYPHEN_BEFORE) ? "-" : t.has(m, Tokens.AMPERSAND_BEFORE) ? " & " : bracket ? " (" : " ");
      }
      sb.append(t.text[m]);
      inBracket |= bracket;
      if (inBracket && (m == to || t.has(m + 1, Tokens.BREAK_BEFORE))) {
        sb.append(')'); // "Nikko Securities Co (Europe) Ltd": a name read through a bracket
        inBracket = false;
      }
      if (m < to && t.has(m, Tokens.POSSESSIVE)) {
        sb.append(t.text[m].endsWith("s") ? "'" : "'s"); // "Workers' Educational Association", "People's"
      }
    }
    return sb.toString();
  }
}
