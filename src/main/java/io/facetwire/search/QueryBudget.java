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
    int i = 0;
    int n = query.length();
    while (i < n) {
      char c = query.charAt(i);
      if (c == '"') {
        int close = closingQuote(query, i);
        i = close < 0 ? i + 1 : close + 1; // an unclosed quote is ignored, as Elasticsearch ignores it
      } else if (isSeparator(c)) {
        i++;
      } else {
        int end = termEnd(query, i);
        if (trailingStars(query, i, end) > 0) {
          return true;
        }
        i = end;
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
        int close = closingQuote(query, i);
        if (close < 0) {
          // Elasticsearch ignores a quote that nothing closes and reads on as words: so must the budget
          // (it used to skip the rest of the query as one phrase, and every wildcard after it ran unbudgeted).
          out.append(c);
          i++;
          continue;
        }
        if (++terms > MAX_TERMS) {
          cut = true;
          break;
        }
        out.append(query, i, close + 1);
        i = close + 1;
        continue;
      }
      if (isSeparator(c)) {
        out.append(c);
        i++;
        continue;
      }
      int start = i;
      i = termEnd(query, start);
      String term = query.substring(start, i);
      if (++terms > MAX_TERMS) {
        cut = true;
        break;
      }
      int stars = trailingStars(query, start, i);
      String stem = term.substring(0, term.length() - stars);
      if (stars == 0) {
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

  /*
   * The query is read as Elasticsearch's simple_query_string reads it (Lucene's SimpleQueryParser, with the
   * flags SearchRequestFactory allows), or the budget counts other wildcards than Elasticsearch runs: a
   * backslash makes the next character part of the word or phrase, whatever it is (so \" opens no
   * phrase and \* is no wildcard), and a quote opens a phrase only when an unescaped quote closes it.
   * Splitting on more characters than Elasticsearch does (any Unicode space, '~') only makes the budget
   * stricter, never looser.
   */

  private static boolean isSeparator(char c) {
    return Character.isWhitespace(c) || OPERATORS.indexOf(c) >= 0;
  }

  /** Where the word starting at {@code start} ends: at a separator or quote that no backslash escapes. */
  private static int termEnd(String query, int start) {
    int i = start;
    int n = query.length();
    while (i < n) {
      char c = query.charAt(i);
      if (c == '\\') {
        i = Math.min(n, i + 2);
      } else if (isSeparator(c) || c == '"') {
        break;
      } else {
        i++;
      }
    }
    return i;
  }

  /** The index of the quote closing the phrase opened at {@code open}, or -1 when none closes it. */
  private static int closingQuote(String query, int open) {
    for (int i = open + 1; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        return i;
      }
    }
    return -1;
  }

  /** The {@code *} that end the word {@code [start, end)} and that no backslash escapes. */
  private static int trailingStars(String query, int start, int end) {
    int stars = 0;
    while (end - stars > start && query.charAt(end - 1 - stars) == '*' && !escaped(query, start, end - 1 - stars)) {
      stars++;
    }
    return stars;
  }

  /** Whether the character at {@code at} follows an odd run of backslashes (counted from the word's start). */
  private static boolean escaped(String query, int start, int at) {
    int backslashes = 0;
    for (int i = at - 1; i >= start && query.charAt(i) == '\\'; i--) {
      backslashes++;
    }
    return backslashes % 2 == 1;
  }

  private static String shortList(List<String> terms) {
    List<String> shown = terms.size() > 5 ? terms.subList(0, 5) : terms;
    return String.join(", ", shown) + (terms.size() > 5 ? " and " + (terms.size() - 5) + " more" : "");
  }
}
