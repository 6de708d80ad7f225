package io.facetwire.extract;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Read-only hash tables for the extractors' word lists. Why not {@code Set.of}/{@code Map.copyOf}:
 * the extractors look up every token of every imported article, and nearly every lookup misses;
 * the immutable collections probe linearly until they meet an empty slot, which profiling showed as
 * the largest single cost of extraction. {@link HashMap} stops at the first empty bucket or hash
 * mismatch, and a {@link HashFilter} in front answers most misses from one bit. The tables are
 * filled once and never written again, so sharing them between import threads is safe.
 */
final class Lookups {

  private Lookups() {}

  static <K, V> Map<K, V> map(Map<? extends K, ? extends V> entries) {
    return new FilteredMap<>(new HashMap<>(entries));
  }

  static <E> Set<E> set(Collection<? extends E> elements) {
    return new FilteredSet<>(new HashSet<>(elements));
  }

  @SafeVarargs
  static <E> Set<E> setOf(E... elements) {
    return set(List.of(elements));
  }

  /**
   * One bit per slot of a hash space about eight times the number of keys, set where a key falls:
   * a clear bit proves a word is not in the list. Most tokens are in no list, and a HashMap miss
   * reads a bucket and often a node of another key, scattered over far more memory than this bit
   * array (the topic index alone has some 7,000 words). The key's hash is the String's own, which it
   * caches, so the tables that look the same token up share the work.
   */
  static final class HashFilter {
    private final long[] bits;
    private final int shift;

    HashFilter(Collection<?> keys) {
      int slotBits = 6; // at least one long
      while ((1 << slotBits) < keys.size() * 8) {
        slotBits++;
      }
      bits = new long[(1 << slotBits) >>> 6];
      shift = 32 - slotBits;
      for (Object k : keys) {
        int slot = slot(k);
        bits[slot >>> 6] |= 1L << slot;
      }
    }

    /** Fibonacci hashing: the top bits of hash times the golden ratio spread even similar words. */
    private int slot(Object key) {
      return (key.hashCode() * 0x9E3779B9) >>> shift;
    }

    boolean mayContain(Object key) {
      return mayContainHash(key.hashCode());
    }

    /** As {@link #mayContain} for a key whose hash is {@code hash}. */
    boolean mayContainHash(int hash) {
      int slot = (hash * 0x9E3779B9) >>> shift;
      return (bits[slot >>> 6] & (1L << slot)) != 0;
    }
  }

  /**
   * The keys (and values) of a table in open addressing, laid out so that a probe reads as few cache lines as it
   * can: per slot, the key's hash, its number and where its chars lie, side by side in one {@code int[]}; every
   * String key's chars one after another in one {@code char[]}. What the look-ups that pass the {@link HashFilter}
   * read: {@link HashMap#get} follows a bucket to a node, the node to its key and the key to its chars; session 14's
   * index still read the hash, the key reference, the key String and its chars from four places (session 16: the
   * rules' tables evict each other from the core's caches, so each was a miss). Here a probe that misses reads one
   * place, a hit two (and the value's). Slots are at least twice the keys, so a probe ends within a few slots.
   * Equality is the looked-up String's chars against the key's (what {@link String#equals} compares); a key that is
   * no String, or longer than {@link #LONG_KEY} chars, is compared by the looked-up key's {@code equals}, as
   * HashMap's. The HashMap stays behind it for iteration, so every table iterates as before.
   */
  static final class HashIndex {
    /** Per slot three ints: the key's hash; its number plus one (0: an empty slot); its chars' offset << 8 | length. */
    private final int[] table;
    /** The chars of every String key of at most {@link #LONG_KEY} chars, one after another. */
    private final char[] chars;
    /** The keys by number: compared by {@code equals} when their chars are not in {@link #chars}. */
    private final Object[] keys;
    private final Object[] values;
    private final int mask;
    /** The length recorded for a key whose chars are not in {@link #chars}. */
    private static final int LONG_KEY = 255;

    HashIndex(Collection<?> keys, Map<?, ?> values) {
      int slots = 2;
      while (slots < keys.size() * 2) {
        slots <<= 1;
      }
      this.table = new int[slots * 3];
      this.keys = new Object[keys.size()];
      this.values = values == null ? null : new Object[keys.size()];
      this.mask = slots - 1;
      long pooled = 0;
      for (Object k : keys) {
        if (k instanceof String s && s.length() < LONG_KEY) {
          pooled += s.length();
        }
      }
      // Offsets are 24 bits: a pool past 16M chars (none of the lists comes near) compares every key by equals.
      this.chars = new char[pooled < (1 << 24) ? (int) pooled : 0];
      int number = 0;
      int offset = 0;
      for (Object k : keys) {
        if (k == null) {
          continue; // never looked up: the tables answer a null key before asking the index
        }
        int h = k.hashCode();
        int slot = spread(h) & mask;
        while (table[slot * 3 + 1] != 0) {
          slot = (slot + 1) & mask;
        }
        int length = LONG_KEY;
        if (k instanceof String s && s.length() < LONG_KEY && offset + s.length() <= chars.length) {
          s.getChars(0, s.length(), chars, offset);
          length = s.length();
        }
        table[slot * 3] = h;
        table[slot * 3 + 1] = number + 1;
        table[slot * 3 + 2] = length == LONG_KEY ? LONG_KEY : offset << 8 | length;
        offset += length == LONG_KEY ? 0 : length;
        this.keys[number] = k;
        if (values != null) {
          this.values[number] = values.get(k);
        }
        number++;
      }
    }

    /** The hash's high bits folded into the low ones the mask keeps (as HashMap does). */
    private static int spread(int h) {
      return h ^ (h >>> 16);
    }

    /** The slot of {@code key} (not null), or -1 when it is not a key. */
    int slotOf(Object key) {
      int h = key.hashCode();
      for (int slot = spread(h) & mask; ; slot = (slot + 1) & mask) {
        int at = slot * 3;
        int number = table[at + 1];
        if (number == 0) {
          return -1;
        }
        if (table[at] == h && isKey(key, table[at + 2], number - 1)) {
          return slot;
        }
      }
    }

    /** Whether {@code key} is the key numbered {@code number}, whose chars' place is {@code place}. */
    private boolean isKey(Object key, int place, int number) {
      int length = place & 0xFF;
      if (length == LONG_KEY || !(key instanceof String s)) {
        Object k = keys[number];
        return k == key || key.equals(k);
      }
      if (s.length() != length) {
        return false;
      }
      for (int c = 0, at = place >>> 8; c < length; c++, at++) {
        if (s.charAt(c) != chars[at]) {
          return false;
        }
      }
      return true;
    }

    Object valueAt(int slot) {
      return values[table[slot * 3 + 1] - 1];
    }

    /** The slot of the key {@code words[from..to]} joined by spaces, whose String hash is {@code hash}, or -1. */
    int slotOfJoined(String[] words, int from, int to, int hash) {
      for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
        int at = slot * 3;
        int number = table[at + 1];
        if (number == 0) {
          return -1;
        }
        if (table[at] == hash && isJoinedKey(words, from, to, table[at + 2], number - 1)) {
          return slot;
        }
      }
    }

    /** Whether the key numbered {@code number} (its chars at {@code place}) is {@code words[from..to]} joined by spaces. */
    private boolean isJoinedKey(String[] words, int from, int to, int place, int number) {
      int length = place & 0xFF;
      if (length == LONG_KEY) {
        return keys[number] instanceof String key && isJoined(key, words, from, to);
      }
      int at = place >>> 8;
      int end = at + length;
      for (int w = from; w <= to; w++) {
        if (w > from) {
          if (at >= end || chars[at] != ' ') {
            return false;
          }
          at++;
        }
        String word = words[w];
        int n = word.length();
        if (n > end - at) {
          return false;
        }
        for (int c = 0; c < n; c++, at++) {
          if (word.charAt(c) != chars[at]) {
            return false;
          }
        }
      }
      return at == end;
    }
  }

  /**
   * The hash {@link String#hashCode} gives {@code joined + " " + word}, from the hash of {@code joined} and of
   * {@code word}: the hash of a concatenation is the first part's times 31 to the length of the second, plus
   * the second's. How a phrase of tokens is looked up without building its string.
   */
  static int hashJoined(int joinedHash, String word) {
    int h = joinedHash * 31 + ' ';
    for (int k = word.length(); k > 0; k--) {
      h *= 31;
    }
    return h + word.hashCode();
  }

  /** Whether {@code key} is {@code words[from..to]} joined by single spaces. */
  static boolean isJoined(String key, String[] words, int from, int to) {
    int at = 0;
    for (int w = from; w <= to; w++) {
      if (w > from) {
        if (at >= key.length() || key.charAt(at) != ' ') {
          return false;
        }
        at++;
      }
      String word = words[w];
      if (!key.startsWith(word, at)) {
        return false;
      }
      at += word.length();
    }
    return at == key.length();
  }

  /** A map of phrases by their words joined by spaces, also looked up by a range of words (see {@link #phrases}). */
  interface PhraseMap<V> extends Map<String, V> {
    /** The value of {@code words[from..to]} joined by spaces ({@code hash}: that string's hash), or null. */
    V getJoined(String[] words, int from, int to, int hash);
  }

  /** A set of phrases, also asked by a range of words. */
  interface PhraseSet extends Set<String> {
    boolean containsJoined(String[] words, int from, int to, int hash);
  }

  /**
   * As {@link #map}, for keys that are phrases: {@link PhraseMap#getJoined} answers for tokens as they lie in
   * an article's token array, without the joined string being built (NamePhrases built one per token it
   * extended a name over).
   */
  static <V> PhraseMap<V> phrases(Map<String, V> entries) {
    return new FilteredPhraseMap<>(new HashMap<>(entries));
  }

  /** As {@link #set}, for phrases: see {@link #phrases}. */
  static PhraseSet phraseSet(Collection<String> elements) {
    return new FilteredPhraseSet(new HashSet<>(elements));
  }

  /** An unmodifiable map whose look-ups ask a {@link HashFilter} first, then a {@link HashIndex}. */
  private static class FilteredMap<K, V> extends AbstractMap<K, V> {
    private final Map<K, V> map;
    final HashFilter filter;
    final HashIndex index;

    FilteredMap(Map<K, V> map) {
      this.map = map;
      this.filter = new HashFilter(map.keySet());
      this.index = new HashIndex(map.keySet(), map);
    }

    @Override
    @SuppressWarnings("unchecked")
    public V get(Object key) {
      int slot = key != null && filter.mayContain(key) ? index.slotOf(key) : -1;
      return slot < 0 ? null : (V) index.valueAt(slot);
    }

    @Override
    @SuppressWarnings("unchecked")
    public V getOrDefault(Object key, V fallback) {
      int slot = key != null && filter.mayContain(key) ? index.slotOf(key) : -1;
      return slot < 0 ? fallback : (V) index.valueAt(slot);
    }

    @Override
    public boolean containsKey(Object key) {
      return key != null && filter.mayContain(key) && index.slotOf(key) >= 0;
    }


    @Override
    public int size() {
      return map.size();
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
      return Collections.unmodifiableMap(map).entrySet();
    }
  }

  /** An unmodifiable set whose look-ups ask a {@link HashFilter} first, then a {@link HashIndex}. */
  private static class FilteredSet<E> extends AbstractSet<E> {
    private final Set<E> set;
    final HashFilter filter;
    final HashIndex index;

    FilteredSet(Set<E> set) {
      this.set = set;
      this.filter = new HashFilter(set);
      this.index = new HashIndex(set, null);
    }

    @Override
    public boolean contains(Object o) {
      return o != null && filter.mayContain(o) && index.slotOf(o) >= 0;
    }

    @Override
    public int size() {
      return set.size();
    }

    @Override
    public Iterator<E> iterator() {
      return Collections.unmodifiableSet(set).iterator();
    }
  }

  /** A {@link FilteredSet} of phrases, also asked by a range of words. */
  private static final class FilteredPhraseSet extends FilteredSet<String> implements PhraseSet {
    FilteredPhraseSet(Set<String> set) {
      super(set);
    }

    @Override
    public boolean containsJoined(String[] words, int from, int to, int hash) {
      return filter.mayContainHash(hash) && index.slotOfJoined(words, from, to, hash) >= 0;
    }
  }

  /** A {@link FilteredMap} of phrases, also looked up by a range of words. */
  private static final class FilteredPhraseMap<V> extends FilteredMap<String, V> implements PhraseMap<V> {
    FilteredPhraseMap(Map<String, V> map) {
      super(map);
    }

    @Override
    @SuppressWarnings("unchecked")
    public V getJoined(String[] words, int from, int to, int hash) {
      int slot = filter.mayContainHash(hash) ? index.slotOfJoined(words, from, to, hash) : -1;
      return slot < 0 ? null : (V) index.valueAt(slot);
    }
  }
}
