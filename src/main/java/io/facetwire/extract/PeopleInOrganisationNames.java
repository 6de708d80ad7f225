package io.facetwire.extract;

import static io.facetwire.extract.OrganisationWords.CONNECTORS;
import static io.facetwire.extract.OrganisationWords.LEADING_NOISE;
import static io.facetwire.extract.OrganisationWords.PEOPLE_PLURALS;
import static io.facetwire.extract.OrganisationWords.SHORT_COMPANY_FORMS;

import java.util.Set;

/**
 * The words of people in and beside an organisation's name, and which of them the name keeps: a title, role or
 * sentence word before the name is cut ("Spokesman ...", "Friday Ford Motor Company"), and a person's title after
 * the name's "of" part ends it ("Council of Economic Advisers | Chairman Beryl Sprinkel"); but a post the body is
 * named after ("Office of the Deputy Prime Minister"), its members in the plural ("Association of Chief Police
 * Officers") and a possessive of people or of an office ("People's Liberation Army", "Lord Chancellor's Department")
 * belong to the name. {@link OrganisationRuns} asks while it scans a run and while it cuts the run's start.
 * Immutable, hence thread-safe.
 */
final class PeopleInOrganisationNames {

  /** Which words are titles, roles or parts of a title. */
  private final NameLexicon lexicon;
  /** The words of the countries' names, aliases and adjectives: a place's possessive is no people's. */
  private final CountryGazetteer places;

  PeopleInOrganisationNames(NameLexicon lexicon, CountryGazetteer places) {
    this.lexicon = lexicon;
    this.places = places;
  }

  /**
   * "the Centre Party of Sigmundur Davíð Gunnlaugsson": after a party's word, "of" and two or three capitalised words,
   * none a place, organisation or function word and the last no plural, name the party's leader, not more of its name
   * ("Party of Regions", "Party of European Socialists", "Communist Party of China" go on; session 46, news41).
   */
  boolean leaderAfterPartyOf(Tokens t, int of) {
    if (of < 1 || of + 2 >= t.size || !"party".equals(t.lower[of - 1]) || !"of".equals(t.text[of])) {
      return false;
    }
    int k = of + 1;
    while (k < t.size && k <= of + 3 && OrganisationExtractor.isNameWord(t, k)
        && (k == of + 1 || !t.has(k, Tokens.BREAK_BEFORE))) {
      String w = t.lower[k];
      if (places.isPlaceWord(w) || lexicon.isOrganisationWord(w) || lexicon.isStopWord(w) || lexicon.isPersonTitle(w)) {
        return false;
      }
      k++;
    }
    int last = k - 1;
    boolean runEnds = k >= t.size || !OrganisationExtractor.isNameWord(t, k) || t.has(k, Tokens.BREAK_BEFORE);
    return last > of + 1 && runEnds && !t.lower[last].endsWith("s");
  }

  /** A word before a name that belongs to the sentence: "The", "Friday", "Spokesman", "rival". */
  boolean isLeadingNoise(Tokens t, int k) {
    String w = t.lower[k];
    return LEADING_NOISE.contains(w) || CONNECTORS.contains(t.text[k]) || lexicon.isPersonTitle(w) || isRole(w);
  }

  private boolean isRole(String lower) {
    return lexicon.titleKind(lower) == NameLexicon.TitleKind.ROLE;
  }

  /**
   * A person's title or role at k, after a name's "of" part: the name ends before it ("Council of Economic Advisers
   * | Chairman Beryl Sprinkel"), unless it names the post the body is named after ("Office of the Deputy Prime
   * Minister") or the body's members in the plural ("Association of Chief Police Officers").
   */
  boolean isPersonsTitleAfterName(Tokens t, int k) {
    return (lexicon.isPersonTitle(t.lower[k]) || isRole(t.lower[k])) && !namesAPost(t, k)
        && !isPluralOfPeople(t.lower[k]);
  }

  /**
   * "Office of the Deputy Prime Minister", "Office of the High Commissioner": right after "of the", a
   * title names the post the body is named after, with the words of the title after it; "Council of
   * Economic Advisers Chairman Beryl Sprinkel" is a person's title after the name.
   */
  private boolean namesAPost(Tokens t, int k) {
    int m = k;
    while (m > 0 && OrganisationExtractor.isNameWord(t, m - 1) && !t.has(m, Tokens.BREAK_BEFORE)
        && (lexicon.titleKind(t.lower[m - 1]) != NameLexicon.TitleKind.NONE || TITLE_WORDS.contains(t.lower[m - 1]))
        && k - m < 3) {
      m--; // back over "Deputy Prime" to the word before the title
    }
    return m >= 2 && "the".equals(t.text[m - 1]) && ("of".equals(t.text[m - 2]) || "for".equals(t.text[m - 2]))
        && (k + 1 >= t.size || t.has(k + 1, Tokens.BREAK_BEFORE) || !OrganisationExtractor.isNameWord(t, k + 1)
            || lexicon.isPersonTitle(t.lower[k + 1]) || isRole(t.lower[k + 1]));
  }

  /** Words of a title that are no title alone: "Prime" of "Prime Minister", "High" of "High Commissioner". */
  private static final Set<String> TITLE_WORDS = Lookups.setOf("prime", "high", "chief", "attorney",
      "surgeon", "solicitor", "auditor", "comptroller", "inspector", "director", "deputy", "vice");

  /**
   * "Association of Chief Police Officers", "National Association of Higher Education Teachers": a title in
   * the plural after "of" names the members the body is made of; a person's title before a name is singular
   * ("Council of Economic Advisers | Chairman Beryl Sprinkel").
   */
  private static boolean isPluralOfPeople(String lower) {
    return lower.length() > 4 && lower.endsWith("s") && !lower.endsWith("ss");
  }

  /**
   * "People's Liberation Army", "Workers' Educational Association", "National Cattlemen's Association",
   * "Lord Chancellor's Department", "McDonald's Corp": a possessive goes on with the name when a name word
   * follows it and the possessive is of people in the plural, of an office ("Chancellor's", "Sheriff's",
   * "Trade Representative's"), or of a firm whose legal form is all that follows. Not a place's, a person's or
   * another company's ("Britain's Labour Party", "Soviets' Foreign Ministry", "Reagan's Commerce
   * Department", "Allegheny's Sunbeam Corp"): those name the body that belongs to them, which the run after
   * the possessive reads on its own. "People" is a place word only through "People's Republic".
   */
  boolean isGroupOfPeople(Tokens t, int k) {
    String w = t.lower[k];
    if (k + 1 >= t.size || t.has(k + 1, Tokens.BREAK_BEFORE) || !OrganisationExtractor.isNameWord(t, k + 1)) {
      return false;
    }
    if (PEOPLE_PLURALS.contains(w)) {
      return true;
    }
    if (places.isPlaceWord(w)) {
      return false;
    }
    NameLexicon.TitleKind kind = lexicon.titleKind(w);
    return w.length() > 4 && (w.endsWith("ers") || w.endsWith("men"))
        || (kind == NameLexicon.TitleKind.OFFICE || kind == NameLexicon.TitleKind.RANK) && isOneWordAfter(t, k + 1)
        || isLegalFormAlone(t, k + 1);
  }

  /**
   * "Lord Chancellor's Department", "the Prince's Trust": an office in the possessive, and a title right before
   * it, name the body; they are no title before a name to cut off.
   */
  boolean isOfficeOfTheName(Tokens t, int k) {
    return t.has(k, Tokens.POSSESSIVE) && isGroupOfPeople(t, k)
        || k + 1 < t.size && t.has(k + 1, Tokens.POSSESSIVE) && lexicon.isPersonTitle(t.lower[k + 1])
            && isGroupOfPeople(t, k + 1);
  }

  /**
   * "Sheriff's Office", "Chancellor's Department": an office's body is one word after it; a whole name after it
   * is its own ("the President's Council of Economic Advisers" is the Council of Economic Advisers).
   */
  private static boolean isOneWordAfter(Tokens t, int k) {
    int n = k + 1;
    return n >= t.size || t.has(n, Tokens.BREAK_BEFORE)
        || !OrganisationExtractor.isNameWord(t, n) && !CONNECTORS.contains(t.text[n]);
  }

  /** "McDonald's Corp", "Borman's Inc": a company form and no name word after it. */
  private static boolean isLegalFormAlone(Tokens t, int k) {
    return SHORT_COMPANY_FORMS.contains(t.lower[k])
        && (k + 1 >= t.size || t.has(k + 1, Tokens.BREAK_BEFORE) || !OrganisationExtractor.isNameWord(t, k + 1));
  }
}
