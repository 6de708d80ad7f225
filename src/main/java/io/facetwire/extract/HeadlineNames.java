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
  private final List<CountryGazetteer.Entry> entries = new ArrayList<>(0);
  private final List<Integer> starts = new ArrayList<>(0);

  /** Tokens [start, end) are a country word the body (mixed case) reads as part of a name. */
  void nameInBody(Tokens t, int start, int end) {
    if (t.has(start, Tokens.SHOUT)) {
      return;
    }
    if (end < t.size) {
      namePairs.add(words(t, start, end) + ' ' + t.lower[end]);
    }
    if (start > 0) {
      namePairs.add(t.lower[start - 1] + ' ' + words(t, start, end));
    }
  }

  /** Holds back the shouted mention that starts at token {@code start}. */
  void defer(int start, CountryGazetteer.Entry entry) {
    starts.add(start);
    entries.add(entry);
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

  /** True if the body read this shouted country word, with the same word before or after it, as a name. */
  boolean namedInBody(Tokens t, int start, int end) {
    if (namePairs.isEmpty()) {
      return false;
    }
    return end < t.size && namePairs.contains(words(t, start, end) + ' ' + t.lower[end])
        || start > 0 && namePairs.contains(t.lower[start - 1] + ' ' + words(t, start, end));
  }

  private static String words(Tokens t, int start, int end) {
    return end == start + 1 ? t.lower[start] : String.join(" ", java.util.Arrays.copyOfRange(t.lower, start, end));
  }
}
