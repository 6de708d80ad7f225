package io.facetwire.extract;

import java.util.Set;

/**
 * A run of capitalised words that names the role an actor plays, not a person (LABELLING.md: fictional characters are
 * not persons): "Julie Walters as Mrs Bird", "Jim Broadbent as antiques dealer Mr Gruber", "Imelda Staunton voices Aunt
 * Lucy", "Carla Tous as his daughter Gina" (session 46, the development half of the blind modern-news set news41: a
 * film's cast told in prose). Only a role named by a single word or after a familiar form of address ("Mr", "Mrs",
 * "Aunt") is read so: a full name after "as" is as often the real person a biopic portrays ("starring Leonardo DiCaprio
 * as Howard Hughes", "Liam Neeson as sex researcher Alfred Kinsey"), whom the labels list. {@link
 * NamedThings#introducesACharacter} reads a character announced as one ("the character Arthur Dent"). Stateless.
 */
final class CastRoles {

  private CastRoles() {}

  /**
   * The lower-case words that may stand between "as" and the role's name: "as his daughter", "as the treasure-hunting
   * riverboat captain" (a hyphenated word is two).
   */
  private static final int MAX_WORDS_BETWEEN = 5;

  /**
   * The run [from, to], a single word or a familiar form of address and a name, is a role: right after "the role of",
   * "voices" or "voiced", or after "as" (and up to five lower-case words, no conjunction among them) that follows a
   * capitalised word, the actor's name, in an article that speaks of a film, a sequel, an actor or a musical. A
   * possessive run is a person's ("with Kamala Harris as Joe Biden's running mate"), never a role.
   */
  static boolean playedBy(Tokens t, int from, int to) {
    if (from < 2 || t.has(to, Tokens.POSSESSIVE) || t.has(from, Tokens.SENT_START)
        || to > from && !FAMILIAR_FORMS.contains(t.lower[from])) {
      return false;
    }
    int prev = from - 1;
    if (t.has(prev, Tokens.CAP) || t.has(from, Tokens.BREAK_BEFORE)) {
      return false;
    }
    if (VOICE_VERBS.contains(t.lower[prev])
        || t.lower[prev].equals("of") && t.lower[prev - 1].equals("role") && !t.has(prev, Tokens.BREAK_BEFORE)) {
      return true;
    }
    int as = prev;
    while (as > 0 && as > prev - MAX_WORDS_BETWEEN && !t.lower[as].equals("as") && !t.has(as, Tokens.CAP)
        && !t.has(as + 1, Tokens.BREAK_BEFORE) && !CLAUSE_WORDS.contains(t.lower[as])) {
      as--;
    }
    if (as < 1 || !t.lower[as].equals("as") || t.has(as, Tokens.CAP) || t.has(as, Tokens.BREAK_BEFORE)
        || !t.has(as - 1, Tokens.CAP) || t.has(as - 1, Tokens.POSSESSIVE)) {
      return false;
    }
    for (int k = as + 1; k < from; k++) {
      if (t.has(k, Tokens.BREAK_BEFORE) || t.has(k, Tokens.DIGIT)) {
        return false;
      }
    }
    return speaksOfACast(t);
  }

  /** Whether the article's words tell of a film or a stage or television cast. */
  private static boolean speaksOfACast(Tokens t) {
    for (int k = 0; k < t.size; k++) {
      t.steps++;
      if (CAST_WORDS.contains(t.lower[k])) {
        return true;
      }
    }
    return false;
  }

  /** Forms of address a story's character is named by: "Mrs Bird", "Mr Gruber", "Aunt Lucy". */
  private static final Set<String> FAMILIAR_FORMS = Lookups.setOf("mr", "mrs", "ms", "miss", "aunt", "auntie", "uncle",
      "granny", "grandma", "grandpa", "nanny");

  /** Words that end the search back for "as": the role is the next clause's ("... as a pilot and Dean Martin"). */
  private static final Set<String> CLAUSE_WORDS = Lookups.setOf("and", "or", "but", "with", "alongside", "while",
      "who", "whose", "which", "that");

  private static final Set<String> VOICE_VERBS = Lookups.setOf("voices", "voiced");

  /** Words of the screen and the stage; not "role", "cast" or "stars", which political and sports stories use too. */
  private static final Set<String> CAST_WORDS = Lookups.setOf("film", "films", "movie", "movies", "starring", "sequel",
      "actor", "actress", "actors", "franchise", "musical", "sitcom");
}
