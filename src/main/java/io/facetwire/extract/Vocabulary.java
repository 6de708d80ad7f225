package io.facetwire.extract;

import java.util.Arrays;
import java.util.Collection;

/**
 * Every lower-case word the extractor's hot word lists know, each with an int id, so that the tokenizer looks a
 * token up once, by the chars it has just read, and the lists ask an array by that id instead of hashing the
 * token's string again in every list (profiling showed {@code String.hashCode} and the lists' probes as a fifth
 * of extraction). A token no list knows gets {@link #UNKNOWN}: every list bound to this vocabulary answers "not
 * mine" for it without a look-up. A known token's lower-case string is the vocabulary's own (its hash computed
 * once, at load), so the lists still asked by string find it without hashing either.
 *
 * <p>Ids only grow: {@link #with} gives a vocabulary of the same {@linkplain #lineage() lineage} whose first ids
 * are this one's, so a list bound to an older vocabulary of the lineage still reads the tokens of a newer one
 * (an id past its array is a word it does not know). Immutable; safe to share between threads.
 */
final class Vocabulary {

  /** The id of a word no bound list knows. */
  static final int UNKNOWN = 0;

  /** An empty vocabulary: every token {@link #UNKNOWN} (the tokenizers that read the data files themselves). */
  static final Vocabulary NONE = new Vocabulary(new String[] {null}, new Object());

  /** By id; {@code words[0]} is null ({@link #UNKNOWN}). */
  private final String[] words;
  /** Open addressing: the id in each slot (0: empty), its word's hash beside it. */
  private final int[] slotIds;
  private final int[] slotHashes;
  private final int mask;
  private final Object lineage;

  private Vocabulary(String[] words, Object lineage) {
    this.words = words;
    this.lineage = lineage;
    int slots = 2;
    while (slots < words.length * 2) {
      slots <<= 1;
    }
    slotIds = new int[slots];
    slotHashes = new int[slots];
    mask = slots - 1;
    for (int id = 1; id < words.length; id++) {
      int h = words[id].hashCode();
      int slot = spread(h) & mask;
      while (slotIds[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slotIds[slot] = id;
      slotHashes[slot] = h;
    }
  }

  /** A vocabulary of {@code words} (lower case; repeats and nulls ignored), ids in the order given. */
  static Vocabulary of(Collection<String> words) {
    return NONE.with(words);
  }

  /**
   * This vocabulary with the words of {@code more} it lacks added after its own: same lineage, the ids it had
   * unchanged (what a variant of the extractor with other topic definitions tokenizes with).
   */
  Vocabulary with(Collection<String> more) {
    java.util.LinkedHashSet<String> added = new java.util.LinkedHashSet<>();
    for (String w : more) {
      if (w != null && !w.isEmpty() && id(w) == UNKNOWN) {
        added.add(w);
      }
    }
    if (added.isEmpty() && this != NONE) {
      return this;
    }
    String[] all = Arrays.copyOf(words, words.length + added.size());
    int id = words.length;
    for (String w : added) {
      all[id++] = w;
    }
    return new Vocabulary(all, this == NONE ? new Object() : lineage);
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  /** One more than the largest id. */
  int size() {
    return words.length;
  }

  /** What vocabularies whose ids agree share: this one and every one made from it by {@link #with}. */
  Object lineage() {
    return lineage;
  }

  /** The word of a known id (the shared string, its hash cached). */
  String word(int id) {
    return words[id];
  }

  /** The id of a lower-case word, or {@link #UNKNOWN}. */
  int id(String lower) {
    int h = lower.hashCode();
    for (int slot = spread(h) & mask; ; slot = (slot + 1) & mask) {
      int id = slotIds[slot];
      if (id == 0) {
        return UNKNOWN;
      }
      if (slotHashes[slot] == h && words[id].equals(lower)) {
        return id;
      }
    }
  }

  /**
   * The id of the word {@code chars[from..to)} lower-cased, or {@link #UNKNOWN}; {@code hash} is the hash
   * {@link String#hashCode} gives the lower-cased word. For ASCII words only: every char below 128, and an ASCII
   * capital's lower case is the char plus 32 ({@code toLowerCase(Locale.ROOT)} agrees there).
   */
  int idOfAscii(char[] chars, int from, int to, int hash) {
    int length = to - from;
    for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
      int id = slotIds[slot];
      if (id == 0) {
        return UNKNOWN;
      }
      if (slotHashes[slot] == hash && sameAscii(words[id], chars, from, length)) {
        return id;
      }
    }
  }

  private static boolean sameAscii(String word, char[] chars, int from, int length) {
    if (word.length() != length) {
      return false;
    }
    for (int k = 0; k < length; k++) {
      if (word.charAt(k) != lowerAscii(chars[from + k])) {
        return false;
      }
    }
    return true;
  }

  static char lowerAscii(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }

  /**
   * A list's values by id, for the lists bound to this vocabulary: {@code byId[id]} is the value of the word of
   * that id, null where the list has none. Every key of {@code values} must be a word of this vocabulary.
   */
  <V> Object[] byId(java.util.Map<String, V> values) {
    Object[] byId = new Object[words.length];
    values.forEach((word, value) -> {
      int id = id(word);
      if (id == UNKNOWN) {
        throw new IllegalArgumentException("not in the vocabulary: " + word);
      }
      byId[id] = value;
    });
    return byId;
  }

  /** As {@link #byId(java.util.Map)}, for a set: the ids of its words. */
  java.util.BitSet idsOf(Collection<String> set) {
    java.util.BitSet ids = new java.util.BitSet(words.length);
    for (String word : set) {
      int id = id(word);
      if (id == UNKNOWN) {
        throw new IllegalArgumentException("not in the vocabulary: " + word);
      }
      ids.set(id);
    }
    return ids;
  }
}
