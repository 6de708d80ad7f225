package io.facetwire.extract;

import java.util.List;
import java.util.Set;

/**
 * The words the organisation recogniser reads a capitalised run by: which words end an organisation's
 * name, which lower-case nouns announce one ("security firm Sophos"), which words at the start of a
 * run belong to the sentence rather than the name. Lists of words, no rules.
 */
final class OrganisationWords {

  private OrganisationWords() {
  }

  /** Plurals of people without an -ers ending whose possessive goes on with a name ("People's Party"). */
  static final Set<String> PEOPLE_PLURALS = Lookups.setOf("people", "children", "women", "men", "peoples",
      "citizens", "veterans", "students", "journalists", "nurses", "doctors", "pilots", "pensioners",
      "consumers", "investors", "parents", "patients", "victims", "fans", "artists", "scientists", "chiefs",
      "officials");

  /**
   * Connectors after which a name may go on with a second part ("Department of Health and ..."), with the French,
   * Italian, Spanish and Portuguese "of" inside a name: "Banque Francaise du Commerce Exterieur", "Banca Nazionale
   * del Lavoro", "Banco do Brasil" (session 15).
   */
  private static final List<String> OF_WORDS = List.of("of", "for", "de", "du", "des", "del", "della", "di", "do", "da");

  static final Set<String> OF = Lookups.set(OF_WORDS);

  /**
   * Lower-case words that join the words of a name: {@link #OF}'s and the "and"s — "Food and Drug Administration",
   * "Bank Mees en Hope", "Duffour et Igon".
   */
  static final Set<String> CONNECTORS = Lookups.set(joined(OF_WORDS, List.of("and", "en", "et", "y")));

  /**
   * The foreign head words of {@link #ENDINGS} that start a name, with the rest after them: "Societe Generale", "Banca
   * Commerciale Italiana", "Caisse Nationale de Credit Agricole" (session 15). "X and Banque Y" are two.
   */
  private static final List<String> HEAD_WORDS = List.of("banque", "banca", "banco", "cassa", "caisse", "compagnie",
      "cie", "societe", "compania", "companhia");

  static final Set<String> HEADS_FIRST = Lookups.set(HEAD_WORDS);

  /**
   * Words that end an organisation's name (a subset of organisation-words.txt: no places, titles or
   * works): company forms, bodies, media, armed groups, clubs.
   */
  static final Set<String> ENDINGS = Lookups.set(joined(List.of(
      "corp", "corporation", "inc", "incorporated", "co", "ltd", "limited", "plc", "llc", "lp", "ag", "sa", "spa",
      "nv", "gmbh", "ab", "bv", "na", "kk", "oy", "asa", "bhd", "group", "holdings", "bancorp", "bank", "association", "commission", "institute",
      "university", "council", "federation", "union", "organization", "organisation", "foundation",
      "authority", "agency", "party", "airlines", "airways", "company", "industries", "partners", "brothers",
      "trust", "court", "police", "service", "ministry", "department", "committee", "board",
      "fund", "exchange", "network", "systems", "technologies", "communications", "electronics",
      "instruments", "semiconductor", "software", "motors", "petroleum", "resources", "financial",
      "insurance", "laboratories", "alliance", "pharmaceuticals", "bureau", "administration", "brigade",
      "parliament",
      // bodies and institutions
      "center", "centre", "centers", "centres", "college", "school", "academy", "museum", "tribunal",
      "forum", "guild", "coalition", "caucus", "office", "society", "institution", "laboratory", "observatory",
      "subcommittee", "movement", "front", "brotherhood", "navy", "force",
      "army", "corps", "guard", "forces", "unit", "chambers", "church", "trust",
      // companies and media
      "studios", "pictures", "records", "entertainment", "media", "broadcasting", "publishing", "newspapers",
      "railways", "telecom", "telecommunications", "securities", "investments", "capital", "energy",
      "therapeutics", "biotherapeutics", "airline", "labs", "times", "post", "journal", "news",
      "magazine", "gazette", "herald", "tribune",
      // sports clubs
      "fc", "united", "rovers", "athletic", "wanderers",
      // more company and institution words
      "research", "hospital", "prison", "tribe", "tribes", "ventures", "markets", "products", "services",
      "consortium", "partnership", "library",
      // session 12: sector words of companies and the arts (LABELLING: companies, media, orchestras are organisations)
      "foods", "garments", "stores", "networks", "associates", "restaurants", "construction",
      "opera", "ballet", "orchestra", "philharmonic", "clinic"),
      // session 15: a foreign bank's or company's head word, read like "Bank of ..." before its "of" ("Banca Nazionale
      // del Lavoro", "Cassa di Risparmio di Roma", "Compagnie Francaise des Petroles", "Banco do Brasil")
      HEAD_WORDS));

  /** Company forms that may follow a well-known name: "Toyota Motor Co Ltd", "British Petroleum Co Plc". */
  static final Set<String> COMPANY_FORMS = Lookups.setOf("corp", "corporation", "inc", "co", "ltd",
      "plc", "ag", "sa", "spa", "nv", "gmbh", "llc", "lp", "limited", "company", "ab", "bv", "na", "kk", "oy", "asa");

  /**
   * {@link #COMPANY_FORMS} and the wire's Australian, Malaysian and Singaporean ones ("Pty Ltd", "Sdn Bhd", "Pte Ltd"):
   * where a firm's name ends, for the country facet's reading of firm names (session 15).
   */
  static final Set<String> WIRE_COMPANY_FORMS = Lookups.set(joined(List.copyOf(COMPANY_FORMS),
      List.of("pty", "bhd", "berhad", "pte", "sdn")));

  /** Short company forms: "of" after one names a place, not the company ("Shiseido Co of Tokyo"). */
  static final Set<String> SHORT_COMPANY_FORMS = Lookups.setOf("corp", "inc", "co", "ltd", "plc", "ag",
      "sa", "spa", "nv", "gmbh", "llc", "ab", "bv", "na", "kk", "oy", "asa");

  /** A company's last words, after which a region names its unit ("Swiss Bank Corp International"); not "Union". */
  static final Set<String> COMPANY_ENDINGS = Lookups.setOf("corp", "corporation", "inc", "co", "ltd",
      "plc", "ag", "sa", "nv", "bank", "brothers", "group", "securities", "holdings", "partners", "motor", "motors",
      "industries", "electronics", "financial", "trust", "airlines", "entertainment", "networks");

  /** Words after the publisher's own name that make it the subject of a sentence ("the BBC is to ..."). */
  static final Set<String> SUBJECT_VERBS = Lookups.setOf("is", "was", "has", "had", "have", "will", "would",
      "said", "says", "also", "now", "plans", "could", "can", "did", "does", "should", "may", "might", "must",
      "wants", "announced", "agreed", "denied", "refused", "launched", "paid", "pays");

  /** Words of an article about sport: only there is "Liverpool" the club rather than the town. */
  static final Set<String> SPORT_CONTEXT = Lookups.setOf("football", "match", "league", "goal", "goals",
      "striker", "midfielder", "defender", "goalkeeper", "premiership", "cup", "fixture", "tournament",
      "rugby", "basketball", "nba", "coach", "season", "semi-final", "quarter-final", "penalty", "scored",
      "squad", "uefa", "fifa", "champions");

  /**
   * Lower-case nouns that say the capitalised words right after them name an organisation even when no
   * ending word does: "security firm Sophos", "mobile phone maker Sendo", "regulator Ofcom".
   */
  static final Set<String> CUES = Lookups.setOf("firm", "firms", "company", "maker", "makers", "giant",
      "group", "retailer", "broadcaster", "carrier", "airline", "operator", "provider", "regulator",
      "watchdog", "union", "newspaper", "magazine", "website", "network", "channel", "studio", "label",
      "publisher", "insurer", "lender", "brokerage", "consultancy", "analysts", "charity", "club", "side",
      "chipmaker", "carmaker", "automaker", "rival", "rivals", "developer", "manufacturer", "supplier",
      "distributor", "conglomerate", "subsidiary", "agency", "organisation", "organization", "tabloid",
      "daily", "broadsheet", "journal", "weekly", "paper", "station", "retail", "e-tailer", "bank", "bookmaker", "outfit", "start-up", "startup", "portal", "marque",
      // session 15: "the Hamburg-based newsletter Oil World", "the national statistics institute Istat"
      "newsletter", "institute");

  /** Capitalised words that start a sentence or run but belong to no name. */
  static final Set<String> LEADING_NOISE = Lookups.setOf("the", "a", "an", "but", "and", "in", "at",
      "on", "for", "by", "from", "with", "shares", "analysts", "officials", "both", "when", "while", "under",
      "after", "before", "if", "as", "said", "says", "this", "that", "former", "monday",
      "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "april",
      "june", "july", "august", "september", "october", "november", "december", "ruling", "rival", "firm",
      "publisher", "leaders", "members", "peers", "nine", "hero", "yesterday", "today", "last", "its", "their");

  /** Endings after which "of <place>" is part of the name: "Bank of England", "University of Essex". */
  static final Set<String> INSTITUTIONS = Lookups.setOf("bank", "university", "council", "court", "ministry",
      "department", "institute", "college", "school", "museum", "academy", "organisation", "organization",
      "association", "federation", "union", "party", "church", "society", "commission", "committee", "board",
      "office", "agency", "authority", "bureau", "administration", "chambers", "parliament", "congress",
      "center", "centre", "foundation", "fund", "trust", "police", "service", "army", "navy", "force",
      "forces", "guard", "front", "movement", "brotherhood", "exchange", "league", "tribunal", "forum");

  /** Bodies every state has: after a country's name or a president's they name no organisation. */
  static final Set<String> GENERIC_BODIES = Lookups.setOf("administration", "parliament", "government");

  /** A legislature's chambers, whose committees with a job of their own are organisations ("Senate Finance Committee"). */
  static final Set<String> CHAMBERS = Lookups.setOf("senate", "house");

  /** Bodies whose job alone names them ("Finance Ministry", "Judiciary Committee"): generic. */
  static final Set<String> PORTFOLIO_BODIES = Lookups.setOf("ministry", "committee", "subcommittee");

  /** Jobs of a parliament's committees beside the ministries' portfolios: "Judiciary Committee". */
  static final Set<String> COMMITTEE_JOBS = Lookups.setOf("judiciary", "oversight", "ethics", "intelligence",
      "appropriations", "rules", "banking", "ways", "steering", "executive", "liaison", "standards");

  /** Two-word names every state gives its own body: no named organisation without the country. */
  static final Set<String> GENERIC_NAMES = Lookups.setOf("central bank", "air force", "coast guard",
      "armed forces", "defence force", "defence forces", "defense force", "legislative council",
      "national congress", "national assembly", "national police", "executive committee", "house subcommittee",
      "house committee", "senate committee", "steering committee", "select committee");

  /** A country before a known body's name that does not change which body it is ("US Federal Reserve"). */
  static final Set<String> NATIONAL_QUALIFIERS = Lookups.setOf("us", "u.s.", "uk", "british", "american");

  /** Last words of an event's name: a run ending in one names no organisation ("World Petroleum Congress"). */
  static final Set<String> EVENTS = Lookups.setOf("congress", "conference", "summit", "championships",
      "championship", "games", "festival", "awards", "expo", "olympics", "convention", "fair", "show");

  /** Words after an organisation's name that make it a competition's or a prize's: "FA Cup", "Bafta Awards". */
  static final Set<String> TROPHIES = Lookups.setOf("cup", "trophy", "shield", "prize", "medal", "open",
      "classic", "marathon", "league", "grand", "awards", "games", "championships", "championship",
      "festival", "olympics");
  // Not "Tour" (the "ATP Tour" is the ATP), nor a meeting ("OPEC Conference", "EC Summit": the body acts).

  /** Places and states whose names end like an organisation's. */
  static final Set<String> NOT_ORGANISATIONS = Lookups.setOf("soviet union", "west bank",
      "united states and soviet union", "oval office", "white house", "european union and united states");

  private static List<String> joined(List<String> a, List<String> b) {
    List<String> all = new java.util.ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
