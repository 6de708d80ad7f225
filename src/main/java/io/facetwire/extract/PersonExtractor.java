package io.facetwire.extract;

import static io.facetwire.extract.NameTokens.afterPlacePrefix;
import static io.facetwire.extract.NameTokens.isNameToken;
import static io.facetwire.extract.NameTokens.joined;
import static io.facetwire.extract.NameTokens.joinedToAWordBefore;
import static io.facetwire.extract.NameTokens.parts;

import io.facetwire.extract.NameLexicon.TitleKind;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the people an article names, walking it run by run: {@link PersonRunEnds} finds where a run of capitalised
 * words ends, and {@link PersonRuns} reads the run for the person it names ("Russian President | Vladimir Putin").
 * The walk reads what only the words around a run tell: a well-known person in a shouted headline ("VOLCKER SEES
 * ..."), initials before a surname ("Chairman A.W. Clausen", "JP McManus"), a family member by a given name alone
 * ("his wife Audrey"), a given name that shares the next name's surname ("Richard and Lisa Parry"), a firm's word
 * ("Sharon Steel Corp"), and a team sheet's or credit line's names, read only to tell whom the prose means
 * ({@link LineUps}, {@link CreditLines}). A surname alone after an honorific or office ("Mr Khatami", "President
 * Reagan") is the same person as a full name with that surname in the article, else a well-known person
 * ({@link KnownPersons}), else that surname ({@link PersonResolution}); shorter forms fold into the longest one, and a
 * word before another person's surname is no person of its own ({@link WordsBeforeSurnames}). Immutable, hence
 * thread-safe: all state is per call.
 */
final class PersonExtractor {

  private final NameLexicon lexicon;
  /** Made once: a method reference made per article would be one more object for every story. */
  private final java.util.function.Predicate<String> commonGivenName;
  private final CountryGazetteer gazetteer;
  private final KnownPersons known;
  private final PersonCues cues;
  private final LineUps lineUps;
  private final PersonRunEnds runEnds;
  private final PersonRuns runs;
  private final WordsBeforeSurnames wordsBeforeSurnames;
  private final GivenNameForms givenNameForms = GivenNameForms.loadDefault();

  PersonExtractor(NameLexicon lexicon, CountryGazetteer gazetteer, KnownPersons known) {
    this.lexicon = lexicon;
    this.commonGivenName = lexicon::isCommonFirstName;
    this.gazetteer = gazetteer;
    this.known = known;
    this.cues = new PersonCues(lexicon, gazetteer);
    this.lineUps = new LineUps(lexicon, gazetteer);
    this.runEnds = new PersonRunEnds(lexicon);
    this.runs = new PersonRuns(lexicon, gazetteer, known, cues);
    this.wordsBeforeSurnames = new WordsBeforeSurnames(lexicon);
  }

  List<String> extract(Tokens t) {
    return extract(t, null);
  }

  /** The persons of an article published at {@code publishedAt} (null if unknown): "President Bush" of its time. */
  List<String> extract(Tokens t, java.time.Instant publishedAt) {
    PersonMentions mentions = new PersonMentions();
    boolean[] lineUp = CreditLines.mark(t, lineUps.find(t)); // team sheets and credit lines: read, not persons
    int familyGiven = -1;
    String familySurname = null;
    int i = 0;
    while (i < t.size) {
      t.steps++;
      if (!isNameToken(t, i)) {
        if (t.has(i, Tokens.SHOUT) && !t.has(i, Tokens.DIGIT) && !t.has(i, Tokens.DATELINE)
            && known.find(KnownPersons.key(t.lower[i])) != null && !NamedThings.namesAGovernment(t, i)
            && !gazetteer.isPlaceWord(t.lower[i]) && !joinedToAWordBefore(t, i)) {
          // A headline in capitals has no case to go by, but "VOLCKER SEES ..." still names Paul Volcker.
          // A dateline names the place the story was filed from: "MADRID, March 20 -" is not Miguel de la Madrid.
          // "PLYWOOD CREDITS EYED BY REAGAN ADMINISTRATION" names the government, as it does in the body.
          // A place's word is the place in a headline too: "MADRID METRO HALTED" is the city, not de la Madrid.
          mentions.single(new PersonMentions.Single(t.text[i], false));
        }
        i++;
        continue;
      }
      int j = runEnds.last(t, i);
      if (j == i && dottedInitialsBefore(t, i)) {
        // "Chairman A.W. Clausen", "R.C. Mills, president of ...": a dotted word of initials is no name token of its
        // own ("U.S."), so the name is read here from the initials and the surname after them (session 21).
        mentions.inLineUp(lineUp != null && lineUp[i]);
        int given = i - 2; // "William K.K. Wong": a given name we know before the initials is the name's start
        boolean withGiven = given >= 0 && !t.has(i - 1, Tokens.BREAK_BEFORE) && t.has(given, Tokens.CAP)
            && lexicon.isFirstName(t.lower[given]) && NameTokens.isNameToken(t, given);
        mentions.full(parts(t, withGiven ? given : i - 1, i));
        i = j + 1;
        continue;
      }
      if (j > i && t.has(i, Tokens.CAP) && (lexicon.isOrganisationWord(t.lower[j]) || NamedThings.endsWithAThing(t, j))
          || runs.organisationFollows(t, j)) {
        mentions.companyWord(t.text[i]); // "Sharon Steel Corp", "Mueller Brass Co": the word names the company
        if (j > i + 1 && lexicon.titleKind(t.lower[i]) != TitleKind.NONE) {
          mentions.companyWord(t.text[i + 1]); // "King Soopers Supermarkets": "King Soopers" names it too (session 48)
        }
        if (i > 0 && t.has(i, Tokens.BREAK_BEFORE) && !t.has(i, Tokens.SENT_START) && isNameToken(t, i - 1)
            && (i == 1 || t.has(i - 1, Tokens.BREAK_BEFORE))) {
          mentions.commaJoinedFirmName(t.text[i - 1], t.text[i]); // "Warburg, Pincus Capital Co": "Warburg Pincus"
        }
      }
      // A team sheet's names are read only to tell who the prose means (LABELLING.md leaves them out).
      mentions.inLineUp(lineUp != null && lineUp[i]);
      String surname = j == i ? familySurname(t, i, familyGiven, familySurname, mentions) : null;
      if (surname != null) {
        mentions.family(t.text[i], surname); // "his wife Audrey", "Fletcher's daughter Jill"
        familyGiven = i;
        familySurname = surname;
        i = j + 1;
        continue;
      }
      if (j == i && initialsAndSurname(t, i)) {
        // "succeeding M.S. Swaminathan": no cue here, but "Swaminathan, who has headed IRRI" later says a person is
        // meant; "E.F. Hutton said" never does (session 48, test45)
        mentions.initialsBeforeSurname(parts(t, i - 1, i));
      }
      if (j == i && i > 0 && isInitialPair(t, i - 1) && !t.has(i, Tokens.BREAK_BEFORE) && runs.isCandidate(t, i, i)) {
        // "JP McManus", "AL Gooneratne": two initials written as one word; a person if a cue says so.
        mentions.candidate(new String[] {t.text[i - 1], t.text[i]}, cues.speaks(t, i - 1, i));
      } else {
        runs.read(t, i, j, mentions);
        sharedSurname(t, i, j, mentions);
      }
      i = j + 1;
    }
    PersonResolution resolution = new PersonResolution(mentions, commonGivenName);
    List<String> persons = resolution.resolve(known, givenNameForms, publishedAt);
    t.steps += resolution.steps();
    List<String> named = TitleCaseHeadlines.at(t) ? TitleCaseHeadlines.namedInBody(t, persons, lexicon) : persons;
    return named.size() < 2 ? named : wordsBeforeSurnames.without(t, named);
  }

  /** The owner's surname with its particle: "Mr al-Masri's eldest daughter, Rama" is Rama al-Masri (session 44). */
  private String ownersSurname(Tokens t, int owner) {
    String surname = joined(t, owner, owner);
    return owner > 0 && t.has(owner, Tokens.HYPHEN_BEFORE) && !t.has(owner - 1, Tokens.CAP)
        && lexicon.isParticle(t.lower[owner - 1]) ? t.text[owner - 1] + "-" + surname : surname;
  }

  /**
   * The surname of a family member named by the given name at {@code i} alone ({@link FamilyMembers}), or
   * {@code null}: the owner's ("Fletcher's daughter Jill"), the person's named last ("his wife Audrey"), or the
   * previous family member's ("his two sons, Avi and Joel", "his wife Sandra, daughter Larissa").
   */
  private String familySurname(Tokens t, int i, int previousGiven, String previousSurname, PersonMentions mentions) {
    if (!lexicon.isFirstName(t.lower[i]) || !t.has(i, Tokens.CAP) || t.has(i, Tokens.POSSESSIVE)
        || t.text[i].length() < 2 || t.has(i, Tokens.HYPHEN_BEFORE)) {
      return null;
    }
    if (previousGiven >= 0 && (FamilyMembers.continuesList(t, previousGiven, i)
        || FamilyMembers.continuesKinList(t, previousGiven, i))) {
      return previousSurname;
    }
    int owner = FamilyMembers.owner(t, i);
    String surname = owner == FamilyMembers.LAST_NAMED ? mentions.mainSurname()
        : owner >= 0 ? ownersSurname(t, owner) : null;
    // The owner's name must be a surname: a person's the article named ("Fletcher's daughter Jill" after "Cyril
    // Fletcher"), or no given name we know ("Michael's mother, Anwar" makes no surname plain).
    return surname == null || surname.indexOf(' ') >= 0 || surname.equalsIgnoreCase(t.text[i])
        || owner >= 0 && lexicon.isFirstName(surname.toLowerCase(Locale.ROOT)) && !mentions.isSurname(surname)
        ? null : surname;
  }

  /**
   * The name token {@code i}, a surname alone in its run, follows a dotted word of initials ("A.W. Clausen") and a
   * title before them or a role after it says a person is meant; "U.S. Steel" (a place's initials) never is.
   */
  private boolean dottedInitialsBefore(Tokens t, int i) {
    if (!initialsAndSurname(t, i)) {
      return false;
    }
    int d = i - 1;
    int before = d - 1;
    // "former chief executive D.E. Gillespie" (session 50, test47): the role in two words is a title too
    boolean titled = before >= 0 && !t.has(d, Tokens.BREAK_BEFORE) && !t.has(d, Tokens.SENT_START)
        && (PersonRunStart.strong(lexicon.titleKind(t.lower[before])) != TitleKind.NONE
            && (lexicon.titleKind(t.lower[before]) != TitleKind.HONORIFIC || t.has(before, Tokens.CAP))
            || PersonRunStart.endsChiefExecutive(t, before));
    return titled || cues.described(t, d, i) || titleInApposition(t, d, i);
  }

  /**
   * The name token {@code i} follows a dotted word of initials and could be their surname ("M.S. Swaminathan"): no
   * place's or organisation's initials ("U.S. Steel"), no firm's word after it.
   */
  private boolean initialsAndSurname(Tokens t, int i) {
    int d = i - 1;
    return d >= 0 && !t.has(i, Tokens.BREAK_BEFORE) && NameTokens.isDottedInitials(t, d)
        && !gazetteer.isPlaceWord(t.lower[d]) && !lexicon.isOrganisationWord(t.lower[d]) && t.text[i].length() >= 3
        && !t.has(i, Tokens.ALL_CAPS) && runs.isCandidate(t, i, i) && !runs.organisationFollows(t, i)
        && !NamedThings.endsWithAThing(t, i);
  }

  /** The titles an apposition before a name may hold ("its president, J.R. Moman,"): no honorific, no modifier. */
  private static final Set<TitleKind> APPOSED_TITLES = EnumSet.of(TitleKind.OFFICE, TitleKind.RANK, TitleKind.ROLE);

  /**
   * "its president, J.R. Moman, resigned": the title of a role, a comma, and the name closed by a break after it: an
   * apposition names the title's holder (session 47, test44). A full stop, a quote or a bracket before the initials
   * opens something else; a capital after the comma goes on with a firm's partners ("its financial advisor, L.F.
   * Rothschild, Unterberg, Towbin Inc").
   */
  private boolean titleInApposition(Tokens t, int d, int i) {
    int before = d - 1;
    return before >= 0 && t.has(d, Tokens.BREAK_BEFORE) && !t.has(d, Tokens.SENT_START)
        && !t.has(d, Tokens.QUOTE_BEFORE | Tokens.BRACKET_BEFORE | Tokens.MARK_BEFORE | Tokens.SLASH_BEFORE)
        && APPOSED_TITLES.contains(lexicon.titleKind(t.lower[before])) && !t.has(before, Tokens.CAP)
        && (i + 1 >= t.size || t.has(i + 1, Tokens.SENT_START)
            || t.has(i + 1, Tokens.BREAK_BEFORE) && !t.has(i + 1, Tokens.CAP));
  }

  /**
   * Two capitals standing for two given names ("JP", "AL"): no acronym we know as a place ("US", "UK"),
   * an organisation ("EU", "UN") or a title ("MP"), and not in a line of capitals.
   */
  private boolean isInitialPair(Tokens t, int i) {
    String w = t.lower[i];
    return w.length() == 2 && t.has(i, Tokens.ALL_CAPS) && !t.has(i, Tokens.SHOUT) && !t.has(i, Tokens.DIGIT)
        && !t.has(i, Tokens.DOTTED) && Character.isLetter(w.charAt(0)) && Character.isLetter(w.charAt(1))
        && !gazetteer.isPlaceWord(w) && !lexicon.isOrganisationWord(w) && lexicon.titleKind(w) == TitleKind.NONE
        && !lexicon.isStopWord(w) && !STAGE_PREFIXES.contains(w) && !(i > 0 && ARTICLES.contains(t.lower[i - 1]));
  }

  /** Two capitals that open a stage name or a product, not initials: "MC Kano", "DJ Shadow". */
  private static final Set<String> STAGE_PREFIXES = Lookups.setOf("mc", "dj");

  /** Words before a thing, not a person: "the new VW Beetle". */
  private static final Set<String> ARTICLES = Lookups.setOf("the", "a", "an", "new");

  /**
   * "Richard and Lisa Parry", "Alfred and David Billes": a given name alone, joined by "and" to a full name,
   * shares its surname (LABELLING.md: a family member whose surname the sentence makes plain).
   */
  private void sharedSurname(Tokens t, int i, int j, PersonMentions mentions) {
    int second = j + 2;
    if (j != i || second + 1 >= t.size || !t.lower[j + 1].equals("and") || known.find(KnownPersons.key(t.lower[i])) != null || t.has(j + 1, Tokens.BREAK_BEFORE)
        || t.has(second, Tokens.BREAK_BEFORE) || !lexicon.isFirstName(t.lower[i]) || !lexicon.isFirstName(t.lower[second])
        || !isNameToken(t, second) || t.has(i, Tokens.POSSESSIVE) || afterPlacePrefix(t, i)) {
      return;
    }
    int end = runEnds.last(t, second);
    int surname = second + 1;
    if (end < surname || end > surname + 1 || !runs.isCandidate(t, surname, end)) {
      return; // "Tom and Jerry", or a longer run that is no "given name + surname"
    }
    String[] rest = parts(t, surname, end);
    String[] name = new String[rest.length + 1];
    name[0] = t.text[i];
    System.arraycopy(rest, 0, name, 1, rest.length);
    mentions.full(name);
  }
}
