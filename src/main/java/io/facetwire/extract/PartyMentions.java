package io.facetwire.extract;

import java.util.Map;
import java.util.Set;

/**
 * A party named by its adjective before one of its people or parts: "Liberal Democrat leader Charles
 * Kennedy", "Conservative spokeswoman", "Senate Republican leader Robert Dole", "House Democratic leaders".
 * The labels list the party there (LABELLING.md: the organisation the article names as an actor); the
 * adjective alone ("a conservative estimate", "the Oregon Republican said") names none. Not after
 * another capitalised word that makes it a different party ("Christian Democratic leader", "Social
 * Democratic"), except the chamber of a parliament ("Senate", "House").
 */
final class PartyMentions {

  private PartyMentions() {
  }

  /** The adjective (lower case, one or two words) to the party's name as the gazetteer writes it. */
  // Asked for a scanned token of most articles, which nearly always misses: a filtered table, not Map.of (session 34).
  private static final Map<String, String> ADJECTIVES = Lookups.map(Map.of(
      "conservative", "Conservative Party",
      "tory", "Conservative Party",
      "liberal democrat", "Liberal Democrats",
      "republican", "Republican Party",
      "democratic", "Democratic Party",
      "democrat", "Democratic Party"));

  /** Lower-case words after the adjective that make it the party's: its people, parts and acts. */
  private static final Set<String> PARTY_WORDS = Lookups.setOf("leader", "leaders", "leadership", "spokesman",
      "spokeswoman", "spokesperson", "spokesmen", "chairman", "chairwoman", "chief", "deputy", "whip", "whips",
      "frontbencher", "frontbench", "backbencher", "backbenchers", "mps", "meps", "msps", "peers", "support",
      "campaign", "majority");
  // Not "mp", "peer", "member(s)": one member's label ("Conservative MP Bill Cash", "Republican members of the board").

  /** Party words written in capitals: its members of parliament as a body ("Tory MPs voted against it"). */
  private static final Set<String> CAPITAL_PARTY_WORDS = Lookups.setOf("mps", "meps", "msps");
  // Not "candidate", "primary", "nomination", "senator": an election's race and a member's label, where the
  // labels (2019-20 Wikinews) do not list the party.

  /** A party's spokespeople, whose portfolio may stand between the adjective and the word. */
  private static final Set<String> SPOKESMEN = Lookups.setOf("spokesman", "spokeswoman", "spokesperson", "spokesmen");

  /** Capitalised words before the adjective that keep it this party's: a chamber of a parliament. */
  private static final Set<String> CHAMBERS = Lookups.setOf("senate", "house", "former", "the");

  /**
   * The party named by the adjective at token i ("Liberal Democrat leader"), or null; {@code end[0]} is
   * set to the adjective's last token.
   */
  static String at(Tokens t, int i, int[] end) {
    if (t.has(i, Tokens.SHOUT) || i > 0 && OrganisationExtractor.isNameWord(t, i - 1)
        && !t.has(i, Tokens.BREAK_BEFORE) && !CHAMBERS.contains(t.lower[i - 1])) {
      return null;
    }
    String party = ADJECTIVES.get(t.lower[i]);
    int last = i;
    if (party == null && "liberal".equals(t.lower[i]) && i + 1 < t.size && !t.has(i + 1, Tokens.BREAK_BEFORE) && t.has(i + 1, Tokens.CAP)) {
      party = ADJECTIVES.get(t.lower[i] + " " + t.lower[i + 1]);
      last = i + 1;
    }
    int k = last + 1;
    // "Conservative health spokesman", "Tory foreign affairs spokesman": a portfolio's words before a spokesman.
    for (int m = k; party != null && m < t.size && m <= last + 4 && !t.has(m, Tokens.BREAK_BEFORE)
        && !t.has(m, Tokens.CAP); m++) {
      if (SPOKESMEN.contains(t.lower[m])) {
        k = m;
        break;
      }
    }
    if (party == null || k >= t.size || t.has(k, Tokens.BREAK_BEFORE)
        || t.has(k, Tokens.CAP) && !CAPITAL_PARTY_WORDS.contains(t.lower[k]) || !PARTY_WORDS.contains(t.lower[k])) {
      return null;
    }
    end[0] = last;
    return party;
  }
}
