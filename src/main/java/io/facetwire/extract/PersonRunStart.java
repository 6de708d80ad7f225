package io.facetwire.extract;

import static io.facetwire.extract.NameTokens.NEVER_SURNAMES;
import static io.facetwire.extract.NameTokens.isLowerHyphenPart;
import static io.facetwire.extract.NameTokens.isNameToken;

import io.facetwire.extract.NameLexicon.TitleKind;
import java.util.Set;

/**
 * Where the person's name starts in a run of capitalised words, and the title that goes with it: the title or role
 * written just before the run ("channel host, Vladimir Solovyov", "his predecessor, Taku Eto"), then the run read word
 * by word, cut after each title, place, organisation or function word that cannot be part of a name ("Russian
 * President | Vladimir Putin", "Tory | Liam Fox"), keeping the words a name holds although they read otherwise alone
 * (a middle initial, "van der", a surname that is also a place after a given name: "Alan White"). What the rest of the
 * run names is {@link PersonRuns}'s to decide. Immutable, hence thread-safe.
 */
final class PersonRunStart {

  /**
   * What {@link #find} returns: the name's first token, the title or role it carries, and whether a judge's rank
   * followed an honorific, packed in a long so that no object is made per run (a record here was 1.3 % more bytes
   * allocated per article in the extraction bench; the person step reads a dozen runs an article): the token in the
   * low 32 bits, the title's ordinal in the next 8, the judge's flag above them.
   */
  static int start(long found) {
    return (int) found;
  }

  static TitleKind titled(long found) {
    return TITLE_KINDS[(int) (found >>> 32) & 0xff];
  }

  static boolean judgesTitle(long found) {
    return (found >>> 40 & 1) != 0;
  }

  private static final TitleKind[] TITLE_KINDS = TitleKind.values();

  /**
   * Months that end a name after a given name: "Theresa May", "Brian May"; and June's short form, an East Asian given
   * name after the family name ("Lei Jun", Xiaomi's founder; session 43, news38).
   */
  static final Set<String> MONTH_SURNAMES = Lookups.setOf("may", "june", "april", "august", "jun");

  /** A month's short form that is a given name when a capitalised name follows it ("Jan Berry", not "Jan 5"). */
  private static final Set<String> MONTH_GIVEN_NAMES = Lookups.setOf("jan");
  /**
   * Calendar words that are given names too, after a title: "Senator Monday Okpebholo", "Sunday Dare", "Friday
   * Okonofua"; the East Asian "Jun" ("Professor Jun Takahashi", session 48, news43's development half; not without a
   * title: a cast list's character "Jun" runs on into the next line's actor).
   */
  private static final Set<String> GIVEN_NAMES_AFTER_A_TITLE = Lookups.setOf("monday", "sunday", "friday", "jun");

  /** Who held an office before or after someone: a role only after a person's "his" or "her". */
  private static final Set<String> OFFICE_HOLDERS_BEFORE = Lookups.setOf("predecessor", "successor");

  private static final Set<String> PERSONS_POSSESSIVES = Lookups.setOf("his", "her");

  private final NameLexicon lexicon;
  private final CountryGazetteer gazetteer;
  private final KnownPersons known;
  private final PersonCues cues;

  PersonRunStart(NameLexicon lexicon, CountryGazetteer gazetteer, KnownPersons known, PersonCues cues) {
    this.lexicon = lexicon;
    this.gazetteer = gazetteer;
    this.known = known;
    this.cues = cues;
  }

  /** A title or role written just before the run [from, to], in the same sentence; NONE if there is none. */
  TitleKind titleBefore(Tokens t, int from, int to) {
    TitleKind titled = TitleKind.NONE;
    int before = from - 1;
    if (before >= 0 && !t.has(from, Tokens.SENT_START) && !isNameToken(t, before)) {
      titled = strong(lexicon.titleKind(t.lower[before]));
      if (titled == TitleKind.HONORIFIC && (!t.has(before, Tokens.CAP) || NameTokens.capitalsInMixedCase(t, before)
          || t.has(before, Tokens.DOTTED))) {
        // "to miss Melbourne": an honorific is written with its capital ("Miss Smith"); "succeeding M.S.
        // Swaminathan": initials with a dot inside spell no "Ms" (session 48, test45)
        titled = TitleKind.NONE;
      }
      if (titled == TitleKind.NONE && endsChiefExecutive(t, before)) {
        titled = TitleKind.ROLE; // "chief executive Meg Whitman": a role in two words
      }
      if (titled == TitleKind.NONE && before > 0 && OFFICE_HOLDERS_BEFORE.contains(t.lower[before])
          && PERSONS_POSSESSIVES.contains(t.lower[before - 1])) {
        titled = TitleKind.ROLE; // "his predecessor, Taku Eto" (session 37, news37); not a firm's "its predecessor"
      }
      if (titled == TitleKind.NONE && before > 0 && t.lower[before].equals("mate") && t.lower[before - 1].equals("running")
          && !t.has(before, Tokens.CAP)) {
        titled = TitleKind.ROLE; // "his running mate, Osarodion Ogie" (session 47, news42's development half)
      }
      if (titled == TitleKind.NONE && t.has(from, Tokens.CAP)
          && lexicon.namesAPortfolio(t.lower[from]) && twoWordsAfterPortfolio(t, from, to)) {
        titled = officeBeforeItsPortfolio(t, before);
      }
    }
    return titled;
  }

  /**
   * Reads the run [from, to] word by word after the title before it ({@link #titleBefore}) for where the name starts
   * and the title it carries then ({@link #start}, {@link #titled}, {@link #judgesTitle} unpack the answer).
   */
  long find(Tokens t, int from, int to, TitleKind titledBefore) {
    TitleKind titled = titledBefore;
    // A title before the run or an apposition after it: then a word that usually ends a name (an
    // organisation or place word) is a surname after a given name: "physio Mike Banks", "said Daniel
    // Green, the company's vice president". A country's possessive before the run is no such cue: "Britain's Kaiser
    // Steel" is a firm.
    boolean cued = titled != TitleKind.NONE || to > from && cues.speaksAsItself(t, from, to);
    boolean judgesTitle = false;
    int start = from;
    for (int k = from; k <= to; k++) {
      t.steps++;
      String w = t.lower[k];
      if (k > start && k < to && NameTokens.isMiddleInitial(t, k) && lexicon.isFirstName(t.lower[k - 1])
          && t.has(k - 1, Tokens.CAP)) {
        continue; // "Walter M Phillips", "Charles A Blixt": a middle initial, not the honorific "M" or the word "A"
      }
      if (k > start && k < to && NameTokens.isMiddleInitial(t, k) && NameTokens.isInitial(t, k - 1)) {
        continue; // "K. L. M. Prasad": an initial after an initial, not the honorific "M"
      }
      if (k == start && NameTokens.memberBeforeAName(t, k, to, lexicon)) {
        start = k + 1; // "Tory Liam Fox"
        continue;
      }
      if (k == start && k < to && lexicon.titleKind(w) == TitleKind.NONE && lexicon.namesAPortfolio(w)
          && (titledBefore != TitleKind.NONE && twoWordsAfterPortfolio(t, k, to)
              || k == from && from > 0 && officeBeforeItsPortfolio(t, from - 1) != TitleKind.NONE)) {
        // "Minister of Science Masahito Moriyama", "Minister of Energy and Mines Subroto said": the portfolio's last
        // word (a word of [portfolios], no title word), not the name's first
        start = k + 1;
        continue;
      }
      TitleKind kind = lexicon.titleKind(w);
      if (kind == TitleKind.HONORIFIC && k < to && w.equals("m") && t.has(k, Tokens.DOT_AFTER)) {
        kind = TitleKind.NONE; // "said M. Sankaran, Director of ...", "M. Hal Taylor": English news writes the dotted
        // "M." as an initial; the French "M Chirac" of British papers has no dot (session 43)
      }
      if (kind == TitleKind.HONORIFIC && NameTokens.capitalsInMixedCase(t, k)) {
        kind = TitleKind.NONE; // "DR Congo beat Guinea": an honorific is written "Dr", in capitals only in a shouted line
      }
      if (kind != TitleKind.NONE && TitlesAsGivenNames.at(t, k, from, to)) {
        kind = TitleKind.NONE; // "analyst Earl Johnson said", "Sultan al-Neyadi": a given name, no peer or ruler
      }
      if (kind == TitleKind.NONE && k == start && k + 1 < to && t.text[k].equals("U") && !t.has(k, Tokens.DOT_AFTER)
          && !t.has(k, Tokens.SHOUT) && BurmeseNames.at(t, k + 1, to)) {
        // "U Kyaw Thu Ya", "President U Win Myint": the Burmese "Mr" before a Burmese name of two words or more, no
        // initial (written "U." then); the list leaves "U" out, a word too (session 47, news42's development half)
        kind = TitleKind.HONORIFIC;
      }
      if (kind == TitleKind.ROLE && w.equals("star") && t.has(k, Tokens.CAP) && !t.has(k, Tokens.SHOUT)) {
        kind = TitleKind.NONE; // "while Star Wars Battlefront inched up": a capital makes "Star" a title's first word;
        // the role is written "film star Tom Cruise" (session 45, test42)
      }
      if (kind == TitleKind.ROLE && lexicon.roleSurnameAfterGivenName(t, k, start, to)) {
        kind = TitleKind.NONE; // "Masayoshi Son", "Heung-min Son": a kin word that is a surname too (session 44)
      }
      // An office at the end of a run is a surname ("John Major", "Stephen King"), before a generation too ("Martin
      // Luther King Jr."); a role is not ("Tory Leader").
      if (kind != TitleKind.NONE && (k < to && !(k + 1 == to && k > start && NameTokens.isGeneration(t.lower[to]))
          || kind == TitleKind.ROLE)) {
        // "Mr Justice Smith", "Lord Justice Hoffmann": a rank after an honorific keeps the honorific's reading
        judgesTitle = kind == TitleKind.RANK && titled == TitleKind.HONORIFIC;
        titled = kind == TitleKind.MODIFIER || judgesTitle ? titled : kind;
        start = k + 1;
      } else if (k > start && k < to && lexicon.isParticle(w) && (!t.has(k, Tokens.CAP)
          || lexicon.isParticle(t.lower[k - 1]) || lexicon.isFirstName(t.lower[k - 1]) && t.has(k - 1, Tokens.CAP))) {
        // "van der" in "Jeroen van der Veer" ("Van" alone is a place); written with capitals after a given name
        // or another particle: "Hicham El Guerrouj", "Rocky De La Fuente", "Koos Ten Have", "Zine El Abidine Ben Ali"
        continue;
      } else if (isBarrier(t, k, start, to)
          && !((cued || titled != TitleKind.NONE) && surnameAfterGivenName(t, k, start, to))
          && !surnameAfterHonorific(t, k, start, to, titled)) {
        titled = TitleKind.NONE;
        start = k + 1;
      }
    }
    return start & 0xffffffffL | (long) titled.ordinal() << 32 | (judgesTitle ? 1L << 40 : 0);
  }

  /**
   * "Minister of Industry and Trade Cahit Aral": the run ("Trade Cahit Aral") opens with the last word of an office's
   * portfolio, joined to the office by "of" and "and" (lower case, so outside the run). Walks back from
   * {@code and} over the portfolio's capitalised words to an office or role; NONE where anything else stands between.
   */
  TitleKind officeBeforeItsPortfolio(Tokens t, int and) {
    if (!t.lower[and].equals("and") && !t.lower[and].equals("of")) {
      return TitleKind.NONE;
    }
    for (int k = and - 1; k >= 0 && k >= and - 8; k--) {
      if ((t.has(k + 1, Tokens.BREAK_BEFORE) || t.has(k + 1, Tokens.SENT_START)) && !portfoliosListed(t, k)) {
        return TitleKind.NONE; // punctuation between: "..., and Trade Cahit Aral" is no portfolio
      }
      String w = t.lower[k];
      TitleKind kind = lexicon.titleKind(w);
      if ((kind == TitleKind.OFFICE || kind == TitleKind.ROLE) && t.has(k, Tokens.CAP)) {
        return kind;
      }
      boolean link = (w.equals("of") || w.equals("and") || w.equals("for")) && !t.has(k, Tokens.CAP);
      if (!link && !(t.has(k, Tokens.CAP) && lexicon.namesAPortfolio(w))) {
        return TitleKind.NONE;
      }
    }
    return TitleKind.NONE;
  }

  /**
   * "Minister of Education, Culture, Sports, Science and Technology Masahito Moriyama": a comma (or another break
   * inside the sentence, not a bracket or a quote) between two capitalised portfolio words lists the office's
   * portfolios (session 41, news36's development half); a break before any other word ends them.
   */
  private boolean portfoliosListed(Tokens t, int k) {
    int next = k + 1;
    return !t.has(next, Tokens.SENT_START) && !t.has(next, Tokens.BRACKET_BEFORE) && !t.has(next, Tokens.QUOTE_BEFORE)
        && t.has(k, Tokens.CAP) && t.has(next, Tokens.CAP) && lexicon.namesAPortfolio(t.lower[k])
        && lexicon.namesAPortfolio(t.lower[next]);
  }

  /** The run [from, to] is portfolio words and then two words that are neither title nor organisation words. */
  private boolean twoWordsAfterPortfolio(Tokens t, int from, int to) {
    int k = from;
    while (k <= to && lexicon.namesAPortfolio(t.lower[k])) {
      k++;
    }
    return to - k == 1 && !lexicon.isOrganisationWord(t.lower[k]) && lexicon.titleKind(t.lower[k]) == TitleKind.NONE
        && !lexicon.isOrganisationWord(t.lower[to]);
  }

  /** A title right before the run: "Professor Takahashi Jun", a Japanese name family name first (session 44). */
  private boolean titledBefore(Tokens t, int start) {
    return start > 0 && !t.has(start, Tokens.BREAK_BEFORE) && lexicon.titleKind(t.lower[start - 1]) != TitleKind.NONE;
  }

  /** Token k ends "chief executive", a role in two words whose second word alone is no title. */
  static boolean endsChiefExecutive(Tokens t, int k) {
    return k > 0 && t.lower[k].equals("executive") && t.lower[k - 1].equals("chief");
  }

  /** A title's kind before a name; a modifier alone ("former", "Deputy", "Finance") makes no title. */
  static TitleKind strong(TitleKind kind) {
    return kind == TitleKind.MODIFIER ? TitleKind.NONE : kind;
  }

  /**
   * True if token k cannot be part of a person's name: a function or calendar word, an organisation
   * word, a place word. A given name that opens the rest of the run stays ("Bill Clinton", "Jordan
   * Henderson"), and so does a calendar word ending a run after a given name ("Theresa May").
   */
  private boolean isBarrier(Tokens t, int k, int start, int to) {
    String w = t.lower[k];
    if (k > start && isLowerHyphenPart(t, k) || VietnameseNames.at(t, start, to)) {
      return false; // "Jae-in", "Jae-on": the end of a hyphenated given name, however it reads alone
    }
    if (k > start && k < to && KoreanNames.at(t, k - 1, k + 1)) {
      return false; // "Finance Minister Chung In-yong": a Korean given name's first syllable, though "In" is a word
    }
    boolean opensName = k < to && lexicon.isFirstName(w);
    if (k == start && k < to && NameTokens.isInitial(t, k) && lexicon.isFirstName(t.lower[k + 1])) {
      return false; // "A. Dale Mayo, Clearview's president": an initial before a given name, not the word "A"
    }
    if (lexicon.isStopWord(w)) {
      if (k == start && ChineseNames.heAt(t, k, to)) {
        return false; // "Spokesperson He Yadong said": the family name He
      }
      if (opensName && MONTH_GIVEN_NAMES.contains(w)) {
        return false; // "Jan Berry", "April Ryan": a month is followed by its day ("Jan 5"), not by a name
      }
      if (k == start && k < to && GIVEN_NAMES_AFTER_A_TITLE.contains(w) && titledBefore(t, start) && !t.has(k + 1, Tokens.DIGIT)) {
        return false; // "Senator Monday Okpebholo", "Minister Sunday Dare": Nigerian given names (session 47, news42)
      }
      if (k == to && k > start && known.knowsWholeName(t.lower[k - 1], w)) {
        return false; // "Oliver North": a well-known person's surname that is also a compass or calendar word
      }
      return !(MONTH_SURNAMES.contains(w) && k == to && k - 1 == start
          && (lexicon.isFirstName(t.lower[start]) || titledBefore(t, start)) && !t.has(start, Tokens.SENT_START));
    }
    if (lexicon.isOrganisationWord(w)) {
      return !opensName;
    }
    return gazetteer.isPlaceWord(w) && !opensName && !surnameOfLongerPlace(t, k, start, to);
  }

  /**
   * "Alan White", "Thurgood Marshall": a word that names a place only inside a longer name ("White House",
   * "Marshall Islands") is a surname when it ends the run right after a given name, unless the two words
   * are a place themselves ("Costa Rica", "Sierra Leone").
   */
  private boolean surnameOfLongerPlace(Tokens t, int k, int start, int to) {
    // The last word of the run, or the middle one of three after a given name whose last word is no place or
    // organisation word: "Victor Paz Estenssoro", "Hector Rios Erenu" (session 22; Spanish names carry two surnames).
    boolean middle = k + 1 == to && k == start + 1 && !gazetteer.isPlaceWord(t.lower[to])
        && !lexicon.isOrganisationWord(t.lower[to]) && !lexicon.isStopWord(t.lower[to]);
    // The given name may stand before a middle initial: "Robert C. Marshall", "Austin C. Marshall" (test27).
    int given = k - 1 > start && NameTokens.isMiddleInitial(t, k - 1) ? k - 2 : k - 1;
    if (k != to && !middle || k <= start || !lexicon.isFirstName(t.lower[given]) || !t.has(given, Tokens.CAP)
        || NEVER_SURNAMES.contains(t.lower[k])) {
      return false;
    }
    for (CountryGazetteer.Entry e : gazetteer.startingWith(t.lower[k])) {
      t.steps++;
      if (e.length() == 1) {
        return false; // a place by itself: "Jordan Washington" is left as it was
      }
    }
    for (CountryGazetteer.Entry e : gazetteer.startingWith(t.lower[k - 1])) {
      t.steps++;
      if (e.length() == 2 && e.lower()[1].equals(t.lower[k])) {
        return false;
      }
    }
    return true;
  }

  /**
   * Token k ends the run right after a given name that opens it (particles between), and is no function
   * word: "Mike Banks", "Miguel de la Madrid".
   */
  private boolean surnameAfterGivenName(Tokens t, int k, int start, int to) {
    if (k != to || k <= start || lexicon.isStopWord(t.lower[k]) || NEVER_SURNAMES.contains(t.lower[k])) {
      return false;
    }
    int given = k - 1;
    while (given > start && lexicon.isParticle(t.lower[given])) {
      given--; // only particles between: "Miguel de la Madrid"
    }
    // The given name may follow a word the run began with ("Backbencher Stephen Pound said"), unless the
    // surname is an organisation word: "Brokers James Capel said" names the firm.
    return lexicon.isFirstName(t.lower[given]) && t.has(given, Tokens.CAP) && !lexicon.isParticle(t.lower[given])
        && (given == start || !lexicon.isOrganisationWord(t.lower[k]));
  }

  /**
   * "Mr Pound", "Mrs Washington", "Ms Hall": the one word after an honorific written with its capital is a surname even
   * where it is also a place or organisation word (a currency, a city, a firm's word); a function word is not.
   */
  private boolean surnameAfterHonorific(Tokens t, int k, int start, int to, TitleKind titled) {
    return titled == TitleKind.HONORIFIC && k == start && k == to && k > 0 && t.has(k - 1, Tokens.CAP)
        && !lexicon.isStopWord(t.lower[k]) && !lexicon.isOrganisationWord(t.lower[k]) && !t.has(k, Tokens.BREAK_BEFORE);
  }
}
