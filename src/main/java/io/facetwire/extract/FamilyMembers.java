package io.facetwire.extract;

import java.util.Set;

/**
 * A family member named by given name alone, whose surname the sentence makes plain (LABELLING.md): "his wife
 * Audrey", "Fletcher's daughter Jill", "his two sons, Avi and Joel", "his wife Sandra, daughter Larissa". The
 * owner is a possessive name before the kin word ("Fletcher's") or "his", "her", "their" (then the person the
 * article has named most so far: an obituary's or a profile's subject). A given name followed by a surname of its own ("his wife Cherie Booth") is read as usual.
 * Stateless; reads only the tokens around the given name (bounded look-back).
 */
final class FamilyMembers {

  private FamilyMembers() {}

  /** Not a family member. */
  static final int NONE = -1;
  /** Owned by "his", "her" or "their": the surname of the person the article has named most so far. */
  static final int LAST_NAMED = -2;

  /** Lower-case words between the owner and the kin word: "his two sons", "Trump's 14-year-old son", "his future wife". */
  private static final int MAX_WORDS_BETWEEN = 2;

  private static final Set<String> KIN = Lookups.setOf("wife", "husband", "widow", "widower", "son", "sons",
      "daughter", "daughters", "brother", "brothers", "sister", "sisters", "mother", "father", "stepson",
      "stepdaughter", "stepsons", "stepdaughters", "grandson", "granddaughter", "children", "nephew", "niece", "twin");

  private static final Set<String> OWNERS = Lookups.setOf("his", "her", "their");

  /**
   * Who owns the given name at {@code given} (a one-word run of a known given name): {@link #NONE},
   * {@link #LAST_NAMED}, or the index of the possessive name token ("Fletcher" of "Fletcher's daughter Jill").
   */
  static int owner(Tokens t, int given) {
    int kin = given - 1;
    if (kin < 1 || t.has(given, Tokens.SENT_START) || t.has(kin, Tokens.CAP) || !KIN.contains(t.lower[kin])
        || CastRoles.playedBy(t, given, given)) {
      return NONE; // not kin, or a role's kin: "Carla Tous as his daughter Gina" (session 46, news41)
    }
    for (int k = kin - 1, words = 0; k >= 0 && words <= MAX_WORDS_BETWEEN; k--, words++) {
      t.steps++;
      if (t.has(k + 1, Tokens.SENT_START)) {
        return NONE; // the owner is in the same sentence
      }
      if (OWNERS.contains(t.lower[k])) {
        return LAST_NAMED;
      }
      if (t.has(k, Tokens.POSSESSIVE)) {
        return t.has(k, Tokens.CAP) && !t.has(k, Tokens.SHOUT) && !t.has(k, Tokens.DIGIT) ? k : NONE;
      }
      if (t.has(k, Tokens.CAP) && !t.has(k, Tokens.HYPHEN_BEFORE)) {
        return NONE; // "the Chelsea captain's brother" is read elsewhere; a capitalised word is no family word
      }
    }
    return NONE;
  }

  /**
   * The next given name of a list after a family member: "Avi and Joel", "Nadine, Ashley, Elizabeth, and Toni"
   * (a kin word before it is read by {@link #continuesKinList}).
   */
  static boolean continuesList(Tokens t, int previousGiven, int given) {
    if (t.has(given, Tokens.SENT_START)) {
      return false;
    }
    return given == previousGiven + 1 && t.has(given, Tokens.BREAK_BEFORE)
        || given == previousGiven + 2 && t.lower[previousGiven + 1].equals("and") && !t.has(given, Tokens.BREAK_BEFORE);
  }

  /**
   * A kin word right before {@code given} that follows the previous family member, at most "and" and a number
   * between: "wife Sandra, daughter Larissa", "sons Wyatt and Zachary, and four daughters, Nadine".
   */
  static boolean continuesKinList(Tokens t, int previousGiven, int given) {
    int kin = given - 1;
    if (kin < 1 || t.has(kin, Tokens.CAP) || !KIN.contains(t.lower[kin]) || t.has(given, Tokens.SENT_START)
        || kin - previousGiven > MAX_WORDS_BETWEEN + 1) {
      return false;
    }
    for (int k = previousGiven + 1; k <= kin; k++) {
      if (t.has(k, Tokens.SENT_START) || k < kin && t.has(k, Tokens.CAP)) {
        return false;
      }
    }
    return true;
  }
}
