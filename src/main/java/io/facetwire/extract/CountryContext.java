package io.facetwire.extract;

import java.util.HashSet;
import java.util.Set;

/**
 * The words around a capital or a demonym that say what it means, from {@code country-context.txt}.
 * A capital counts as its country only where it stands for the government: in a dateline, as a
 * possessive ("Washington's policies"), before a verb or a word of government ("Moscow told",
 * "Beijing officials", "Washington has imposed" but not "London is very special"), or after a verb that takes a government ("told Washington", "relations between
 * Moscow and ..."). Elsewhere it is a city ("in London", "the London stage"). A demonym is a language,
 * not a country, after "in", "learning", "speaks" and before a full stop or comma ("with French, of
 * course"), or before "language". Immutable, hence thread-safe.
 */
final class CountryContext {

  private final Set<String> afterCapital;
  private final Set<String> auxiliaries;
  private final Set<String> beforeCapital;
  private final Set<String> beforeLanguage;
  private final Set<String> afterLanguage;

  private CountryContext(Set<String> afterCapital, Set<String> auxiliaries, Set<String> beforeCapital,
      Set<String> beforeLanguage, Set<String> afterLanguage) {
    this.afterCapital = afterCapital;
    this.auxiliaries = auxiliaries;
    this.beforeCapital = beforeCapital;
    this.beforeLanguage = beforeLanguage;
    this.afterLanguage = afterLanguage;
  }

  static CountryContext loadDefault() {
    Set<String>[] sections = sectionsOf("country-context.txt",
        "[after capital]", "[auxiliaries]", "[before capital]", "[before language]", "[after language]");
    return new CountryContext(Lookups.set(sections[0]), Lookups.set(sections[1]), Lookups.set(sections[2]),
        Lookups.set(sections[3]), Lookups.set(sections[4]));
  }

  @SuppressWarnings("unchecked")
  private static Set<String>[] sectionsOf(String resource, String... headings) {
    Set<String>[] out = new Set[headings.length];
    int current = -1;
    for (String line : NameLexicon.lines(resource)) {
      if (line.startsWith("[")) {
        current = java.util.Arrays.asList(headings).indexOf(line);
        if (current < 0) {
          throw new IllegalStateException(resource + ": unknown heading " + line);
        }
        out[current] = new HashSet<>();
        continue;
      }
      if (current < 0) {
        throw new IllegalStateException(resource + ": words before the first [heading]");
      }
      for (String w : line.split("\\s+")) {
        out[current].add(w);
      }
    }
    for (int k = 0; k < out.length; k++) {
      if (out[k] == null) {
        throw new IllegalStateException(resource + ": no " + headings[k]);
      }
    }
    return out;
  }

  /** Tokens [start, end) are a capital: does it stand for its government here? */
  boolean standsForGovernment(Tokens t, int start, int end) {
    int last = end - 1;
    if (t.has(start, Tokens.DATELINE) || t.has(last, Tokens.POSSESSIVE)) {
      return true;
    }
    if (end < t.size && !t.has(end, Tokens.BREAK_BEFORE) && (t.has(start, Tokens.SHOUT) || !t.has(end, Tokens.CAP))) {
      String next = t.lower[end];
      if (afterCapital.contains(next)) {
        return true;
      }
      int then = end + 1;
      if (auxiliaries.contains(next) && then < t.size && !t.has(then, Tokens.BREAK_BEFORE)
          && (afterCapital.contains(t.lower[then]) || t.lower[then].endsWith("ed"))) {
        return true;
      }
    }
    int prev = start - 1;
    return prev >= 0 && !t.has(start, Tokens.BREAK_BEFORE) && !t.has(prev, Tokens.CAP)
        && beforeCapital.contains(t.lower[prev]);
  }

  /** Tokens [start, end) are a demonym: is it the name of a language here? */
  boolean isLanguage(Tokens t, int start, int end) {
    if (end < t.size && !t.has(end, Tokens.BREAK_BEFORE) && afterLanguage.contains(t.lower[end])) {
      return true;
    }
    int prev = start - 1;
    boolean closes = end >= t.size || t.has(end, Tokens.BREAK_BEFORE) || t.has(end, Tokens.SENT_START);
    return closes && prev >= 0 && !t.has(start, Tokens.BREAK_BEFORE) && beforeLanguage.contains(t.lower[prev]);
  }
}
