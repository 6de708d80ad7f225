package io.facetwire.extract;

import java.util.Set;

/**
 * Finds a wire story's credit line: "(Reporting by Jane Doe in Cairo; Additional reporting by John Roe; Writing by
 * ...; Editing by ...)". It names the story's writers, not its persons (LABELLING.md, session 32: the blind modern-news
 * set's readers left them out), so its names are read as a team sheet's are ({@link LineUps}): only to tell whom the
 * prose means, never persons by themselves. A writer the story also names in a sentence is found there.
 */
final class CreditLines {

  /**
   * The credit's verbs: "Reporting by", "Additional reporting by", "Writing by", "Editing by". Not "Produced by" or
   * "Written by", which open prose as often ("Produced by Bungie software, the game ...").
   */
  private static final Set<String> CREDITS = Lookups.setOf("reporting", "writing", "editing");

  private CreditLines() {}

  /**
   * Marks in {@code marked} (a team sheet's marks, or null when there is none) every token from a credit's verb to the
   * end of its sentence, which holds the whole credit line. Returns the marks, or null when the article has neither.
   */
  static boolean[] mark(Tokens t, boolean[] marked) {
    for (int i = t.titleEnd; i + 1 < t.size; i++) {
      if (!CREDITS.contains(t.lower[i]) || !"by".equals(t.lower[i + 1]) || t.has(i + 1, Tokens.BREAK_BEFORE)
          || i + 2 >= t.size || !t.has(i + 2, Tokens.CAP) || !opensACredit(t, i)) {
        // "Reporting by the BBC showed ..." is prose: a credit names its writer right after "by"
        continue;
      }
      if (marked == null) {
        marked = new boolean[t.size];
      }
      int k = i;
      while (k < t.size && (k == i || !t.has(k, Tokens.SENT_START))) {
        marked[k++] = true;
      }
      t.steps += k - i;
      i = k - 1;
    }
    return marked;
  }

  /**
   * The credit's verb opens the credit line or one of its parts: after a bracket ("(Reporting by"), a semicolon or a
   * sentence's start, or after "Additional" there ("; Additional reporting by"). Not "a report written by the
   * inspector" in a sentence.
   */
  private static boolean opensACredit(Tokens t, int i) {
    if (!t.has(i, Tokens.CAP)) {
      return i > 0 && "additional".equals(t.lower[i - 1]) && opensACredit(t, i - 1);
    }
    return t.has(i, Tokens.BRACKET_BEFORE) || t.has(i, Tokens.SENT_START) || t.has(i, Tokens.BREAK_BEFORE);
  }
}
