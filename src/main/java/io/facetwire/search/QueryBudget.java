package io.facetwire.search;

import java.util.ArrayList;
import java.util.List;

/**
 * What one typed query may cost Elasticsearch (issue 12): a wildcard {@code word*} expands to every
 * indexed word with that start, in four fields, so {@code a*} touched most of the index and
 * {@code a* | b* | … | z*} all of it (an export of it ran five minutes). Here, before the query is
 * built:
 * <ul>
 *   <li>a wildcard needs {@value #MIN_PREFIX} letters or digits before the {@code *}; a shorter one is
 *       searched as the plain word, a lone {@code *} is dropped (simple_query_string has no leading
 *       wildcards at all);</li>
 *   <li>at most {@value #MAX_WILDCARDS} wildcards per query; later ones are searched as plain words;</li>
 *   <li>at most {@value #MAX_TERMS} words, which caps the clauses a query produces
 *       (words × four fields).</li>
 * </ul>
 * Each adjustment is said in a note on the page. Phrases in quotes are left alone: {@code *} means
 * nothing inside them.
 */
final class QueryBudget {

  static final int MIN_PREFIX = 3;
  static final int MAX_WILDCARDS = 3;
  static final int MAX_TERMS = 32;

  private static final String OPERATORS = "+|()~";

  private QueryBudget() {}

  /** True if the (already budgeted) query holds a wildcard: such searches count as expensive work. */
  static boolean hasWildcard(String query) {
    boolean quoted = false;
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == '*' && !quoted && (i == 0 || query.charAt(i - 1) != '\\')) {
        return true;
      }
    }
    return false;
  }

  static String apply(String query, List<String> notes) {
    StringBuilder out = new StringBuilder(query.length());
    List<String> tooShort = new ArrayList<>();
    List<String> overWildcards = new ArrayList<>();
    int wildcards = 0;
    int terms = 0;
    boolean cut = false;
    int i = 0;
    int n = query.length();
    while (i < n) {
      char c = query.charAt(i);
      if (c == '"') {
        int close = query.indexOf('"', i + 1);
        int end = close < 0 ? n : close + 1;
        if (++terms > MAX_TERMS) {
          cut = true;
          break;
        }
        out.append(query, i, end);
        i = end;
        continue;
      }
      if (Character.isWhitespace(c) || OPERATORS.indexOf(c) >= 0) {
        out.append(c);
        i++;
        continue;
      }
      int start = i;
      while (i < n && !Character.isWhitespace(query.charAt(i)) && OPERATORS.indexOf(query.charAt(i)) < 0
          && query.charAt(i) != '"') {
        i++;
      }
      String term = query.substring(start, i);
      if (++terms > MAX_TERMS) {
        cut = true;
        break;
      }
      int stars = 0;
      while (stars < term.length() && term.charAt(term.length() - 1 - stars) == '*') {
        stars++;
      }
      String stem = term.substring(0, term.length() - stars);
      if (stars == 0 || stem.endsWith("\\")) {
        out.append(term);
        continue;
      }
      long letters = stem.chars().filter(Character::isLetterOrDigit).count();
      if (letters < MIN_PREFIX) {
        tooShort.add(term);
        out.append(letters == 0 ? "" : stem);
      } else if (++wildcards > MAX_WILDCARDS) {
        overWildcards.add(term);
        out.append(stem);
      } else {
        out.append(stem).append('*');
      }
    }
    if (!tooShort.isEmpty()) {
      notes.add("A wildcard needs at least " + MIN_PREFIX + " letters before the *: " + shortList(tooShort)
          + (tooShort.size() == 1 ? " was" : " were") + " searched as typed without the *.");
    }
    if (!overWildcards.isEmpty()) {
      notes.add("Only the first " + MAX_WILDCARDS + " wildcards of a search are expanded: " + shortList(overWildcards)
          + (overWildcards.size() == 1 ? " was" : " were") + " searched without the *.");
    }
    if (cut) {
      notes.add("Only the first " + MAX_TERMS + " words of your query were searched.");
    }
    return out.toString().strip();
  }

  private static String shortList(List<String> terms) {
    List<String> shown = terms.size() > 5 ? terms.subList(0, 5) : terms;
    return String.join(", ", shown) + (terms.size() > 5 ? " and " + (terms.size() - 5) + " more" : "");
  }
}
