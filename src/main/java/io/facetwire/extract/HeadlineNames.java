package io.facetwire.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A country word in a headline written in capitals has no case to tell a name from the country:
 * "SWEDISH EXPORT CREDIT TO RAISE 300 MLN" is the firm the body calls "Swedish Export Credit Corp",
 * "CHRYSLER CREDIT CANADA ISSUES BOND" the firm "Chrysler Credit Canada Ltd". Such a mention is held
 * back until the body has been read: where the body writes the same country word with the same
 * neighbour inside a name, the headline means that name too (LABELLING.md: a country word inside the
 * name of something that is not an organ of the state does not count). Not thread-safe: one per call.
 */
final class HeadlineNames {

  /** "swedish export", "credit canada": a country word and its neighbour, where the body read a name. */
  private final Set<String> namePairs = new HashSet<>(0);
  /** The words beside a country word read inside a name: a mention without one repeats no name (no string is built). */
  private final Set<String> neighbours = new HashSet<>(0);
  private final List<CountryGazetteer.Entry> entries = new ArrayList<>(0);
  private final List<Integer> starts = new ArrayList<>(0);

  /** Tokens [start, end) are a country word the body (mixed case) reads as part of a name. */
  void nameInBody(Tokens t, int start, int end) {
    if (t.has(start, Tokens.SHOUT)) {
      return;
    }
    if (end < t.size) {
      namePairs.add(words(t, start, end) + ' ' + t.lower[end]);
      neighbours.add(t.lower[end]);
    }
    if (start > 0) {
      namePairs.add(t.lower[start - 1] + ' ' + words(t, start, end));
      neighbours.add(t.lower[start - 1]);
      if (start > 1 && t.lower[start - 1].equals("of")) {
        namePairs.add(t.lower[start - 2] + " of " + words(t, start, end)); // "First of America Bank Corp"
        neighbours.add(t.lower[start - 2]);
      }
      // only a shouted headline is asked (namedInBody): a mixed-case one has its case to go by
      String initials = t.titleEnd > 0 && t.has(0, Tokens.SHOUT)
          ? initialsBefore(t, t.lower[start - 1].equals("of") ? start - 2 : start - 1) : null;
      if (initials != null) {
        namePairs.add(initials + ' ' + words(t, start, end)); // "GM CANADA" for "General Motors of Canada Ltd"
      }
    }
  }

  /**
   * The initials of the two to four capitalised words that end at token {@code last}: "General Motors" gives "gm", so
   * that a headline's "GM CANADA ..." is the "General Motors of Canada Ltd" of the body (session 45, test42); null if
   * there are fewer than two such words.
   */
  private static String initialsBefore(Tokens t, int last) {
    int first = last;
    while (first > 0 && last - first < 3 && !t.has(first, Tokens.BREAK_BEFORE) && t.has(first - 1, Tokens.CAP)
        && !t.has(first - 1, Tokens.SHOUT) && t.lower[first - 1].length() > 1) {
      first--;
    }
    if (last <= first || last < 0 || !t.has(last, Tokens.CAP) || !t.has(first, Tokens.CAP)) {
      return null;
    }
    StringBuilder initials = new StringBuilder(last - first + 1);
    for (int j = first; j <= last; j++) {
      initials.append(t.lower[j].charAt(0));
    }
    return initials.toString();
  }

  /**
   * True if a mixed-case mention in the body repeats a name the article read elsewhere, by the capitalised word
   * glued to it: "Swedish Match will pay" after "the Swedish Match Co", "Canadian Tire dealers" after "Canadian Tire
   * Corp Ltd", "First of America said" after "First of America Bank Corp" — the firm's short name, not the country
   * (LABELLING.md). A function word beside it ("the", "of") is no part of a name, so it does not count as one.
   */
  boolean repeatsAName(Tokens t, int start, int end, NameLexicon lexicon) {
    if (namePairs.isEmpty() || t.has(start, Tokens.SHOUT) || t.has(start, Tokens.DATELINE)) {
      return false;
    }
    if (end < t.size && !t.has(end, Tokens.BREAK_BEFORE) && t.has(end, Tokens.CAP) && !t.has(end - 1, Tokens.POSSESSIVE)
        && neighbours.contains(t.lower[end]) && !lexicon.isStopWord(t.lower[end])
        && namePairs.contains(words(t, start, end) + ' ' + t.lower[end])) {
      return true;
    }
    int prev = start - 1;
    if (prev < 0 || t.has(start, Tokens.BREAK_BEFORE)) {
      return false;
    }
    if (t.lower[prev].equals("of")) {
      return prev > 0 && !t.has(prev, Tokens.BREAK_BEFORE) && t.has(prev - 1, Tokens.CAP)
          && neighbours.contains(t.lower[prev - 1])
          && namePairs.contains(t.lower[prev - 1] + " of " + words(t, start, end));
    }
    return t.has(prev, Tokens.CAP) && !t.has(prev, Tokens.POSSESSIVE) && neighbours.contains(t.lower[prev])
        && !lexicon.isStopWord(t.lower[prev])
        && namePairs.contains(t.lower[prev] + ' ' + words(t, start, end));
  }

  /** Holds back the shouted mention that starts at token {@code start}. */
  void defer(int start, CountryGazetteer.Entry entry) {
    starts.add(start);
    entries.add(entry);
  }

  /** True once a country word was read inside a name (so {@link #repeatsAName} may be true). */
  boolean hasNames() {
    return !namePairs.isEmpty();
  }

  int deferred() {
    return starts.size();
  }

  int start(int k) {
    return starts.get(k);
  }

  CountryGazetteer.Entry entry(int k) {
    return entries.get(k);
  }

  /**
   * True if the body read this shouted country word, with the same word before or after it, as a name. The firm's
   * short name in brackets before it is skipped, and the body's "of" may be left out: "GENERAL MOTORS (GM) CANADA TO
   * CLOSE ..." is "General Motors of Canada Ltd" (session 39, test36).
   */
  boolean namedInBody(Tokens t, int start, int end) {
    if (namePairs.isEmpty()) {
      return false;
    }
    String country = words(t, start, end);
    if (end < t.size && namePairs.contains(country + ' ' + t.lower[end])) {
      return true;
    }
    int prev = start - 1;
    if (prev > 0 && t.has(prev, Tokens.BRACKET_BEFORE) && t.has(prev, Tokens.ALL_CAPS) && t.has(start, Tokens.BREAK_BEFORE)) {
      prev--; // "MOTORS (GM) CANADA"
    }
    return prev >= 0 && (namePairs.contains(t.lower[prev] + ' ' + country)
        || namePairs.contains(t.lower[prev] + " of " + country));
  }

  private static String words(Tokens t, int start, int end) {
    return end == start + 1 ? t.lower[start] : String.join(" ", java.util.Arrays.copyOfRange(t.lower, start, end));
  }
}
