package io.facetwire.extract;

import java.util.Set;

/**
 * The words around a capitalised name that say a person is meant, for names whose given name the lists
 * do not have ("Tirunesh Dibaba", "Katsuyuki Okayasu"): she speaks ("... Dibaba said", "said Katsuyuki
 * Okayasu"), or an apposition says who he is (", aged 28", ", who ...", ", general manager of ...", ", the
 * company's vice president", ", Canada's deputy chief of delegation"). A title or role before the name
 * is read by {@link PersonRuns} itself. Immutable, hence thread-safe.
 */
final class PersonCues {

  /** Verbs right after a name, or right before it, that make it a person speaking. */
  private static final Set<String> SPEECH_VERBS = Lookups.setOf("said", "says", "told", "added", "explained",
      "wrote", "insisted", "argued", "admitted", "warned", "stated", "remarked", "recounted", "predicts",
      "predicted", "noted", "asked", "replied", "announced", "commented", "tweeted", "confirmed", "described",
      "suggested", "acknowledged", "revealed", "concluded", "recalled", "responded", "urged", "claimed");

  /** A verb of {@link #SPEECH_VERBS}: a name right before it speaks (lower case). */
  static boolean isSpeechVerb(String lower) {
    return SPEECH_VERBS.contains(lower);
  }

  /**
   * Verbs of judging or promising that, right after a name, make it a person acting as speaker ("Pep Guardiola
   * praised his players", "Mette Frederiksen thanked ..."): the speech verbs' kin, taken from what a speaker does
   * rather than from the labelled articles. Present tenses only where a report or a book does not take the verb
   * ("the report claims", "the book argues", "DVDs promise" name no speaker).
   */
  private static final Set<String> STANCE_VERBS = Lookups.setOf("praised", "praises", "criticised", "criticized",
      "criticises", "criticizes", "thanked", "thanks", "hailed", "hails", "defended", "defends", "blamed", "blames",
      "accused", "accuses", "denied", "denies", "vowed", "vows", "pledged", "pledges", "apologised", "apologized",
      "apologises", "apologizes", "conceded", "concedes", "stressed", "emphasised", "emphasized", "reiterated",
      "declared", "questioned", "congratulated", "congratulates", "complained", "complains", "joked", "jokes",
      "lamented", "laments", "insists", "tells",
      // a player's deeds (session 32, the blind modern-news set: "Handre Pollard kicked four penalties")
      "kicked", "scored", "netted");

  /**
   * Words before "of" and a name that belongs to a person: a party's leader, kin, a government's head ("the government of
   * Luís Montenegro", session 50; a state's name after them stays a state's: "the government of South Korea"). Not
   * a movement's supporters or allies ("supporters of Black Lives Matter": tried, the Wikinews corpus made the movement
   * a person).
   */
  private static final Set<String> LED_BY_A_PERSON = Lookups.setOf("party", "widow", "wife", "husband", "son",
      "daughter", "brother", "sister", "mother", "father", "government", "administration");

  /**
   * A ministry's first word, in brackets after a name in a cabinet's list ("Kumara Jayakody (Energy)"), besides the
   * titles list's [portfolios]: the words that list leaves out because they are organisation or topic words elsewhere.
   */
  private static final Set<String> MINISTRIES = Lookups.setOf("energy", "trade", "labour", "labor", "finance",
      "defence", "defense", "health", "education", "agriculture", "transport", "foreign", "interior", "public",
      "rural", "industry", "industries", "environment", "fisheries", "commerce", "culture", "water", "lands", "home");

  /** "-dóttir", "-dottir": an Icelandic daughter's patronymic, no word of a place or a firm. */
  private static boolean isIcelandicPatronymic(String lower) {
    return lower.length() > 7 && (lower.endsWith("dóttir") || lower.endsWith("dottir"));
  }

  /** Words opening an apposition that describes a person: "Brenton Tarrant, who ...", ", aged 28". */
  private static final Set<String> APPOSITION_OPENERS = Lookups.setOf("who", "aged");

  /**
   * ", whose cousin was taken": "whose" and a relative describe a person (session 32); "whose" alone describes films
   * and firms as often (", whose voice cast includes").
   */
  private static final Set<String> RELATIVES = Lookups.setOf("son", "sons", "daughter", "daughters", "wife",
      "husband", "brother", "brothers", "sister", "sisters", "father", "mother", "parents", "cousin", "cousins",
      "children", "child", "family", "grandson", "granddaughter", "uncle", "aunt", "nephew", "niece", "partner");

  /** Determiners before the role in an apposition: ", the company's vice president". */
  private static final Set<String> DETERMINERS = Lookups.setOf("the", "a", "an", "his", "her", "its", "their");

  /** How far into an apposition its role word may stand: ", the country's richest man" is out of reach. */
  private static final int APPOSITION_REACH = 4;

  private final NameLexicon lexicon;
  private final CountryGazetteer gazetteer;

  PersonCues(NameLexicon lexicon, CountryGazetteer gazetteer) {
    this.lexicon = lexicon;
    this.gazetteer = gazetteer;
  }

  /** True if the words around tokens [from, to] say they name a person. */
  boolean speaks(Tokens t, int from, int to) {
    return speaksAsItself(t, from, to) || namedAfterItsCountry(t, from);
  }

  /**
   * "Ethiopia's Tirunesh Dibaba": a country's possessive before a name. A weaker cue than the others: the wire writes
   * firms and goods so too ("Britain's Kaiser Steel", "Britain's Brent Blend"), so it makes a name of a run but does
   * not make a firm's or a place's word a surname ({@link PersonRunStart#find}).
   */
  boolean namedAfterItsCountry(Tokens t, int from) {
    int prev = from - 1;
    return prev >= 0 && t.has(prev, Tokens.POSSESSIVE) && !t.has(from, Tokens.BREAK_BEFORE)
        && isCountryName(t.lower[prev]) && !t.has(from, Tokens.SENT_START);
  }

  /** {@link #speaks} without the country's possessive: the run's own words or the words after it. */
  boolean speaksAsItself(Tokens t, int from, int to) {
    int next = to + 1;
    if (next < t.size && (SPEECH_VERBS.contains(t.lower[next]) || STANCE_VERBS.contains(t.lower[next]))
        && !t.has(next, Tokens.CAP)
        && (!t.has(next, Tokens.BREAK_BEFORE) || t.has(from, Tokens.BREAK_BEFORE) && !t.has(from, Tokens.SENT_START))) {
      // "Tirunesh Dibaba said", "..., Mariela Belski, said"; but in '... like the new VW Beetle," said Brad
      // Wernle' a quotation ends with the name.
      return true;
    }
    int prev = from - 1;
    if (prev >= 0 && !t.has(from, Tokens.BREAK_BEFORE) && !t.has(prev, Tokens.CAP)
        && SPEECH_VERBS.contains(t.lower[prev]) && next < t.size && !t.has(next, Tokens.BREAK_BEFORE)
        && t.lower[next].equals("of")) {
      return true; // "said Mats Joensson of Goldman Sachs" (but "said Continental Research" names a firm)
    }
    if (to > from && prev >= 1 && !t.has(from, Tokens.BREAK_BEFORE) && !t.has(prev, Tokens.BREAK_BEFORE)
        && t.lower[prev].equals("of") && !t.has(prev - 1, Tokens.POSSESSIVE)
        && LED_BY_A_PERSON.contains(t.lower[prev - 1])) {
      // "the Bhumjaithai party of Anutin Charnvirakul", "the Centre Party of Sigmundur Davíð Gunnlaugsson", "son of
      // Usama bin Ladin": a party's or a family's person (session 46, news40 and news41's development halves)
      return true;
    }
    if (to > from && next + 1 < t.size && t.has(next, Tokens.BRACKET_BEFORE) && t.has(next, Tokens.CAP)
        && (MINISTRIES.contains(t.lower[next]) || lexicon.isPortfolio(t.lower[next]))) {
      return true; // "Kumara Jayakody (Energy), Chandana Abeyratne (Public Administration)": a cabinet's list (news42)
    }
    if (to > from && isIcelandicPatronymic(t.lower[to])) {
      return true; // "Katrín Jakobsdóttir": a daughter's patronymic is a person's surname (session 46, news41)
    }
    if (to > from && prev >= 1 && !t.has(from, Tokens.BREAK_BEFORE) && t.lower[prev].equals("by")
        && t.lower[prev - 1].equals("directed") && !t.has(prev, Tokens.BREAK_BEFORE)) {
      return true; // "Directed by Dougal Wilson": a film's director (session 46, news41), whatever his given name
    }
    if (prev >= 0 && yearOldEndsAt(t, prev) && !t.has(from, Tokens.BREAK_BEFORE)) {
      return true; // "28-year-old Usman Khan"
    }
    if (next + 1 < t.size && (t.lower[next].equals("of") || t.lower[next].equals("from"))
        && !t.has(next, Tokens.BREAK_BEFORE) && !t.has(to, Tokens.POSSESSIVE) && namesCountry(t, next + 1)) {
      return true; // "Abderrahman Samba of Qatar", "Rai Benjamin from the United States"
    }
    if (to == from + 1 && (pairedAfter(t, from) || pairedBefore(t, to))) {
      return true; // "Anthony McPartlin and Declan Donnelly": one pair of people
    }
    if (to == from + 2 && pairedBefore(t, to) && t.lower[to].equals(t.lower[to + 3])) {
      return true; // "Shambhu Dayal Shukla and Asha Shukla": a couple sharing the surname (session 46, news41)
    }
    return next < t.size && t.has(next, Tokens.BREAK_BEFORE) && !t.has(next, Tokens.SENT_START)
        && !t.has(to, Tokens.POSSESSIVE) && (apposition(t, next) || ofAFirmThenSaid(t, next)) || takesAPost(t, to);
  }

  /**
   * ", of London brokers Alexanders, Laing and Cruickshank, said": the wire's way of naming a speaker's firm between
   * commas before the speech verb (session 42, test39: "Alastair France, of ..., said" is a person, not France).
   * Asked at the comma after a name; the firm's own commas may come between, no sentence's end.
   */
  private static boolean ofAFirmThenSaid(Tokens t, int i) {
    if (!t.lower[i].equals("of")) {
      return false;
    }
    for (int k = i + 2; k < t.size && k <= i + FIRM_REACH && !t.has(k, Tokens.SENT_START); k++) {
      if (t.has(k, Tokens.BREAK_BEFORE) && SPEECH_VERBS.contains(t.lower[k]) && !t.has(k, Tokens.CAP)) {
        return true;
      }
    }
    return false;
  }

  /** The words a speaker's firm may take between "of" and the speech verb. */
  private static final int FIRM_REACH = 12;

  /**
   * "Kipchumba Murkomen returns as sports minister", "Kithure Kindiki has been renominated as interior minister"
   * (session 39, news36's development half): a verb of at most three words, "as", and a post held by a person (an
   * office or a role of the titles list, after at most two words naming its field) that ends its phrase.
   */
  private boolean takesAPost(Tokens t, int to) {
    int k = to + 1;
    int verbs = 0;
    while (k < t.size && verbs < 3 && !t.has(k, Tokens.BREAK_BEFORE) && t.has(k, Tokens.PLAIN_LOWER)
        && !"as".equals(t.lower[k]) && (!NOT_IN_A_VERB.contains(t.lower[k]) || swornIn(t, k))) {
      if (verbs > 0 && APPOINTED.contains(t.lower[k]) && k + 1 < t.size && !t.has(k + 1, Tokens.BREAK_BEFORE)
          && t.has(k + 1, Tokens.CAP) && lexicon.titleKind(t.lower[k + 1]) == NameLexicon.TitleKind.OFFICE) {
        // "Bimal Rathnayake was appointed Minister of Transport": a post given straight after the verb (session 47,
        // news42's development half)
        return k + 2 == t.size || t.has(k + 2, Tokens.BREAK_BEFORE) || POST_ENDS.contains(t.lower[k + 2]);
      }
      k++;
      verbs++;
    }
    if (verbs == 0 || k >= t.size || t.has(k, Tokens.BREAK_BEFORE) || !"as".equals(t.lower[k])) {
      return false;
    }
    for (int m = k + 1; m < t.size && m <= k + 3 && !t.has(m, Tokens.BREAK_BEFORE); m++) {
      t.steps++;
      NameLexicon.TitleKind kind = lexicon.titleKind(t.lower[m]);
      if (kind == NameLexicon.TitleKind.OFFICE || kind == NameLexicon.TitleKind.ROLE) {
        // the post ends its phrase: "as interior minister,", "as treasurer of"; not "as traders awaited"
        return m + 1 == t.size || t.has(m + 1, Tokens.BREAK_BEFORE) || POST_ENDS.contains(t.lower[m + 1]);
      }
    }
    return false;
  }

  /** "was sworn in as Minister of Foreign Affairs": the "in" of "sworn in" is part of the verb. */
  private static boolean swornIn(Tokens t, int k) {
    return t.lower[k].equals("in") && k > 0 && t.lower[k - 1].equals("sworn");
  }

  /** Passive verbs that give a post straight after them: "was appointed Minister of ...", "was named Secretary". */
  private static final java.util.Set<String> APPOINTED = Lookups.setOf("appointed", "named", "elected");

  /** Words that end the verb before "as": "Nixon and background as ...", "Pilot there as ..." are no verbs. */
  private static final java.util.Set<String> NOT_IN_A_VERB = Lookups.setOf("and", "or", "but", "there", "then",
      "the", "a", "an", "of", "in", "with", "for", "to", "from", "at", "on", "by");
  private static final java.util.Set<String> POST_ENDS = Lookups.setOf("of", "for", "in", "at", "and", "until",
      "since", "after");

  /**
   * True if the words after tokens [from, to] describe a person: an apposition with a role (", president of ...",
   * ", a lawyer representing ...") or "who" (", who retired", "who held the posts"). Stricter than {@link #speaks}:
   * a firm "said" things too.
   */
  boolean described(Tokens t, int from, int to) {
    int next = to + 1;
    if (next >= t.size || t.has(to, Tokens.POSSESSIVE) || t.has(next, Tokens.SENT_START)) {
      return false;
    }
    if (t.lower[next].equals("who") && !t.has(next, Tokens.CAP)) {
      return true;
    }
    return t.has(next, Tokens.BREAK_BEFORE) && apposition(t, next);
  }

  /**
   * "Anthony McPartlin and Declan Donnelly": the name of two words at {@code from} follows "and" after a
   * person's full name (a given name we know and one more word, the run ending there). Firms joined by
   * "and" are one name ("Procter and Gamble"), so both sides must be two words.
   */
  private boolean pairedAfter(Tokens t, int from) {
    int and = from - 1;
    int surname = from - 2;
    int given = from - 3;
    return given >= 0 && t.lower[and].equals("and") && !t.has(from, Tokens.BREAK_BEFORE) && !t.has(and, Tokens.BREAK_BEFORE)
        && !t.has(surname, Tokens.BREAK_BEFORE) && !t.has(surname, Tokens.POSSESSIVE)
        && fullName(t, given, surname) && (given == 0 || t.has(given, Tokens.BREAK_BEFORE) || !t.has(given - 1, Tokens.CAP));
  }

  /** "Jelena Kostanic and Francesca Schiavone": the name ending at {@code to} is followed by "and" and a person's full name. */
  private boolean pairedBefore(Tokens t, int to) {
    int and = to + 1;
    int given = to + 2;
    int surname = to + 3;
    return surname < t.size && t.lower[and].equals("and") && !t.has(to, Tokens.POSSESSIVE)
        && !t.has(and, Tokens.BREAK_BEFORE) && !t.has(given, Tokens.BREAK_BEFORE) && !t.has(surname, Tokens.BREAK_BEFORE)
        && fullName(t, given, surname) && (surname + 1 >= t.size || t.has(surname + 1, Tokens.BREAK_BEFORE)
            || !t.has(surname + 1, Tokens.CAP));
  }

  /** Tokens given, surname: a known given name and a surname, neither an organisation, place or title word. */
  private boolean fullName(Tokens t, int given, int surname) {
    return t.has(given, Tokens.CAP) && t.has(surname, Tokens.CAP) && !t.has(given, Tokens.SHOUT)
        && !t.has(given, Tokens.ALL_CAPS) && !t.has(surname, Tokens.ALL_CAPS) && lexicon.isFirstName(t.lower[given])
        && plainWord(t.lower[given]) && plainWord(t.lower[surname]) && t.text[surname].length() > 2;
  }

  private boolean plainWord(String w) {
    return !lexicon.isStopWord(w) && !lexicon.isOrganisationWord(w) && !gazetteer.isPlaceWord(w)
        && lexicon.titleKind(w) == NameLexicon.TitleKind.NONE;
  }

  /** Token {@code i} (after an optional "the") starts a country's own name, written as a name. */
  private boolean namesCountry(Tokens t, int i) {
    int k = i + 1 < t.size && t.lower[i].equals("the") && !t.has(i + 1, Tokens.BREAK_BEFORE) ? i + 1 : i;
    if (t.has(k, Tokens.BREAK_BEFORE) || !t.has(k, Tokens.CAP)) {
      return false;
    }
    for (CountryGazetteer.Entry e : gazetteer.startingWith(t.lower[k])) {
      if (e.kind() == CountryGazetteer.Kind.NAME && e.country() >= 0 && !e.nameLike() && matchesAt(t, k, e)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matchesAt(Tokens t, int k, CountryGazetteer.Entry e) {
    String[] words = e.lower();
    if (k + words.length > t.size) {
      return false;
    }
    for (int m = 1; m < words.length; m++) {
      if (!words[m].equals(t.lower[k + m]) || t.has(k + m, Tokens.BREAK_BEFORE)) {
        return false;
      }
    }
    return true;
  }

  /** Token {@code i} opens an apposition after a comma that describes a person. */
  private boolean apposition(Tokens t, int i) {
    String w = t.lower[i];
    if (w.equals("whose") && i + 1 < t.size && RELATIVES.contains(t.lower[i + 1])) {
      return true; // ", whose cousin was taken"
    }
    if (APPOSITION_OPENERS.contains(w) || isRole(t, i) || isAge(t, i) || yearsOld(t, i)
        || (w.equals("a") || w.equals("an") || w.equals("the")) && yearsOld(t, i + 1)) {
      // ", who heads ...", ", spokesman for Celltick", ", aged 28", ", 17, was jailed", ", a 24-year-old", ", the
      // 44-year-old former environment minister" (session 47, news42's development half)
      return true;
    }
    if (firmThenRole(t, i)) {
      return true;
    }
    // ", the company's vice president", ", Canada's deputy chief of delegation", ", a senior broadcaster"
    // ", general manager of ...", ", State Minister for ...": a rank or modifier may come first too.
    boolean opened = DETERMINERS.contains(w) || t.has(i, Tokens.POSSESSIVE)
        || lexicon.isTitle(w) && lexicon.titleKind(w) != NameLexicon.TitleKind.HONORIFIC;
    // ", research director at ...", ", corporate vice president at ...": a plain lower-case word right before the
    // role, rank words alone between (session 23: "said Johsen Takahashi, research director at the institute"); no
    // other word, for a verb may open the clause too ("..., won best director nominations").
    boolean plainOpener = !opened && !t.has(i, Tokens.CAP) && !t.has(i, Tokens.DIGIT) && !lexicon.isStopWord(w);
    if (plainOpener) {
      int k = i + 1;
      while (k < t.size && !t.has(k, Tokens.BREAK_BEFORE) && k <= i + APPOSITION_REACH
          && lexicon.titleKind(t.lower[k]) == NameLexicon.TitleKind.MODIFIER) {
        k++; // ", corporate vice president at ...": rank words between
      }
      return k < t.size && !t.has(k, Tokens.BREAK_BEFORE) && isRole(t, k);
    }
    int reachFrom = i;
    for (int k = i + 1; opened && k < t.size && k <= reachFrom + APPOSITION_REACH && !t.has(k, Tokens.BREAK_BEFORE); k++) {
      if (isRole(t, k)) {
        return true;
      }
      if (t.lower[k].equals("who") && (w.equals("a") || w.equals("an"))) {
        return true; // ", a freelance translator who works in Swahili": "who" is said of people (session 47, news42)
      }
      if (t.has(k, Tokens.POSSESSIVE)) {
        reachFrom = k; // ", the ruling Liberal Democratic Party's executive council chairman": the role is the party's
      }
    }
    return false;
  }

  /**
   * ", Sumitomo Bank Ltd chief economist", ", S.A.Y. president and chief executive officer": a firm's or a body's name
   * in capitals, then its role in lower case (rank words between) describes the person before the comma (session 25,
   * from the opened test23's missed persons).
   */
  private boolean firmThenRole(Tokens t, int i) {
    if (!t.has(i, Tokens.CAP) || t.has(i, Tokens.SHOUT) || lexicon.isTitle(t.lower[i]) || lexicon.isStopWord(t.lower[i])) {
      return false;
    }
    int k = i + 1;
    while (k < t.size && k <= i + APPOSITION_REACH && !t.has(k, Tokens.BREAK_BEFORE) && t.has(k, Tokens.CAP)
        && (!lexicon.isTitle(t.lower[k]) || lexicon.titleKind(t.lower[k]) == NameLexicon.TitleKind.MODIFIER)) {
      k++; // "Bank" of "Sumitomo Bank Ltd" is a modifier word too ("central bank governor")
    }
    while (k < t.size && k <= i + APPOSITION_REACH && !t.has(k, Tokens.BREAK_BEFORE) && !t.has(k, Tokens.CAP)
        && lexicon.titleKind(t.lower[k]) == NameLexicon.TitleKind.MODIFIER) {
      k++; // "chief" of "chief economist"
    }
    // ... and the role ends there: "235 mln H.K. Dlrs, Cheung Kong director Albert Chow said" gives the role to the
    // name after it.
    return k < t.size && !t.has(k, Tokens.BREAK_BEFORE) && !t.has(k, Tokens.CAP) && isRole(t, k)
        && (k + 1 == t.size || t.has(k + 1, Tokens.BREAK_BEFORE) || !t.has(k + 1, Tokens.CAP));
  }

  /**
   * A role or an office (not an honorific), in the singular: ", spokesman for" describes one person; ", Mr
   * Evans" opens another name and ", researchers from" a list; "chief executive" is a role in two words.
   */
  private boolean isRole(Tokens t, int k) {
    String lower = t.lower[k];
    NameLexicon.TitleKind kind = lexicon.titleKind(lower);
    if (t.has(k, Tokens.CAP) && !t.has(k, Tokens.SHOUT) && kind != NameLexicon.TitleKind.OFFICE
        && kind != NameLexicon.TitleKind.ROLE) {
      return false; // ", State Minister for ..." describes; ", Mr Evans" opens another name
    }
    if (kind == NameLexicon.TitleKind.MODIFIER) {
      return lower.equals("chief") && k + 1 < t.size && t.lower[k + 1].equals("executive");
    }
    if (kind != NameLexicon.TitleKind.ROLE && kind != NameLexicon.TitleKind.OFFICE) {
      return false;
    }
    return !(lower.endsWith("s") && lexicon.titleKind(lower.substring(0, lower.length() - 1)) != NameLexicon.TitleKind.NONE);
  }

  /**
   * An age standing alone between commas or dashes: "Warren Leblanc, 17, was jailed", "Jama, 25 - who".
   * A number that goes on ("Sydney, 3 March", ", 17 per cent", ", 25.5") or closes the sentence is no age.
   */
  private static boolean isAge(Tokens t, int i) {
    String w = t.text[i];
    if (w.isEmpty() || w.length() > 2 || !t.has(i, Tokens.DIGIT) || !Character.isDigit(w.charAt(0))
        || !Character.isDigit(w.charAt(w.length() - 1)) || w.charAt(0) == '0') {
      return false;
    }
    int next = i + 1;
    return next < t.size && t.has(next, Tokens.BREAK_BEFORE) && !t.has(next, Tokens.SENT_START)
        && !t.has(next, Tokens.DIGIT);
  }

  /**
   * ", 56," right after the name ending at {@code to}: an age in apposition, said of people only ("rice retailer Teresita
   * Manalo, 56, said"; session 47, news42's development half).
   */
  static boolean agedAfter(Tokens t, int to) {
    int next = to + 1;
    return next < t.size && t.has(next, Tokens.BREAK_BEFORE) && !t.has(next, Tokens.SENT_START)
        && !t.has(to, Tokens.POSSESSIVE) && isAge(t, next);
  }

  /** "24-year-old" from token i: a person's age, as the apposition of a name gives it (session 32). */
  private static boolean yearsOld(Tokens t, int i) {
    return i + 2 < t.size && t.has(i, Tokens.DIGIT) && t.has(i + 1, Tokens.HYPHEN_BEFORE) && yearOldEndsAt(t, i + 2);
  }

  /** Token k is the "old" of "...-year-old". */
  private static boolean yearOldEndsAt(Tokens t, int k) {
    return k > 0 && t.lower[k].equals("old") && t.has(k, Tokens.HYPHEN_BEFORE) && t.lower[k - 1].equals("year");
  }


  /** A country's own name ("Ethiopia"), not a city or a demonym. */
  private boolean isCountryName(String lower) {
    for (CountryGazetteer.Entry e : gazetteer.startingWith(lower)) {
      if (e.length() == 1 && e.kind() == CountryGazetteer.Kind.NAME) {
        return true;
      }
    }
    return false;
  }
}
