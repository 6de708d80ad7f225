package io.facetwire.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * "The Treasury said", "money from the Treasury", "the Treasury's forecasts": a state's treasury named by its
 * one word, which the labels list as "Treasury" (British and American stories alike) where it acts or is
 * spoken of. Not a title ("Treasury Secretary James Baker", "Secretary of the Treasury Robert Anderson"),
 * not its debt ("Treasury securities", {@link OrganisationTails#namesItsSecurities}), and not beside the
 * fuller "U.S. Treasury" the same article names (one body, one value).
 */
final class TreasuryMentions {

  static final String VALUE = "Treasury";

  private TreasuryMentions() {
  }

  /** Whether token i is a bare "Treasury" acting or spoken of, after "the" or as a possessive. */
  static boolean at(Tokens t, int i) {
    // The token's flags first: asked for every token of the organisation step, most are no name word.
    if (!OrganisationExtractor.isNameWord(t, i) || !"treasury".equals(t.lower[i]) || i == 0
        || !"the".equals(t.lower[i - 1]) || t.has(i, Tokens.BREAK_BEFORE)) {
      return false;
    }
    int k = i + 1;
    boolean nameGoesOn = k < t.size && !t.has(k, Tokens.BREAK_BEFORE) && t.has(k, Tokens.CAP);
    return !nameGoesOn && !OrganisationTails.namesItsSecurities(t, i);
  }

  /** The article's values without a bare "Treasury" when the fuller known name is among them. */
  static List<String> withoutBareBesideFull(List<String> values, String full) {
    if (full == null || !values.contains(VALUE) || !values.contains(full)) {
      return values;
    }
    List<String> out = new ArrayList<>(values);
    out.remove(VALUE);
    return out;
  }
}
