package io.facetwire.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a run of capitalised words names when it is no person although its words look like a name: a storm ("Hurricane
 * Dorian"), a show or a campaign, a venue, a firm or a plant by its last word ("Tate Gallery", "Reynolds Tobacco", "the
 * Hope Creek Nuclear Plant"), a story's character, an organisation announced by its kind ("the daily Les Echos"), a government or its
 * securities ("the Reagan administration", "Reagan bonds"), the band or firm of a role ("Manfred Mann singer Paul
 * Jones"). Asked by {@link PersonRuns} and {@link PersonExtractor} (LABELLING.md: things named after people are not
 * persons); {@link NamedPlacesAndCraft} holds places, sites and ships, {@link NameTokens} what a token's shape says.
 * Stateless.
 */
final class NamedThings {

  private NamedThings() {}

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
   * "The Tracy Ullman Show", "the CPL World Tour", "the Elect the Lords Campaign": a run whose last word is one
   * of these names a show, a tour or a campaign (LABELLING.md: events named after people are not persons).
   */
  static boolean endsAnEventOrShow(Tokens t, int to) {
    return t.has(to, Tokens.CAP) && EVENT_OR_SHOW_ENDS.contains(t.lower[to]);
  }

  private static final Set<String> EVENT_OR_SHOW_ENDS = Lookups.setOf("show", "tour", "campaign");

  /**
   * "Mbok Darmi (dir. Wahyu Prasetyo)", "Anak Kolong (directed by ...)": a run before a bracket that names its director
   * is a film's title, however a person's name it looks (session 45, news40's development half: an awards list).
   */
  static boolean titleOfADirectedWork(Tokens t, int to) {
    int next = to + 1;
    return next + 1 < t.size && t.has(next, Tokens.BRACKET_BEFORE) && !t.has(to, Tokens.POSSESSIVE)
        && (t.lower[next].equals("dir") && t.has(next + 1, Tokens.BREAK_BEFORE) // "dir." before the name
            || t.lower[next].equals("directed") && t.lower[next + 1].equals("by"));
  }

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
    return t.has(to, Tokens.CAP) && (THING_ENDS.contains(t.lower[to]) || NameTokens.NEVER_SURNAMES.contains(t.lower[to])
        && !SURNAMES_TOO.contains(t.lower[to]) || endsWithAnIndustrialPlant(t, to));
  }

  /**
   * "the Mario Kempes stand", "the Daana Chintamani Attimabbe award": "the", a name and a lower-case word of a thing
   * named after a person; the thing, not the person (session 48, news43's development half). A possessive is the
   * person's ("the late Kempes's goals").
   */
  static boolean namesALowerCaseThing(Tokens t, int start, int to) {
    int next = to + 1;
    // "The John Smith award went to ...": "The" a sentence's first word, in the run
    boolean the = start < to && t.lower[start].equals("the")
        || start > 0 && t.lower[start - 1].equals("the") && !t.has(start, Tokens.BREAK_BEFORE);
    return the && next < t.size && !t.has(next, Tokens.BREAK_BEFORE) && !t.has(next, Tokens.CAP)
        && !t.has(to, Tokens.POSSESSIVE) && LOWER_CASE_THINGS.contains(t.lower[next]);
  }

  private static final Set<String> LOWER_CASE_THINGS = Lookups.setOf("stand", "stands", "award", "awards", "prize",
      "prizes", "trophy", "medal", "medals", "lecture", "lectures", "scholarship", "scholarships", "stadium", "arena",
      "cup", "fellowship", "fellowships", "memorial", "auditorium", "foundation", "institute", "museum");

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
    if (kind >= 0 && !t.has(from, Tokens.BREAK_BEFORE) && t.has(kind, Tokens.ALL_CAPS)
        && FIRM_PREFIXES.contains(t.lower[kind])) {
      return true; // "PT Aneka Tambang", "PJSC Gazprom Neft": a legal form written before the firm's name (session 45)
    }
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

  /**
   * The organisation step's cue nouns ({@link OrganisationWords#CUES}) but those a person's name may follow: what a
   * person is called ("publisher Rupert Murdoch", "broadcaster", "developer", "maker", "operator", "analysts", "rival"),
   * or a noun whose next capitalised words are often someone's ("the club", "the side", "the union", "the label", "the
   * studio", "the station", "the paper", "retail", "the organisation"); and two kinds it does not list.
   */
  private static final Set<String> ORGANISATION_KINDS = organisationKinds();

  /** Legal forms written before a firm's name: Indonesia's "PT", Russia's "PJSC", "OAO", "ZAO", "OOO", "JSC". */
  private static final Set<String> FIRM_PREFIXES = Lookups.setOf("pt", "pjsc", "oao", "zao", "ooo", "jsc", "pao");

  private static Set<String> organisationKinds() {
    Set<String> kinds = new HashSet<>(OrganisationWords.CUES);
    kinds.removeAll(List.of("publisher", "broadcaster", "developer", "maker", "makers", "operator", "analysts", "rival",
        "rivals", "club", "side", "union", "label", "studio", "station", "paper", "retail", "organisation",
        "organization"));
    kinds.addAll(List.of("monthly", "platform"));
    return Lookups.set(kinds);
  }

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

  /** Words of {@link NameTokens#NEVER_SURNAMES} that some people are called by ("Emily Post", "Jonathan City"?): kept. */
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
    return name < t.size && NameTokens.isNameToken(t, name) && !t.has(name, Tokens.BREAK_BEFORE) && t.has(name, Tokens.CAP)
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
}
