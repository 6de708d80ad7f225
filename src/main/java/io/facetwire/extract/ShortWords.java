package io.facetwire.extract;

import java.util.Collection;

/**
 * A set of short ASCII lower-case words, each kept as its letters packed into a {@code long} (five bits a
 * letter, up to {@value #MAX_LETTERS}), so a word read char by char from a text is looked up by the key built
 * as it goes: no string cut out, no hash of one, no comparing it with each word of the list. An
 * open-addressing table of keys, a quarter full. Immutable, thread-safe.
 */
final class ShortWords {

  /** The longest word a key holds. */
  static final int MAX_LETTERS = 12;

  private final long[] keys;
  private final int mask;

  ShortWords(Collection<String> words) {
    int size = 8;
    while (size < words.size() * 4) {
      size <<= 1;
    }
    keys = new long[size];
    mask = size - 1;
    for (String w : words) {
      long key = keyOf(w);
      if (key <= 0) {
        throw new IllegalArgumentException("not a short ASCII lower-case word: " + w);
      }
      int slot = slot(key);
      while (keys[slot] != 0 && keys[slot] != key) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = key;
    }
  }

  /**
   * The key of a word whose first {@code length - 1} letters made {@code key}, with {@code c} its
   * {@code length}-th letter; -1 once the word cannot be in any set (a letter outside a-z, or too long).
   */
  static long append(long key, char c, int length) {
    if (key < 0 || length > MAX_LETTERS || c < 'a' || c > 'z') {
      return -1;
    }
    return key << 5 | (c - 'a' + 1);
  }

  /** The key of a whole word, or -1. */
  static long keyOf(String word) {
    long key = 0;
    for (int i = 0; i < word.length(); i++) {
      key = append(key, word.charAt(i), i + 1);
    }
    return word.isEmpty() ? -1 : key;
  }

  boolean contains(long key) {
    int slot = slot(key);
    long k;
    while ((k = keys[slot]) != 0) {
      if (k == key) {
        return true;
      }
      slot = (slot + 1) & mask;
    }
    return false;
  }

  private int slot(long key) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
  }
}
