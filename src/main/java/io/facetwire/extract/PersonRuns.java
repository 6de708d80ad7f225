package io.facetwire.extract;

import static io.facetwire.extract.NameTokens.afterPlacePrefix;
import static io.facetwire.extract.NameTokens.isInitial;
import static io.facetwire.extract.NameTokens.isLowerHyphenPart;
import static io.facetwire.extract.NameTokens.isRegnalNumber;
import static io.facetwire.extract.NameTokens.joined;
import static io.facetwire.extract.NameTokens.joinedToAWordBefore;
import static io.facetwire.extract.NameTokens.parts;

import io.facetwire.extract.NameLexicon.TitleKind;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a run of capitalised words for the person it names, if any. The run is cut after its last title, place,
 * organisation or function word ({@link PersonRunStart}: "Russian President | Vladimir Putin", "House Intelligence
 * Committee Representative | Adam Schiff"); what is left is a full name when it starts with a known given name or follows a title or role
 * ("actress Cate Blanchett"), a name the article must confirm when its given name is unknown ("Tirunesh Dibaba"), or
 * a surname alone after an honorific or office ("Mr Khatami", "President Reagan"). A run that ends in an organisation
 * word or names a storm, a ship, a show or a government names no person ("Kennedy Space Center", "Hurricane
 * Dorian"). Which person a surname alone is, is {@link PersonResolution}'s to tell. Immutable, hence thread-safe:
 * all state is in the call's mentions.
 */
final class PersonRuns {

  /**
   * A role whose holders go by one name (session 39, news37's development half: "the rapper Olamide", "singer Tyla"):
   * the one word after it is the person's whole name, not a surname to find among the article's full names.
   */
  private static boolean stageNameRole(Tokens t, int k, TitleKind titled) {
    return titled == TitleKind.ROLE && k > 0 && STAGE_NAME_ROLES.contains(t.lower[k - 1]);
  }

  private static final Set<String> STAGE_NAME_ROLES = Lookups.setOf("rapper", "rappers", "singer", "singers",
      "musician", "musicians", "dj"); // not "star" ("Star Wars") or "producer" ("sugar producer Beghin-Say")

  /**
   * Longer runs are titles of works, lists or headlines, not names. Counted in words: the parts of a hyphenated word
   * are one ("Sheikh Abdul-Aziz bin Khalifa al-Thani" is five words, not seven tokens).
   */
  private static final int MAX_NAME_WORDS = 5;

  /** A name of unknown given name has two or three words ("Kenenisa Bekele", "Sri Mulyani Indrawati"). */
  private static final int MAX_CANDIDATE_TOKENS = 3;

  /** The words of tokens [k, to]: a token joined to the one before by a hyphen is part of its word. */
  private static int wordsOf(Tokens t, int k, int to) {
    int n = 1;
    for (int j = k + 1; j <= to; j++) {
      if (!t.has(j, Tokens.HYPHEN_BEFORE)) {
        n++;
      }
    }
    return n;
  }

  private final NameLexicon lexicon;
  private final CountryGazetteer gazetteer;
  private final KnownPersons known;
  private final PersonCues cues;
  private final PersonRunStart runStart;

  PersonRuns(NameLexicon lexicon, CountryGazetteer gazetteer, KnownPersons known, PersonCues cues) {
    this.lexicon = lexicon;
    this.gazetteer = gazetteer;
    this.known = known;
    this.cues = cues;
    this.runStart = new PersonRunStart(lexicon, gazetteer, known, cues);
  }

  /**
   * Reads the run of name tokens [from, to] ({@link PersonRunEnds}) for the person it names, if any, into
   * {@code mentions}: a full name, a surname alone, or a name the article must confirm.
   */
  void read(Tokens t, int from, int to, PersonMentions mentions) {
    if (NamedThings.namesAStorm(t, from, to) || NamedPlacesAndCraft.namesAVessel(t, from) || NamedPlacesAndCraft.namesAnArabicPlace(t, from, to)) {
      return; // "Hurricane Dorian", "Tropical Storm Humberto"; "the motor vessel Stefan E. Sank"; "Bab al-Hawa"
    }
    if (to > from && lexicon.isListedWhole(String.join(" ", Arrays.copyOfRange(t.lower, from, to + 1)))) {
      return; // the whole run is a place or a brand written like a name ("Buon Ma Thuot", whose "Ma Thuot" alone is not)
    }
    if (from > 1 && t.lower[from - 1].equals("born") && t.has(from - 1, Tokens.BREAK_BEFORE)
        && !t.has(from, Tokens.BREAK_BEFORE) && !t.has(from - 1, Tokens.SENT_START)) {
      return; // "the singer, born Stefani Joanna Angelina Germanotta": the birth name of someone the story names (news42)
    }
    // "Daw Aung San Suu Kyi": a form of address before the whole name (session 47, news42's development half)
    int whole = to - from >= 3 && lexicon.titleKind(t.lower[from]) == TitleKind.HONORIFIC ? from + 1 : from;
    if (to - whole >= 2 && known.mayOpenALongName(t.lower[whole])
        && known.knowsWholeName(String.join(" ", Arrays.copyOfRange(t.text, whole, to + 1)))) {
      // A well-known name of three words or more, as the list writes it, is that person, whatever its words look
      // like on their own ("Aung San Suu Kyi": "San" opens places; session 32, the blind modern-news set).
      mentions.full(parts(t, whole, to));
      return;
    }
    if (NamedThings.introducesACharacter(t, from) || actorInBracketsAfter(t, to) || CastRoles.playedBy(t, from, to)
        || NamedAnimals.namesAnAnimal(t, from, to)) {
      mentions.character(String.join(" ", Arrays.copyOfRange(t.text, from, to + 1))); // the story's, not a person
      return;
    }
    if (NamedThings.namedAsAnOrganisation(t, from) && lexicon.titleKind(t.lower[from]) == TitleKind.NONE
        && !PersonCues.agedAfter(t, to)) {
      // "the daily Les Echos", "literary agency Curtis Brown"; but "bank Vice-President S. Stanley Katz" is the person,
      // and so is "rice retailer Teresita Manalo, 56," (an age in apposition; session 47)
      mentions.organisation(String.join(" ", Arrays.copyOfRange(t.text, from, to + 1)));
      return;
    }
    if (from > 0 && to - from <= 1 && to + 1 < t.size && t.has(to + 1, Tokens.BREAK_BEFORE)
        && !t.has(from, Tokens.BREAK_BEFORE) && runStart.officeBeforeItsPortfolio(t, from - 1) != TitleKind.NONE) {
      return; // "The Minister of Agriculture and Food Security, Senator Abubakar Kyari": the portfolio (session 35)
    }
    if (KoreanNames.at(t, from, to)) {
      mentions.full(parts(t, from, to)); // "Cast: Yoon Ha-eun, Baek Do-hyun, Oh Ye-rin" (session 35)
      return;
    }
    if (to == from + 1 && TEKNONYMS.contains(t.lower[from]) && !t.has(to, Tokens.HYPHEN_BEFORE)) {
      return; // "Abu Ahmad", "Umm Khaled": a parent named by a child's name, no person's full name (LABELLING.md, news33)
    }
    if (to > from && t.lower[to].equals("day") && NameTokens.isGeneration(t.lower[to - 1])) {
      return; // "Martin Luther King Jr. Day": a holiday named after a person (LABELLING.md, session 37, test34)
    }
    long found = runStart.find(t, from, to, runStart.titleBefore(t, from, to));
    int start = PersonRunStart.start(found);
    TitleKind titled = PersonRunStart.titled(found);
    boolean judgesTitle = PersonRunStart.judgesTitle(found);
    if (start <= to && (NamedPlacesAndCraft.namesASite(t, start, to) || NamedThings.titleOfADirectedWork(t, to)
        || NamedPlacesAndCraft.afterAForeignOpener(t, start, to))) {
      if (start < to) {
        // "the Rosalind Franklin rover": the article's other "Rosalind Franklin" is the rover too (a quote's "Rosalind
        // Franklin has been waiting for its chance"; session 43, news38)
        mentions.organisation(String.join(" ", Arrays.copyOfRange(t.text, start, to + 1)));
      }
      return;
    }
    if (start > to || organisationFollows(t, to) || NamedThings.endsAnEventOrShow(t, to)
        || NamedThings.namesALowerCaseThing(t, from, to)
        || NamedPlacesAndCraft.endsWithAStreet(t, start, to)
        || NamedThings.namesAGovernment(t, to)
        || to > start && NamedThings.namesTheOutfitOfARole(t, to, lexicon)
        || to > start && NamedThings.endsWithAThing(t, to)
            && !((titled != TitleKind.NONE || cues.described(t, start, to)) && NamedThings.endsWithASurnameThing(t, to))) {
      return;
    }
    if (start < to && initialsBeforeSurname(t, start, to) && (titled != TitleKind.NONE || cues.described(t, start, to))) {
      // "Chairman H. K. L. Bhagat", "D. J. Baker, a lawyer representing ...", "C Perkins, who resigned": initials
      // for the given names, and a title or a role that says a person is meant (session 21). Without them the
      // same form is often a firm ("E.F. Hutton said", "A.H. Robins fell").
      mentions.full(parts(t, start, to));
      return;
    }
    int k = start;
    if (titled == TitleKind.NONE) {
      // A Vietnamese or Chinese name opens with its family name: "Do Thi Nhan" is not "Thi Nhan" after a word "Do", nor
      // "Tan Wei Ling" "Wei Ling".
      while (k <= to && !VietnameseNames.at(t, start, to) && !ChineseNames.at(t, start, to)
          && !(lexicon.isFirstName(t.lower[k]) && t.has(k, Tokens.CAP) && !afterPlacePrefix(t, k))) {
        t.steps++;
        k++; // "Yesterday John Smith", "Joining Vera Drake"; but "South Carolina", "Santa Monica" are places
      }
      if (k == to && k > start) {
        k = to + 1; // the only given name we know ends the run: a surname ("Xiaogang Wei", "Deval Patrick")
      }
      k = openingInitials(t, start, k, to);
      if (k > to) {
        if (start == to && known.find(KnownPersons.key(t.lower[to])) != null && !joinedToAWordBefore(t, to)) {
          mentions.single(new PersonMentions.Single(t.text[to], false)); // "Gorbachev said"
        } else if (start == to && t.text[to].length() > 2 && isCandidate(t, to, to)) {
          // A player, if the team sheet lists him; a person, if he speaks and a full name with that surname
          // is in doubt ("Lleyton Hewitt ... Hewitt said").
          mentions.bareSurname(t.text[to], cues.speaks(t, to, to));
          if (mentions.awaitsADescribedSurname() && cues.described(t, to, to)) {
            mentions.describedSurname(t.text[to]);
          }
        } else if (to == start + 1 && isInitial(t, start) && !t.has(to, Tokens.HYPHEN_BEFORE)
            && t.text[to].length() > 2 && !t.has(to, Tokens.ALL_CAPS) && isCandidate(t, to, to)) {
          // "B Cohen", "P de Villiers" in a team line-up; in prose a person if a cue says so (not "X Factor").
          mentions.initialled(parts(t, start, to), cues.speaks(t, start, to));
        } else if (start < to && oneHyphenatedWord(t, start, to) && t.text[to].length() > 1 && isCandidate(t, start, to)) {
          // "Udvar-Hazy told Reuters", "Okonjo-Iweala warned": one hyphenated word is a surname alone, like
          // "Hewitt": it stands for the full name the article gives ("Steven Udvar-Hazy"), not for a person of its own.
          mentions.bareSurname(joined(t, start, to), cues.speaks(t, start, to));
        } else if (start < to && nameWords(t, start, to) <= MAX_CANDIDATE_TOKENS && isCandidate(t, start, to)
            && !NameTokens.endsATitleOfTheForm(t, start)) {
          // "Tirunesh Dibaba": no given name we know, but a person if the article also calls her "Ms
          // Dibaba" or she "said" something.
          // "P.K. Sekar Babu said": the initials too, and the commas round them ("the opposition party's
          // secretary-general, K.M. Obaidur Rahman, said": session 42, test39)
          int named = start == from && initialsGluedBefore(t, from) ? from - 1 : start;
          mentions.candidate(parts(t, named, to), cues.speaks(t, named, to));
        }
        return;
      }
    }
    int words = 0;
    for (int m = k; m <= to; m++) {
      t.steps++;
      // "Jean-Claude" is one word; "al-Assad", "el-Sisi" after a particle are the surname itself.
      // A particle written with its capital at the run's end is the surname itself ("Shaktikanta Das", session 37).
      if ((!lexicon.isParticle(t.lower[m]) || m == to && m > k && t.has(m, Tokens.CAP) && !t.has(m, Tokens.SHOUT))
          && t.text[m].length() > 1 && !isRegnalNumber(t, m)
          && (!t.has(m, Tokens.HYPHEN_BEFORE) || m > k && lexicon.isParticle(t.lower[m - 1]) && t.lower[m - 1].length() > 1)) {
        words++;
      }
    }
    boolean officeAsSurname = titled == TitleKind.HONORIFIC && k == start && k > 0 && k == to
        && NameTokens.isSurnameOfOffice(t.lower[k]);
    if (k == to && lexicon.isTitle(t.lower[k]) && !officeAsSurname) {
      return; // "Lieutenant Governor": a title alone names nobody; but "Mr King", "Lord King", "Mr Major" name a person
    }
    if (words == 1 && (k == to || isRegnalNumber(t, to) || t.has(to, Tokens.HYPHEN_BEFORE))) {
      if (titled == TitleKind.OFFICE && k == to && lexicon.namesAPortfolio(t.lower[to])) {
        return; // "Executive Vice President Sales": the office's portfolio, no surname (session 45, news40)
      }
      if (isRegnalNumber(t, to)) {
        mentions.full(parts(t, k, to)); // "Queen Elizabeth II" -> "Elizabeth II"
      } else if (PersonRunStart.MONTH_SURNAMES.contains(t.lower[to]) && (titled == TitleKind.NONE || datedDay(t, to))) {
        return; // "rose in May": a month alone, with no title, is a date and confirms no "Unadjusted May";
        // "JACKSON, Miss., May 20": a month before a day's number is a date after any title
      } else {
        mentions.single(new PersonMentions.Single(joined(t, k, to),
            titled == TitleKind.HONORIFIC || titled == TitleKind.OFFICE || stageNameRole(t, k, titled),
            judgesTitle || officeAsSurname && FEMALE_HONORIFICS.contains(t.lower[k - 1])));
      }
      return;
    }
    if (words < 2 || wordsOf(t, k, to) > MAX_NAME_WORDS || t.text[to].length() == 1) {
      return;
    }
    String[] parts = parts(t, k, to);
    if (lexicon.isNotPerson(String.join(" ", parts).toLowerCase(Locale.ROOT))) {
      return;
    }
    if (k == from && initialsGluedBefore(t, from)) {
      parts = parts(t, from - 1, to); // "P.K. Sekar Babu": the initials of a given name belong to the name
    }
    if (to == k + 1 && k > 0 && t.lower[k - 1].equals("pope") && t.lower[k].equals("john") && t.lower[to].equals("paul")) {
      // "Pope John Paul" is John Paul II in the news of 1978-2005 (John Paul I reigned 33 days): the world-famous full
      // name, as the labels give it (LABELLING.md; dev #14419, test44 #13725; session 47)
      parts = new String[] {parts[0], parts[1], "II"};
    }
    if (titled == TitleKind.NONE && k == from && NameTokens.afterPlacePreposition(t, from, to)) {
      mentions.candidate(parts, cues.speaks(t, k, to)); // "at Lago Agrio": a place, unless the article says otherwise
    } else {
      mentions.full(parts);
    }
  }

  /**
   * Dotted initials right before a run of two or more name words, in the same sentence ("Minister P.K. Sekar Babu",
   * session 38 from news37: the name was read without them); not a place's or a firm's dotted short form ("U.S.
   * Steel", "U.K. Firm") and not in a shouted line.
   */
  private boolean initialsGluedBefore(Tokens t, int from) {
    int d = from - 1;
    return d >= 0 && !t.has(from, Tokens.BREAK_BEFORE) && !t.has(from, Tokens.SENT_START) && !t.has(d, Tokens.SHOUT)
        && NameTokens.isDottedInitials(t, d) && !gazetteer.isPlaceWord(t.lower[d])
        && !lexicon.isOrganisationWord(t.lower[d]) && lexicon.titleKind(t.lower[d]) == TitleKind.NONE;
  }

  /**
   * Tokens [from, to] are one to three initials and a surname: "A.W. Clausen" (one dotted token), "D. J. Baker",
   * "H. K. L. Bhagat", "C Perkins". An undotted "A" or "I" is a word, not an initial.
   */
  private boolean initialsBeforeSurname(Tokens t, int from, int to) {
    if (to - from > 3 || t.text[to].length() < 3 || t.has(to, Tokens.ALL_CAPS) || t.has(to, Tokens.HYPHEN_BEFORE)
        || !isCandidate(t, to, to)) {
      return false;
    }
    for (int m = from; m < to; m++) {
      if (!(isInitial(t, m) || NameTokens.isDottedInitials(t, m))) {
        return false;
      }
    }
    return true;
  }

  /** The token after {@code i} is a day's number ("May 20", "June 1"). */
  private static boolean datedDay(Tokens t, int i) {
    return i + 1 < t.size && t.has(i + 1, Tokens.DIGIT) && !t.has(i + 1, Tokens.BREAK_BEFORE) && t.text[i + 1].length() <= 2;
  }

  /** Tokens [from, to] are one word joined by hyphens ("Udvar-Hazy", "Al-Quaety"). */
  private static boolean oneHyphenatedWord(Tokens t, int from, int to) {
    for (int m = from + 1; m <= to; m++) {
      if (!t.has(m, Tokens.HYPHEN_BEFORE)) {
        return false;
      }
    }
    return true;
  }

  /**
   * "C. Joseph LaBonte", "T. Boone Pickens": initials that open the run before its first known given name
   * are part of the name (LABELLING.md: the fullest name the article gives), so the name starts at them.
   */
  private static int openingInitials(Tokens t, int start, int given, int to) {
    if (given > to || given == start) {
      return given;
    }
    int m = given;
    while (m > start && isInitial(t, m - 1)) {
      t.steps++;
      m--;
    }
    // "Texan H. Ross Perot" (session 35, test32): the initials open the name after a word that is no part of it
    return m == start || m < given && !isInitial(t, m - 1) && t.text[m - 1].length() > 2 ? m : given;
  }

  /** Words of the name in tokens [from, to], particles not counted: "Jeroen van der Veer" has two. */
  private int nameWords(Tokens t, int from, int to) {
    int n = 0;
    for (int k = from; k <= to; k++) {
      n += lexicon.isParticle(t.lower[k]) ? 0 : 1;
    }
    return n;
  }

  /**
   * "follows Han Ji-woo (Yoon Ha-eun, excellent), a gifted coder", "Jack (Leonardo DiCaprio) meets Rose": a review
   * names the story's character and then, in brackets, the actor who plays it; the run before the bracket is the
   * character (LABELLING.md: characters are no persons). The bracket must open with a person's name by its shape alone
   * (a Korean name, or a given name we know and a capitalised word), so that "Jose Mourinho (Tottenham Hotspur)" and
   * "Rishi Sunak (Conservative)" stay persons.
   */
  private boolean actorInBracketsAfter(Tokens t, int to) {
    int open = to + 1;
    if (open + 1 >= t.size || !t.has(open, Tokens.BRACKET_BEFORE) || t.has(open + 1, Tokens.BREAK_BEFORE)) {
      return false;
    }
    if (open + 2 < t.size && KoreanNames.at(t, open, open + 2)
        && (open + 3 >= t.size || t.has(open + 3, Tokens.BREAK_BEFORE))) {
      return true;
    }
    return lexicon.isCommonFirstName(t.lower[open]) && t.has(open, Tokens.CAP) && t.has(open + 1, Tokens.CAP)
        && !lexicon.isOrganisationWord(t.lower[open + 1]) && !gazetteer.isPlaceWord(t.lower[open + 1])
        && (open + 2 >= t.size || t.has(open + 2, Tokens.BREAK_BEFORE));
  }

  /** Words that could each be part of a person's name: none a function, place, title or organisation word. */
  boolean isCandidate(Tokens t, int from, int to) {
    boolean vietnamese = VietnameseNames.at(t, from, to);
    if (t.has(from, Tokens.SENT_START) && to == from + 1 && !t.has(from, Tokens.HYPHEN_BEFORE)
        && lexicon.isStopWord(t.lower[from])) {
      return false;
    }
    for (int k = from; k <= to; k++) {
      String w = t.lower[k];
      if (k > from && k < to && lexicon.isParticle(w) || k > from && isLowerHyphenPart(t, k)
          || vietnamese && (lexicon.isStopWord(w) || lexicon.isParticle(w))) {
        continue; // "van der" inside "Jeroen van der Veer"; "in" of "Moon Jae-in", part of the word before it
      }
      if (t.text[k].length() < 2 || lexicon.isStopWord(w) && !(k == from && ChineseNames.heAt(t, k, to))
          || lexicon.isOrganisationWord(w) || gazetteer.isPlaceWord(w)
          || lexicon.titleKind(w) != TitleKind.NONE && !lexicon.roleSurnameAfterGivenName(t, k, from, to)
          || isRegnalNumber(t, k)) {
        return false;
      }
    }
    if (from == to) {
      return !lexicon.isNotPerson(t.lower[from]); // one word: no need to join the parts
    }
    return !lexicon.isNotPerson(String.join(" ", parts(t, from, to)).toLowerCase(Locale.ROOT));
  }

  /**
   * An organisation word right after the run ("John Hancock Mutual", "Lloyd Brothers") makes it a firm; so does "and Co"
   * or "and Sons" ("Forstmann Little and Co said", "Baring Brothers and Co": session 25), or a partner's name and a
   * legal form after "and"; a place's noun makes it a place named for a person ("Luis Munoz Marin airport").
   */
  boolean organisationFollows(Tokens t, int to) {
    int next = to + 1;
    if (next >= t.size || t.has(to, Tokens.POSSESSIVE) || t.has(next, Tokens.BREAK_BEFORE)) {
      return false;
    }
    if (t.has(next, Tokens.CAP)) {
      return lexicon.isOrganisationWord(t.lower[next]);
    }
    if (PLACES_NAMED_FOR_PERSONS.contains(t.lower[next])) {
      return true; // "San Juan's Luis Munoz Marin airport" (session 36, news36); "the Martin Luther King Jr. holidays"
    }
    if (next + 1 >= t.size || !(t.lower[next].equals("and") || t.lower[next].equals("&"))
        || t.has(next + 1, Tokens.BREAK_BEFORE)) {
      return false;
    }
    if (FIRM_TAILS.contains(t.lower[next + 1])) {
      return true;
    }
    // "Tucker Anthony and R.L. Day Inc": a partner named by initials or a given name, then the firm's legal form
    // (session 36, test33). Not a person beside a firm ("investor Asher Edelman and Dominion Textiles Inc"): no
    // organisation word between.
    int partner = next + 1;
    if (!t.has(partner, Tokens.CAP) || !(t.has(partner, Tokens.DOTTED) || lexicon.isFirstName(t.lower[partner]))) {
      return false;
    }
    for (int k = partner + 1; k < t.size && k <= partner + 3 && t.has(k, Tokens.CAP) && !t.has(k, Tokens.BREAK_BEFORE);
        k++) {
      if (OrganisationIdentity.LEGAL_FORMS.contains(t.lower[k])) {
        return true;
      }
      if (lexicon.isOrganisationWord(t.lower[k])) {
        return false;
      }
    }
    return false;
  }

  private static final Set<String> PLACES_NAMED_FOR_PERSONS = Lookups.setOf("airport", "stadium",
      "arena", "boulevard", "avenue", "highway", "bridge", "memorial", "holiday", "holidays");

  private static final Set<String> TEKNONYMS = Lookups.setOf("abu", "abou", "umm", "um", "omm");


  /**
   * "Ms King", "Mrs Bishop": a woman's honorific before a surname that is also an office names her, not the
   * well-known man of that surname (the list of well-known people has no sexes).
   */
  private static final Set<String> FEMALE_HONORIFICS = Lookups.setOf("ms", "mrs", "miss", "lady", "dame",
      "madam", "mme", "baroness");

  private static final Set<String> FIRM_TAILS = Lookups.setOf("co", "company", "sons", "partners",
      "associates", "brothers", "cie");
}
