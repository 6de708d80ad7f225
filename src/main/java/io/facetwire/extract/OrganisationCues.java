package io.facetwire.extract;

import static io.facetwire.extract.OrganisationWords.CUES;

import java.util.Set;

/**
 * The words around a capitalised name that say it is an organisation's although no word of the name
 * does: a noun before it ("security firm Sophos"), a phrase before it ("shares in Sendo", "analysts at
 * Gartner", "executives of Webroot"), or a word after it ("a Sendo spokesman", "Webroot's shares",
 * "Tesco's profits"). Words a person or a country is seldom followed by: "Blair's spokesman" is not
 * among them, and the name itself is checked not to be a person, title or place by the caller.
 */
final class OrganisationCues {

  private OrganisationCues() {
  }

  /** Lower-case nouns and prepositions before a name: "shares in", "analyst at", "chief executive of". */
  static final Set<String> PHRASES_BEFORE = Lookups.setOf("shares in", "shares of", "stake in", "stakes in",
      "analyst at", "analysts at", "analyst with", "economist at", "economists at", "executive of",
      "executives of", "spokesman for", "spokeswoman for", "spokesperson for", "subsidiary of",
      "takeover of", "merger with", "acquisition of", "customers of", "researchers at", "researcher at",
      "scientists at", "unit of", "division of", "published in");

  /** The last and first words of those phrases: cheap tests before the pair is built and looked up. */
  private static final Set<String> LINKS = Lookups.set(PHRASES_BEFORE.stream()
      .map(p -> p.substring(p.indexOf(' ') + 1)).distinct().toList());
  private static final Set<String> HEADS = Lookups.set(PHRASES_BEFORE.stream()
      .map(p -> p.substring(0, p.indexOf(' '))).distinct().toList());

  /** Lower-case words after a name (no "'s" between): "a Sendo spokesman", "Lycos shares". */
  static final Set<String> WORDS_AFTER = Lookups.setOf("spokesman", "spokeswoman", "spokesperson",
      "shares", "shareholders", "subsidiary", "executives", "subscribers", "customers", "website",
      // session 15: a medium or pollster named before what it is ("the official Tanjug news agency", "the Marplan poll")
      "newspaper", "newsletter", "poll");

  /** Lower-case words after a name's "'s": "Webroot's shares", "Tesco's profits". */
  static final Set<String> AFTER_POSSESSIVE = Lookups.setOf("shares", "share", "shareholders", "subsidiary",
      "profits", "profit", "revenue", "revenues", "earnings", "sales", "website", "subscribers",
      "customers", "headquarters", "stock", "executives", "takeover", "products", "software");

  /** "X's chief executive", "X's chief financial officer". */
  private static final Set<String> CHIEF_OF_A_FIRM = Lookups.setOf("executive", "financial", "operating");

  /** Whether the name starting at token i is announced by the words before it. */
  static boolean announced(Tokens t, int i) {
    if (i == 0 || t.has(i, Tokens.BREAK_BEFORE) || t.has(i - 1, Tokens.CAP)) {
      return false;
    }
    if (CUES.contains(t.lower[i - 1])) {
      return true;
    }
    if (i < 2 || !LINKS.contains(t.lower[i - 1]) || !HEADS.contains(t.lower[i - 2])
        || t.has(i - 1, Tokens.BREAK_BEFORE)) {
      return false;
    }
    String phrase = t.lower[i - 2] + " " + t.lower[i - 1];
    return PHRASES_BEFORE.contains(phrase);
  }

  /** "news agency" or "news agencies" at token k: "the Anatolian news agency said". */
  private static boolean isNewsAgency(Tokens t, int k) {
    return "news".equals(t.lower[k]) && k + 1 < t.size && !t.has(k + 1, Tokens.BREAK_BEFORE)
        && ("agency".equals(t.lower[k + 1]) || "agencies".equals(t.lower[k + 1]));
  }

  /** Whether the words after the name ending at token end say it is an organisation's. */
  static boolean followed(Tokens t, int end) {
    int k = end + 1;
    if (k >= t.size || t.has(k, Tokens.BREAK_BEFORE) || t.has(k, Tokens.CAP)) {
      return false;
    }
    if (t.has(end, Tokens.POSSESSIVE) && "chief".equals(t.lower[k])) {
      // "Webroot's chief executive"; a person has a chief of staff, not a chief executive
      return k + 1 < t.size && CHIEF_OF_A_FIRM.contains(t.lower[k + 1]);
    }
    return t.has(end, Tokens.POSSESSIVE) ? AFTER_POSSESSIVE.contains(t.lower[k])
        : WORDS_AFTER.contains(t.lower[k]) || isNewsAgency(t, k);
  }
}
