package io.facetwire.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a token's shape says about a person's name, without the article's other words: a capitalised
 * word, an initial, a regnal number, a hyphenated end ("Hoi-kwan", not "Jackson-style"), a given name
 * inside a place ("Santa Monica"), a word that ends a thing's name ("Davis Cup"), and the name's words
 * as written. Used by {@link PersonRuns} and {@link PersonExtractor}; stateless.
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

  /**
   * "Maarat al-Numan", "Bab al-Hawa", "Jemaa el-Fna", "Deir ez-Zor": a run opened by the common noun of an Arabic
   * place name (a gate, a cape, a monastery, a hill, a well, a market...) before its article is that place, however a
   * person's name it looks after a comma and "who" ("a farmer from Maarat al-Numan, who asked ..."). Only with the
   * article: "Ras Baraka" is a mayor (session 34, the blind modern-news sets).
   */
  static boolean namesAnArabicPlace(Tokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (ARABIC_PLACE_HEADS.contains(t.lower[k]) && ARABIC_ARTICLES.contains(t.lower[k + 1])
          && !t.has(k + 1, Tokens.BREAK_BEFORE)) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> ARABIC_PLACE_HEADS = Lookups.setOf("bab", "ras", "deir", "dayr", "tal", "tell",
      "jabal", "jebel", "wadi", "ain", "kafr", "khan", "bir", "qasr", "souk", "suq", "souq", "beit", "maarat", "maaret",
      "marat", "jemaa", "jisr", "hay", "madinat", "sharm", "tall", "bayt", "dar", "qalat", "qalaat", "burj", "bani");

  private static final Set<String> ARABIC_ARTICLES = Lookups.setOf("al", "el", "ash", "as", "ad", "an", "ar", "az", "ez",
      "es", "ed", "en", "er", "at", "ath", "adh", "ul");

  /**
   * A storm's name: given names after "Hurricane", "Typhoon", "Cyclone" or "Storm" in the run name the storm, not
   * a person ("Hurricane Dorian", "Tropical Storm Humberto", "Storm Lorenzo will ...", "Hurricane Humberto Advisory
   * Number"). A person whose given name is Storm is rarer in news than a named storm.
   */
  static boolean namesAStorm(Tokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (STORMS.contains(t.lower[k])) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> STORMS = Lookups.setOf("hurricane", "typhoon", "cyclone", "storm");

  /**
   * A ship's name: a run right after a vessel word in lower case ("the motor vessel Stefan E. Sank", "the production
   * ship Petro Jarl", "the tanker Mary Ann") names the ship; ships are often named after people, but the name is the
   * ship's (session 25). Written with its capital the word may be a title or a firm ("Tanker Corp").
   */
  static boolean namesAVessel(Tokens t, int from) {
    int before = from - 1;
    return before >= 0 && !t.has(from, Tokens.BREAK_BEFORE) && !t.has(before, Tokens.CAP)
        && VESSELS.contains(t.lower[before]);
  }

  private static final Set<String> VESSELS = Lookups.setOf("vessel", "ship", "tanker", "ferry", "freighter",
      "steamer", "trawler", "liner", "supertanker", "carrier", "barge", "tug", "yacht", "vessels", "ships");

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
        && (!w.equals("A") && !w.equals("I") || t.has(i, Tokens.DOT_AFTER));
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
      "cos", "spa", "bancgroup", "bancorp", "bancshares", "bancorporation", "confederation");

  /**
   * "The Tracy Ullman Show", "the CPL World Tour", "the Elect the Lords Campaign": a run whose last word is one
   * of these names a show, a tour or a campaign (LABELLING.md: events named after people are not persons).
   */
  static boolean endsAnEventOrShow(Tokens t, int to) {
    return t.has(to, Tokens.CAP) && EVENT_OR_SHOW_ENDS.contains(t.lower[to]);
  }

  private static final Set<String> EVENT_OR_SHOW_ENDS = Lookups.setOf("show", "tour", "campaign");

  /**
   * "Tate Gallery", "Ethel Barrymore Theatre", "Sutherland Trophy", "Christian Medical Fellowship", "Vance
   * Management", "Reynolds Tobacco", "Gross Domestic Product": a run whose last word is a common noun for a kind of
   * thing (a venue, a prize, a body, a trade, a document) names that thing, never a person (LABELLING.md: places,
   * organisations, prizes and objects named after people are not persons). Only nouns no person is called by: not
   * "Post", "Hunt", "Park", "Castle", "Bridge", "Church", "Temple", "Lodge" or "Hills" (Barbara Castle,
   * Wayne Bridge, Charlotte Church: each lost a right name in a first version or is a common surname). "Hall" is
   * here for the venues; after a title it is a surname ({@link #endsWithASurnameThing}).
   */
  static boolean endsWithAThing(Tokens t, int to) {
    return t.has(to, Tokens.CAP) && (THING_ENDS.contains(t.lower[to]) || NEVER_SURNAMES.contains(t.lower[to])
        && !SURNAMES_TOO.contains(t.lower[to]) || endsWithAnIndustrialPlant(t, to));
  }

  /**
   * "Herbert Macaulay Way", "Ahmadu Bello Way": a street word that is a surname too ("Gerard Way", "Nathan Lane") names
   * the street when it ends a run of three or more name words {@code [start, to]}, after any title (session 38,
   * news37: a Lagos flood report's roads).
   */
  static boolean endsWithAStreet(Tokens t, int start, int to) {
    // Not after a middle initial: "James C. Lane" is a person.
    return to - start >= 2 && STREETS_AFTER_A_NAME.contains(t.lower[to]) && t.has(to, Tokens.CAP)
        && !t.has(to, Tokens.SHOUT) && t.text[to - 1].length() > 1 && !t.has(to - 1, Tokens.DOTTED);
  }

  private static final Set<String> STREETS_AFTER_A_NAME = Lookups.setOf("way", "drive", "lane", "crescent",
      "boulevard", "highway", "expressway", "parkway", "terrace");

  /**
   * "the Alvin W. Vogtle Nuclear Plant", "the Hope Creek Generating Station": "Plant" is a surname too (Robert Plant),
   * but after a word of the plant's kind it names the plant (session 34, test31).
   */
  private static boolean endsWithAnIndustrialPlant(Tokens t, int to) {
    return (t.lower[to].equals("plant") || t.lower[to].equals("plants")) && to > 0 && !t.has(to, Tokens.BREAK_BEFORE)
        && PLANT_KINDS.contains(t.lower[to - 1]);
  }

  private static final Set<String> PLANT_KINDS = Lookups.setOf("nuclear", "power", "generating", "chemical", "steel",
      "coal", "gas", "assembly", "processing", "treatment", "manufacturing", "bottling", "cement", "paper", "pulp",
      "fertilizer", "fertiliser", "desalination", "atomic", "hydroelectric", "hydro", "solar", "wind");

  private static final Set<String> THING_ENDS = Lookups.setOf("gallery", "galleries", "theatre", "theater",
      "cinema", "arena", "stadium", "hall", "fellowship", "institution", "institutions", "management", "product",
      "products", "tobacco", "interactive", "leisure", "properties", "films", "pictures", "digital", "aviation",
      "futures", "shipping", "banking", "savings", "securities", "intelligence", "cellars", "review", "diary",
      "diaries", "clause", "constitution", "memorial", "parish", "sector", "partners", "associates", "holdings",
      "industries", "enterprises", "ventures", "systems", "technologies", "motors", "airlines", "airways", "hotel",
      "hotels", "hospital", "library", "tunnel", "canal", "prison", "palace", "abbey", "cathedral", "chapel",
      "mosque",
      // session 27: "the Reagan Administration", "the Thatcher Government" name a government, not a person
      "administration", "administrations", "government", "governments",
      // session 18: a firm's trade ("Gerald Metals", "Tuscan Dairies", "the Good Hope Refinery")
      "metals", "dairies", "dairy", "refinery", "refineries", "sawmill", "sawmills",
      // session 21: a firm by its trade or form ("Corning Glass Works", "Tandy Brands", "Florida Citrus Mutual",
      // "the Perth Mint", "Chase Econometrics")
      "works", "brands", "mutual", "mint", "econometrics",
      // session 22: a firm of the oil patch or the mines ("Victoria Exploration", "Norsk Hydro", "Victoria Oil")
      "exploration", "hydro", "oil", "petroleum", "mining", "minerals", "drilling",
      // session 22: a car model named for a person or a place ("Lincoln Town Car")
      "car", "cars",
      // session 23: a firm by its trade ("Lucas Aerospace", "Lucas Industrial", "White Engine")
      "aerospace", "industrial", "electronics", "chemical", "chemicals", "pharmaceutical", "pharmaceuticals", "foods",
      "textiles", "engineering", "insurance", "logistics", "software", "engine", "engines",
      // session 18: a firm's unit or plan ("Microcomputer Division", "Retirement System", "Media Lab Europe"), a place
      // or an age of one ("Eden Prairie", "Palm Springs", "Golan Heights", "Victorian England")
      "division", "divisions", "system", "europe", "england", "prairie", "springs", "heights",
      // session 25: a shop or a trade named for a person ("Music Shop", "Allied Vintners", "Graan Elevator"); not
      // "plant" or "bonds", surnames too (Robert Plant, Barry Bonds)
      "shop", "shops", "stores", "debentures", "vintners", "elevator", "elevators",
      // ... and a second corpus sample: a firm by its trade or form, a plant, a place of the land ("Nan Ya Plastics",
      // "Havilland Aircraft", "Lazard Freres", "Transworld Liquidating Trust", "Ada Validation Facility", "Export
      // Processing Zone", "Sioux Falls", "Cooper Basin")
      "plastics", "aircraft", "freres", "liquidating", "facility", "zone", "falls", "basin", "staff", "incorp",
      // ... and the opened test23: a region, a plant's creek ("Southeast Asia", "the Hope Creek nuclear plant")
      "asia", "africa", "creek",
      // session 34, test31: a firm by its product ("Dreyer's Grand Ice Cream"); news34: a street named for a person
      // ("Rizal Drive", "Roxas Boulevard")
      "cream", "drive", "boulevard", "highway", "expressway", "parkway",
      // session 35, the modern-news development half: a market named like a person ("the Grand Marché")
      "marché", "marche", "souk", "bazaar", "mercado");

  /**
   * "the story's hero Arthur Dent", "The main character, Robert Langdon": the word before the run at {@code from}
   * introduces a character of a story, who is no person (LABELLING.md). Narrow on purpose: "war hero John McCain" is a
   * person, so a hero needs a work's possessive ("the film's hero"); and a role is no cue, for an actor's role is
   * often a real person ("her role as Katharine Hepburn in The Aviator" lost two right names in a first version).
   */
  static boolean introducesACharacter(Tokens t, int from) {
    if (from < 1 || t.has(from, Tokens.SENT_START)) {
      return false;
    }
    int prev = from - 1;
    String w = t.lower[prev];
    if (CHARACTER_WORDS.contains(w) && !t.has(prev, Tokens.CAP)) {
      return true; // "the character Arthur Dent", "The main character, Robert Langdon"
    }
    if (HERO_WORDS.contains(w) && prev > 0 && t.has(prev - 1, Tokens.POSSESSIVE) && !t.has(prev, Tokens.BREAK_BEFORE)) {
      return true; // "the story's hero Arthur Dent", "the novel's heroine"
    }
    return false;
  }

  /**
   * The run at {@code from} is an organisation's name: a lower-case noun for its kind stands right before it ("an
   * interview with the daily Les Echos", "The army newspaper Quan Doi Nhan Dan said", "Irish-based property firm
   * Quinlan Private", "literary agency Curtis Brown"), as the organisation step reads it ({@link OrganisationWords#CUES},
   * without the nouns a person is also called: "publisher", "broadcaster", "developer", "maker"); the run's words may
   * look like a person's ("Les", "Curtis"; session 40, test37 and the opened parts). Not after "of the", where the run
   * is the holder of the office named before ("Chairman of the firm Gordon Wu", "founder of the CGA consultancy
   * Jeanne-Marie Gescher").
   */
  static boolean namedAsAnOrganisation(Tokens t, int from) {
    int kind = from - 1;
    if (kind < 0 || t.has(from, Tokens.SENT_START) || t.has(from, Tokens.BREAK_BEFORE) || t.has(kind, Tokens.CAP)
        || !ORGANISATION_KINDS.contains(t.lower[kind])) {
      return false;
    }
    int the = kind - 1;
    if (the >= 0 && t.has(the, Tokens.ALL_CAPS)) {
      the--; // "the CGA consultancy"
    }
    return the < 1 || !t.lower[the].equals("the") || !t.lower[the - 1].equals("of");
  }

  private static final Set<String> ORGANISATION_KINDS = Lookups.setOf("newspaper", "daily", "weekly", "monthly",
      "magazine", "tabloid", "broadsheet", "newsletter", "firm", "firms", "company", "giant", "group", "retailer",
      "carrier", "airline", "provider", "regulator", "watchdog", "website", "network", "channel", "insurer", "lender",
      "brokerage", "consultancy", "charity", "chipmaker", "carmaker", "automaker", "manufacturer", "supplier",
      "distributor", "conglomerate", "subsidiary", "agency", "journal", "e-tailer", "bank", "bookmaker", "outfit",
      "start-up", "startup", "portal", "marque", "institute", "platform");

  private static final Set<String> CHARACTER_WORDS = Lookups.setOf("character", "characters");
  private static final Set<String> HERO_WORDS = Lookups.setOf("hero", "heroine", "villain", "protagonist", "narrator");

  /**
   * Words of {@link #THING_ENDS} that are common surnames too ("Rich Hall", "Arsenio Hall"): after a title or a role,
   * or with a role in apposition ("spokesman Rich Hall said", "Rich Hall, a spokesman, ...") the run is the person;
   * alone, or with "said" only ("Albert Hall", "Carnegie Hall said"), the venue.
   */
  static boolean endsWithASurnameThing(Tokens t, int to) {
    return SURNAME_THINGS.contains(t.lower[to]);
  }

  private static final Set<String> SURNAME_THINGS = Lookups.setOf("hall");

  /**
   * Offices that are also common surnames: after an honorific and alone, the surname ("chairman Lord King told",
   * "Mr Major said", "Ms Bishop"). Forms of address stay offices ("Mr Speaker", "Lord Chancellor", "Mr President").
   */
  static boolean isSurnameOfOffice(String lower) {
    return SURNAMES_OF_OFFICE.contains(lower);
  }

  private static final Set<String> SURNAMES_OF_OFFICE = Lookups.setOf("king", "bishop", "major", "judge", "marshal",
      "prince", "sheriff", "earl", "duke", "pope", "cardinal", "constable", "sergeant", "dean");

  /** Words of {@link #NEVER_SURNAMES} that some people are called by ("Emily Post", "Jonathan City"?): kept. */
  private static final Set<String> SURNAMES_TOO = Lookups.setOf("post", "united", "state", "city", "times");

  /**
   * "the Reagan administration", "a Thatcher government": a surname right before "administration" or "government"
   * names the government, as "Lewinsky affair" names an affair (LABELLING.md, 2026-12-02): the leader counts only
   * where the article names him otherwise ("President Reagan said"); so do the government's "Reagan bonds". A
   * possessive ("Reagan's administration") is the person's.
   */
  static boolean namesAGovernment(Tokens t, int to) {
    int next = to + 1;
    if (next >= t.size || t.has(to, Tokens.POSSESSIVE)) {
      return false;
    }
    String word = t.lower[next];
    if (t.has(next, Tokens.BREAK_BEFORE)) {
      // "whether the (Reagan) administration will change": the reporter's own word in brackets, the same government
      return t.has(to, Tokens.BRACKET_BEFORE) && GOVERNMENT_WORDS.contains(word);
    }
    return GOVERNMENT_WORDS.contains(word) || NAMED_AFTER_A_LEADER.contains(word);
  }

  /** Securities a government issues under its leader's name: "Reagan bonds", "Carter bonds" (session 40, test37). */
  private static final Set<String> NAMED_AFTER_A_LEADER = Lookups.setOf("bond", "bonds");

  private static final Set<String> GOVERNMENT_WORDS = Lookups.setOf("administration", "government", "regime", "regimes",
      "dynasty", "era"); // "the fall of the Assad regime", "the Kim dynasty", "the Thatcher era" (session 36, news36)

  /**
   * "Manfred Mann singer Paul Jones", "Laura Ashley chief executive Ainsley Gill", "Stop Stansted Expansion chairman
   * Peter Sanders", "Harry Potter star Daniel Radcliffe": a run right before a role and another person's name is the
   * band, firm, body or work the person belongs to, named like a person. A person's own people are written with the
   * possessive ("Tony Blair's spokesman Tom Kelly"), and a role after a name with no name after it is an apposition
   * ("Ray Charles, singer"; "John Smith chairman of ...").
   */
  static boolean namesTheOutfitOfARole(Tokens t, int to, NameLexicon lexicon) {
    int role = to + 1;
    if (role >= t.size || t.has(to, Tokens.POSSESSIVE) || t.has(role, Tokens.BREAK_BEFORE) || t.has(role, Tokens.CAP)
        || !OUTFIT_ROLES.contains(t.lower[role])) {
      return false;
    }
    int name = role + 1;
    if (name < t.size && ROLE_SECOND_WORDS.contains(t.lower[name]) && !t.has(name, Tokens.BREAK_BEFORE)) {
      name++; // "chief executive", "lead singer"
    }
    return name < t.size && isNameToken(t, name) && !t.has(name, Tokens.BREAK_BEFORE) && t.has(name, Tokens.CAP)
        && !lexicon.isStopWord(t.lower[name]);
  }

  /** Roles in a band, firm, team, body or cast: the words whose outfit is named right before them. */
  private static final Set<String> OUTFIT_ROLES = Lookups.setOf("star", "stars", "singer", "frontman", "guitarist",
      "drummer", "bassist", "keyboardist", "chief", "boss", "chairman", "chairwoman", "spokesman", "spokeswoman",
      "founder", "co-founder", "director", "presenter", "creator", "actor", "actress", "author", "writer", "producer",
      "lead", "executive", "analyst", "economist", "striker", "midfielder", "defender", "goalkeeper", "winger",
      "forward", "coach", "manager");

  /** The second word of a role in two words: "chief executive", "lead singer". */
  private static final Set<String> ROLE_SECOND_WORDS = Lookups.setOf("executive", "singer", "guitarist", "vocalist",
      "officer", "economist", "analyst");

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
        && t.has(m, Tokens.CAP) && t.has(m - 1, Tokens.CAP) && t.has(m + 1, Tokens.CAP)
        && !t.has(m, Tokens.SENT_START) && !t.has(m + 1, Tokens.SENT_START) && !t.has(m - 1, Tokens.POSSESSIVE)
        && !t.has(m, Tokens.POSSESSIVE) && !t.has(m, Tokens.DIGIT);
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
      if (t.text[m].length() == 1 && t.has(m, Tokens.CAP)) {
        sb.append('.'); // an initial; not the particle "y" or "e" ("Ulisses Correia e Silva")
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
