package io.facetwire.extract;

import java.util.Set;

/**
 * Places, sites and craft named like people: an Arabic place by its common noun ("Bab al-Hawa"), a ship by its navy's
 * prefix or a vessel word ("RRS Sir David Attenborough", "the tanker Mary Ann"), a street ("Ahmadu Bello Way", "N.
 * Clark St."), a mine, a field, a landform or a craft by the noun after it ("the Lesley Ann deposit", "the Tien Shan
 * mountains", "the Rosalind Franklin rover"). Asked by {@link PersonRuns} (LABELLING.md: places and objects named after
 * people are not persons); {@link NamedThings} holds the events, venues, bodies and governments. Stateless.
 */
final class NamedPlacesAndCraft {

  private NamedPlacesAndCraft() {}

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
   * A ship's name: a run right after a vessel word in lower case ("the motor vessel Stefan E. Sank", "the production
   * ship Petro Jarl", "the tanker Mary Ann") names the ship; ships are often named after people, but the name is the
   * ship's (session 25). Written with its capital the word may be a title or a firm ("Tanker Corp").
   */
  static boolean namesAVessel(Tokens t, int from) {
    int before = from - 1;
    return before >= 0 && !t.has(from, Tokens.BREAK_BEFORE) && !t.has(before, Tokens.CAP)
        && VESSELS.contains(t.lower[before]) || isShipPrefix(t, from) || before >= 0 && isShipPrefix(t, before)
        && !t.has(from, Tokens.BREAK_BEFORE);
  }

  /**
   * A navy's or a research fleet's prefix in capitals ("HMS Queen Elizabeth", "USS Gerald R. Ford", "RRS Sir David
   * Attenborough"): the name after it is a ship's (session 43, news38's development half).
   */
  private static boolean isShipPrefix(Tokens t, int k) {
    return t.has(k, Tokens.ALL_CAPS) && SHIP_PREFIXES.contains(t.lower[k]);
  }

  private static final Set<String> SHIP_PREFIXES = Lookups.setOf("hms", "uss", "rrs", "rv", "mv", "hmas", "hmcs",
      "hmnzs", "ins", "usns", "fv", "hmhs", "uscgc");

  private static final Set<String> VESSELS = Lookups.setOf("vessel", "ship", "tanker", "ferry", "freighter",
      "steamer", "trawler", "liner", "supertanker", "carrier", "barge", "tug", "yacht", "vessels", "ships");

  /**
   * "Herbert Macaulay Way", "Ahmadu Bello Way": a street word that is a surname too ("Gerard Way", "Nathan Lane") names
   * the street when it ends a run of three or more name words {@code [start, to]}, after any title (session 38,
   * news37: a Lagos flood report's roads).
   */
  static boolean endsWithAStreet(Tokens t, int start, int to) {
    if (to > start && STREET_SHORT_FORMS.contains(t.lower[to]) && t.has(to, Tokens.CAP) && !t.has(to, Tokens.SHOUT)) {
      return true; // "5412 N. Clark St., Chicago": a street's short form ends no person's name (session 43, news38)
    }
    // Not after a middle initial: "James C. Lane" is a person. A street word that is no surname ends a place from two
    // words ("Richmond Row", session 49, news44); "Nathan Lane" and "Mike Drive" need a third.
    return (to - start >= 2 && STREETS_AFTER_A_NAME.contains(t.lower[to])
            || to - start >= 1 && STREETS_NO_SURNAME.contains(t.lower[to])) && t.has(to, Tokens.CAP)
        && !t.has(to, Tokens.SHOUT) && t.text[to - 1].length() > 1 && !t.has(to - 1, Tokens.DOTTED);
  }

  /**
   * "the Universidad Católica Andrés Bello", "the Costera Miguel Alemán": in Spanish, Portuguese, Italian and French a
   * university's, a foundation's, an airport's or a street's kind opens its name, so a person's name that follows it in
   * the same run of capitalised words (up to two words between) names the body or the place (session 46, the
   * development half of the blind modern-news set news41).
   */
  static boolean afterAForeignOpener(Tokens t, int start, int to) {
    if (start < to && FOREIGN_OPENERS.contains(t.lower[start])) {
      return true; // the run opens with the kind: "Avenida Miguel Hidalgo"
    }
    for (int k = start - 1; k >= 0 && k >= start - 3; k--) {
      if (t.has(k + 1, Tokens.BREAK_BEFORE) || !t.has(k, Tokens.CAP) || t.has(k, Tokens.POSSESSIVE)) {
        return false;
      }
      if (FOREIGN_OPENERS.contains(t.lower[k])) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> FOREIGN_OPENERS = Lookups.setOf("universidad", "universidade", "università",
      "universita", "université", "universite", "instituto", "institut", "fundación", "fundacion", "fundação",
      "fundacao", "fondation", "fondazione", "aeropuerto", "aeroporto", "aéroport", "aeroport", "estadio", "estádio",
      "colegio", "escuela", "escola", "museo", "museu", "musée", "avenida", "calle", "rua", "plaza", "praça", "praca",
      "paseo", "costera", "hospital", "hôpital", "ospedale", "lycée", "lycee", "rue", "via", "viale", "piazza",
      // stations and quays (session 49, news44: "the procession from the North Station to the Gare du Midi")
      "gare", "quai", "estación", "estacion", "estação", "estacao");

  private static final Set<String> STREET_SHORT_FORMS = Lookups.setOf("st", "ave", "blvd", "rd");

  /** Street words that are surnames too ("Nathan Lane"): a street's only after two words of its name. */
  private static final Set<String> STREETS_AFTER_A_NAME = Lookups.setOf("way", "drive", "lane", "crescent",
      "terrace");

  /** Street words that are no surname: a street's after one word of its name ("Richmond Row"). */
  private static final Set<String> STREETS_NO_SURNAME = Lookups.setOf("row", "boulevard", "highway", "expressway",
      "parkway");

  /**
   * "the Lesley Ann deposit", "the Terra Nova field", "the Golden Patricia vein": a run between "the" and a mine's or an
   * oil field's common noun in lower case names the site, however a person's name it looks (session 43, test40); so
   * does a run before a landform's or a craft's noun ({@link #LANDMARKS}). Not "claims", a verb as often ("the Mozilla
   * Foundation claims").
   */
  static boolean namesASite(Tokens t, int from, int to) {
    int before = from - 1;
    int next = to + 1;
    if (next >= t.size || t.has(next, Tokens.BREAK_BEFORE) || t.has(next, Tokens.CAP) || t.has(to, Tokens.POSSESSIVE)) {
      return false;
    }
    boolean determined = before >= 0 && !t.has(from, Tokens.BREAK_BEFORE)
        && (t.lower[before].equals("the") || t.has(before, Tokens.POSSESSIVE));
    return LANDMARKS.contains(t.lower[next]) || determined && t.lower[before].equals("the") && SITES.contains(t.lower[next])
        || determined && WORKS.contains(t.lower[next]);
  }

  /**
   * Nouns that make the name between "the" (or a possessive) and them a work or a show named after a person: "the Gran
   * Turismo series", "BBC Radio 2's Jeremy Vine show" (session 45, test42; LABELLING.md: things named after people are
   * not persons). A person's name is not followed so ("the John Lewis partnership" is not among them).
   */
  private static final Set<String> WORKS = Lookups.setOf("series", "franchise", "saga", "trilogy", "show", "programme",
      "game", "games");

  /**
   * Nouns that make the name before them a landform, a craft or an area, "the" or not: "the Pamir and Tien Shan
   * mountains", "the Rosalind Franklin rover" (session 43, news38's development half). A person's name is never
   * followed so.
   */
  private static final Set<String> LANDMARKS = Lookups.setOf("mountains", "river", "valley", "glacier", "glaciers",
      "basin", "delta", "plateau", "desert", "volcano", "canyon", "rover", "telescope", "spacecraft", "lander",
      // an administrative area named like a person: "Long Bien and Tay Ho districts" (session 46, news41)
      "district", "districts", "province", "provinces", "prefecture", "townships", "communes", "municipalities");

  private static final Set<String> SITES = Lookups.setOf("deposit", "deposits", "mine", "mines", "prospect", "property",
      "vein", "orebody", "field", "oilfield", "gasfield", "well", "wells", "pit", "shaft");
}
