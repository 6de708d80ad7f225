package io.facetwire.extract;

import java.util.Map;

/**
 * The topic terms by the word forms their first word stands for, in two int arrays: what {@link TopicMatcher}
 * looks every token of an article up in. Same answers as the map of forms to terms it is made from; a hit reads
 * the filter's bit, one slot and one run of {@link #data} (the form's chars and its terms' ids side by side),
 * where the map's look-up went from its index to the key's String and its bytes, then to an array of terms and
 * each term's record: some seven scattered reads, and the index of 16,000 forms is read for every token
 * (session 37, docs/benchmarks.md). Immutable, thread-safe.
 */
final class TopicIndex {

  /** Answers most misses from one bit (the map's filter). */
  private final Lookups.HashFilter filter;
  /** Per slot: the form's String hash, then 1 + where its run starts in {@link #data} (0: an empty slot). */
  private final int[] slots;
  private final int mask;
  /**
   * Per form, one run: its length, its chars two to an int (low half first), the number of its terms, then each
   * term as {@link #candidate}: {@code id << 1}, plus 1 for a term of one word.
   */
  private final int[] data;

  /** {@code byWord}: each form's terms in the order the matcher tries them. */
  TopicIndex(Map<String, TopicDefinitions.Term[]> byWord) {
    this.filter = new Lookups.HashFilter(byWord.keySet());
    int size = 2;
    while (size < byWord.size() * 2) {
      size <<= 1;
    }
    this.slots = new int[size * 2];
    this.mask = size - 1;
    int length = 0;
    for (Map.Entry<String, TopicDefinitions.Term[]> e : byWord.entrySet()) {
      length += 2 + (e.getKey().length() + 1) / 2 + e.getValue().length;
    }
    this.data = new int[length];
    int at = 0;
    for (Map.Entry<String, TopicDefinitions.Term[]> e : byWord.entrySet()) {
      String form = e.getKey();
      int hash = form.hashCode();
      int slot = spread(hash) & mask;
      while (slots[2 * slot + 1] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[2 * slot] = hash;
      slots[2 * slot + 1] = at + 1;
      data[at++] = form.length();
      for (int k = 0; k < form.length(); k += 2) {
        data[at++] = form.charAt(k) | (k + 1 < form.length() ? form.charAt(k + 1) << 16 : 0);
      }
      TopicDefinitions.Term[] terms = e.getValue();
      data[at++] = terms.length;
      for (TopicDefinitions.Term term : terms) {
        data[at++] = term.id() << 1 | (term.words().length == 1 ? 1 : 0);
      }
    }
  }

  /** The hash's high bits folded into the low ones the mask keeps (as {@link Lookups} does). */
  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  /**
   * Where the terms of the form {@code lowerToken} is are counted in {@link #data} ({@link #count}, then each
   * {@link #candidate}), or -1 when it starts no term.
   */
  int termsOf(String lowerToken) {
    int hash = lowerToken.hashCode();
    if (!filter.mayContainHash(hash)) {
      return -1;
    }
    for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
      int run = slots[2 * slot + 1] - 1;
      if (run < 0) {
        return -1;
      }
      if (slots[2 * slot] == hash && isForm(run, lowerToken)) {
        return run + 1 + (lowerToken.length() + 1) / 2;
      }
    }
  }

  /** Whether the form whose run starts at {@code run} is {@code word}. */
  private boolean isForm(int run, String word) {
    int n = word.length();
    if (data[run] != n) {
      return false;
    }
    for (int k = 0, at = run + 1; k < n; k += 2, at++) {
      int pair = word.charAt(k) | (k + 1 < n ? word.charAt(k + 1) << 16 : 0);
      if (data[at] != pair) {
        return false;
      }
    }
    return true;
  }

  /** How many terms the form at {@code terms} (from {@link #termsOf}) starts. */
  int count(int terms) {
    return data[terms];
  }

  /** Its k-th term, longest first: see {@link #termId} and {@link #oneWord}. */
  int candidate(int terms, int k) {
    return data[terms + 1 + k];
  }

  static int termId(int candidate) {
    return candidate >>> 1;
  }

  /** A term of one word: a token whose form starts it is the whole term. */
  static boolean oneWord(int candidate) {
    return (candidate & 1) != 0;
  }
}
