package io.facetwire.extract;

import java.util.Set;

/**
 * A country's court named by a run of capitalised words ("the High Court", "US Supreme Court", "Manhattan Federal
 * Court", "Court of Appeal", "United States District Court for the Southern District of New York") is where a case
 * is heard, no organisation (LABELLING.md: like "parliament" for a law); an international court is an international
 * body and stays one ("Court of Arbitration for Sport"; the well-known ones, "International Court of Justice",
 * "European Court of Human Rights", are in the gazetteer and never reach this). "Court TV" is a channel: "Court" must
 * end the name or be followed by "of" or "for".
 */
final class CourtNames {

  private CourtNames() {
  }

  private static final Set<String> COURT = Lookups.setOf("court", "courts");

  /** Words that make a court an international body: "European Court of ...", "Court of Arbitration for Sport". */
  private static final Set<String> INTERNATIONAL = Lookups.setOf("european", "arbitration", "inter-american");

  /** First words of an international court's name: "International Criminal Court", "World Court". */
  private static final Set<String> INTERNATIONAL_FIRST = Lookups.setOf("international", "world");

  /** Whether tokens from..to name a country's court. */
  static boolean isNationalCourt(Tokens t, int from, int to) {
    boolean court = false;
    for (int k = from; k <= to; k++) {
      t.steps++;
      if (INTERNATIONAL.contains(t.lower[k])) {
        return false;
      }
      court |= COURT.contains(t.lower[k]) && (k == to || "of".equals(t.text[k + 1]) || "for".equals(t.text[k + 1]));
    }
    return court && !INTERNATIONAL_FIRST.contains(t.lower[from]);
  }
}
