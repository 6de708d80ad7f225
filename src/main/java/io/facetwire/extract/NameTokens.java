package io.facetwire.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a token's shape says about a person's name, without the article's other words: a capitalised
 * word, an initial, a regnal number, a hyphenated end ("Hoi-kwan", not "Jackson-style"), a given name
 * inside a place ("Santa Monica"), a word that ends a thing's name ("Davis Cup"), and the name's words
 * as written; what a whole run names instead of a person is {@link NamedThings}'. Used by {@link PersonRuns} and
 * {@link PersonExtractor}; stateless.
 */
final class NameTokens {

  private NameTokens() {}

  /** Words that make the given name after them part of a place: "South Carolina", "New Jersey", "San Jose". */
  private static final Set<String> PLACE_PREFIXES = Lookups.setOf(
      "north", "south", "east", "west", "new", "san", "santa", "st", "saint", "fort", "port", "lake", "mount", "cape",
      "são", "sao", "santo"); // "São José dos Campos", "Santo Domingo" (session 36, news36)

  /** A capitalised word in mixed-case text; a single capital ("W") is an initial. */
  static boolean isNameToken(Tokens t, int i) {
    int f = t.flags[i];
    if ((f & Tokens.CAP) == 0 || (f & (Tokens.SHOUT | Tokens.DIGIT | Tokens.DOTTED)) != 0) {
      return false;
    }
    return (f & Tokens.ALL_CAPS) == 0 || t.text[i].length() == 1;
  }

  /** "d'Estaing" in "Valery Giscard d'Estaing": a particle elided before a capitalised surname, one word. */
  static boolean isElidedParticleName(Tokens t, int i) {
    // A word with no capital ({@link Tokens#PLAIN_LOWER}, most tokens) has no capital after its apostrophe: the flag
    // answers for it without the word's chars being read (runEnd asks this of every token after a name).
    if (t.has(i, Tokens.PLAIN_LOWER)) {
      return false;
    }
    String w = t.text[i];
    return w.length() > 3 && (w.charAt(0) == 'd' || w.charAt(0) == 'l') && (w.charAt(1) == '\'' || w.charAt(1) == '\u2019')
        && Character.isUpperCase(w.charAt(2)) && !t.has(i, Tokens.SHOUT);
  }

  /** "II" in "Elizabeth II". */
  static boolean isRegnalNumber(Tokens t, int i) {
    // The flags first: they lie in one small array, where the word's length is read from its String.
    if (!t.has(i, Tokens.ALL_CAPS) || t.has(i, Tokens.SHOUT)) {
      return false;
    }
    String w = t.text[i];
    if (w.length() > 4) {
      return false;
    }
    for (int k = 0; k < w.length(); k++) { // a loop, not a stream: asked for every word of every name run
      char c = w.charAt(k);
      if (c != 'I' && c != 'V' && c != 'X') {
        return false;
      }
    }
    return true;
  }

  /** The lower-case end of a hyphenated name ("Hoi-kwan"), not of a compound ("Monica-based Activision"). */
  static boolean isLowerHyphenPart(Tokens t, int i) {
    return t.has(i, Tokens.HYPHEN_BEFORE) && !t.has(i, Tokens.CAP) && !t.has(i, Tokens.DIGIT)
        && !t.has(i, Tokens.SHOUT) && t.text[i].length() <= 6 && !COMPOUND_ENDS.contains(t.lower[i]);
  }

  /** Lower-case ends of compounds made from a name: "Janet Jackson-style", "Blair-led", "Bush-era". */
  private static final Set<String> COMPOUND_ENDS = Lookups.setOf("style", "led", "era", "based", "born", "like",
      "type", "backed", "owned", "run", "made", "linked", "funded", "esque", "ite", "ites", "ism");

  /** A capital letter standing for a given name: not "A" or "I", which are words. */
  static boolean isInitial(Tokens t, int i) {
    String w = t.text[i];
    // "A" and "I" are words, unless a full stop follows ("A. Dale Mayo")
    return w.length() == 1 && Character.isUpperCase(w.charAt(0))
        && (!w.equals("A") && !w.equals("I") || t.has(i, Tokens.DOT_AFTER))
        || isFilipinoMa(t, i);
  }

  /** The Filipino "Ma." (Maria) before a given name, whose full stop the tokenizer kept ({@link Tokenizer}). */
  static boolean isFilipinoMa(Tokens t, int i) {
    return t.has(i, Tokens.DOT_AFTER) && t.text[i].equals("Ma");
  }

  /**
   * A word of two or more letters written all in capitals in a line that is not shouted: "DR" in "DR Congo", an
   * abbreviation rather than the honorific "Dr".
   */
  static boolean capitalsInMixedCase(Tokens t, int i) {
    String w = t.text[i];
    if (w.length() < 2 || t.has(i, Tokens.SHOUT) || t.has(i, Tokens.DOTTED)) {
      return false;
    }
    for (int c = 0; c < w.length(); c++) {
      if (!Character.isUpperCase(w.charAt(c))) {
        return false;
      }
    }
    return true;
  }

  /** "A.W.", "R.C.", "J.R.R.": two or three initials written as one dotted word. */
  static boolean isDottedInitials(Tokens t, int i) {
    String w = t.text[i];
    if (!t.has(i, Tokens.DOTTED) || w.length() < 2 || w.length() > 3) {
      return false;
    }
    for (int c = 0; c < w.length(); c++) {
      if (!Character.isUpperCase(w.charAt(c))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A capital letter inside a name after its given name, written without a dot as the BBC does: "Walter M
   * Phillips", "Charles A Blixt". "A" counts here (it stands between two names), "I" does not.
   */
  static boolean isMiddleInitial(Tokens t, int i) {
    String w = t.text[i];
    return w.length() == 1 && Character.isUpperCase(w.charAt(0)) && !w.equals("I");
  }

  /** "Carolina" in "South Carolina", "Monica" in "Santa Monica": a given name that is part of a place. */
  static boolean afterPlacePrefix(Tokens t, int k) {
    return k > 0 && !t.has(k, Tokens.BREAK_BEFORE) && t.has(k - 1, Tokens.CAP) && PLACE_PREFIXES.contains(t.lower[k - 1]);
  }

  /**
   * "STG-Pence", "Internatio-Mueller": a word joined by a hyphen to the word before it is part of a compound (a price's
   * unit, a firm's name), not a well-known surname alone, unless that word is a particle of a name ("al-Assad").
   */
  static boolean joinedToAWordBefore(Tokens t, int i) {
    return i > 0 && t.has(i, Tokens.HYPHEN_BEFORE) && !NAME_PARTICLES.contains(t.lower[i - 1]);
  }

  private static final Set<String> NAME_PARTICLES = Set.of("al", "el", "ul", "bin", "ben", "ibn", "abu", "abd",
      "abdel", "abdul", "de", "da", "di", "du", "la", "le", "van", "von");

  /**
   * "the oil fields at Lago Agrio", "the toll in Teri Mangal", "based in Eden Prairie, Minn.": a name right after a
   * preposition of place (lower case, in the same sentence, not a possessive: "in John Smith's view" is his) is
   * read like a name of unknown given name, a person only if the article confirms it (session 18).
   */
  static boolean afterPlacePreposition(Tokens t, int from, int to) {
    if (from == 0 || t.has(from, Tokens.BREAK_BEFORE) || t.has(to, Tokens.POSSESSIVE) || t.has(from - 1, Tokens.CAP)) {
      return false;
    }
    // "In the village of Moulay Brahim, residents dug graves" (session 35, the modern-news development half)
    return PLACE_PREPOSITIONS.contains(t.lower[from - 1]) || "of".equals(t.lower[from - 1]) && from > 1
        && !t.has(from - 1, Tokens.BREAK_BEFORE) && SETTLEMENTS.contains(t.lower[from - 2]);
  }

  private static final Set<String> PLACE_PREPOSITIONS = Lookups.setOf("in", "at", "near");

  private static final Set<String> SETTLEMENTS = Lookups.setOf("village", "villages", "town", "towns", "city",
      "hamlet", "province", "district", "region", "municipality", "commune", "township", "suburb", "neighbourhood",
      "neighborhood");

  /** Organisation and place words that end the name of a thing, never a person's: "Davis Cup", "Tracey Island". */
  static final Set<String> NEVER_SURNAMES = Lookups.setOf("cup", "island", "islands", "trophy", "prize",
      "award", "awards", "games", "series", "festival", "street", "road", "avenue", "square", "river", "sea",
      "ocean", "airport", "station", "museum", "college", "university", "school", "centre", "center", "inc",
      "corp", "ltd", "plc", "co", "group", "company", "foundation", "trust", "fund", "league", "club", "fc",
      "united", "city", "county", "state", "republic", "party", "news", "times", "post", "tv", "radio",
      // session 18: a firm's form ("Williams Cos", "Leonardo Spa", "Colonial BancGroup") or a body's kind
      "cos", "spa", "bancgroup", "bancorp", "bancshares", "bancorporation", "confederation",
      // session 45 (test42): a party's members in the plural ("the Christian Democrats, who make up half the cabinet"),
      // a shipping or cruise firm ("Carnival Cruise Lines said")
      "democrats", "republicans", "socialists", "communists", "conservatives", "liberals", "tories", "lines",
      "cruises");

  /**
   * Offices that are also common surnames: after an honorific and alone, the surname ("chairman Lord King told",
   * "Mr Major said", "Ms Bishop"). Forms of address stay offices ("Mr Speaker", "Lord Chancellor", "Mr President").
   */
  static boolean isSurnameOfOffice(String lower) {
    return SURNAMES_OF_OFFICE.contains(lower);
  }

  private static final Set<String> SURNAMES_OF_OFFICE = Lookups.setOf("king", "bishop", "major", "judge", "marshal",
      "prince", "sheriff", "earl", "duke", "pope", "cardinal", "constable", "sergeant", "dean");

  /**
   * "fellow Tory Liam Fox", "in-form Scot Kathy Butler": a party's or a nation's member written before a given name
   * is no part of the name. Tory and Scot are given names too, so the name was read from them; after a given
   * name they stay one ("mayor John Tory").
   */
  static boolean memberBeforeAName(Tokens t, int k, int to, NameLexicon lexicon) {
    return k < to && MEMBER_WORDS.contains(t.lower[k]) && t.has(k + 1, Tokens.CAP) && !t.has(k, Tokens.POSSESSIVE)
        && lexicon.isFirstName(t.lower[k + 1]);
  }

  private static final Set<String> MEMBER_WORDS = Lookups.setOf("tory", "scot", "scotsman", "scotswoman", "welshman",
      "welshwoman", "englishman", "englishwoman", "irishman", "irishwoman", "frenchman", "frenchwoman");

  /**
   * "Eternal Sunshine of the Spotless Mind", "Pirates of the Caribbean": words with no given name we know, after
   * "of the" inside a capitalised title, end the title of a work or a body, not a person's name. (Only for names
   * without a known given name: "President of the European Commission Jose Manuel Barroso" is read as before.)
   */
  static boolean endsATitleOfTheForm(Tokens t, int start) {
    int the = start - 1;
    int of = start - 2;
    int head = start - 3;
    return head >= 0 && t.lower[the].equals("the") && t.lower[of].equals("of") && t.has(head, Tokens.CAP)
        && !t.has(start, Tokens.BREAK_BEFORE) && !t.has(the, Tokens.BREAK_BEFORE) && !t.has(of, Tokens.BREAK_BEFORE);
  }

  /**
   * A nickname in quotes between a given name and a surname ("Warren \"Woody\" Hoburg", "Joko 'Jokowi' Widodo"): one
   * capitalised word, quoted on both sides, between two capitalised words of the same run. It is no part of the name.
   */
  static boolean isNickname(Tokens t, int m) {
    return m > 0 && m + 1 < t.size && t.has(m, Tokens.QUOTE_BEFORE) && t.has(m + 1, Tokens.QUOTE_BEFORE)
        && t.has(m, Tokens.CAP) && t.has(m - 1, Tokens.CAP) && (t.has(m + 1, Tokens.CAP) || particleThenName(t, m + 1))
        && !t.has(m, Tokens.SENT_START) && !t.has(m + 1, Tokens.SENT_START) && !t.has(m - 1, Tokens.POSSESSIVE)
        && !t.has(m, Tokens.POSSESSIVE) && !t.has(m, Tokens.DIGIT);
  }

  /** "dela Rosa" after a nickname ("Ronald \"Bato\" dela Rosa"): a particle in lower case, then a capitalised word. */
  static boolean particleThenName(Tokens t, int k) {
    return k + 1 < t.size && !t.has(k, Tokens.CAP) && NameLexicon.particle(t.lower[k]) && t.has(k + 1, Tokens.CAP)
        && !t.has(k + 1, Tokens.BREAK_BEFORE);
  }

  /** The words of a name, with hyphenated parts glued back ("Jean-Claude"), initials dotted, nicknames left out. */
  static String[] parts(Tokens t, int from, int to) {
    List<String> out = new ArrayList<>(to - from + 1);
    StringBuilder sb = new StringBuilder();
    for (int m = from; m <= to; m++) {
      if (m > from && m < to && t.has(m, Tokens.QUOTE_BEFORE) && isNickname(t, m)) {
        continue;
      }
      if (m > from && t.has(m, Tokens.HYPHEN_BEFORE)) {
        sb.append('-').append(t.text[m]);
        continue;
      }
      if (sb.length() > 0) {
        out.add(sb.toString());
      }
      sb.setLength(0);
      if (t.has(m, Tokens.DOTTED) && t.text[m].length() <= 3 && t.has(m, Tokens.ALL_CAPS)) {
        for (int c = 0; c < t.text[m].length(); c++) {
          sb.append(t.text[m].charAt(c)).append('.'); // "A.W. Clausen" as written, not "AW Clausen"
        }
        continue;
      }
      sb.append(t.text[m]);
      if (t.text[m].length() == 1 && t.has(m, Tokens.CAP) || isFilipinoMa(t, m)) {
        sb.append('.'); // an initial; not the particle "y" or "e" ("Ulisses Correia e Silva"); the Filipino "Ma."
      }
    }
    out.add(sb.toString());
    return out.toArray(new String[0]);
  }

  static String joined(Tokens t, int from, int to) {
    return String.join(" ", parts(t, from, to));
  }

  /** A generation after a surname: "Jr" ("Martin Luther King Jr."), "Sr", "Jnr", "Snr". */
  static boolean isGeneration(String lower) {
    return lower.equals("jr") || lower.equals("sr") || lower.equals("jnr") || lower.equals("snr");
  }
}
