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
   * The keys (and values) of a table in open addressing: a key's hash and the key itself side by side in
   * arrays, probed linearly from the slot its hash picks. What the look-ups that pass the {@link HashFilter}
   * read: {@link HashMap#get} follows a bucket to a node, the node to its key and the key to its chars, three
   * scattered reads, where this compares the cached hashes in one array first and reads a key only when its
   * hash is the very one (profiling showed HashMap.getNode as a fifth of extraction's CPU). Slots are at least
   * twice the keys, so a probe ends within a few slots. Equality is the looked-up key's {@code equals}, as
   * HashMap's; the HashMap stays behind it for iteration, so every table iterates as before.
   */
  static final class HashIndex {
    private final int[] hashes;
    /**
     * A map's key and value side by side ({@code entries[2 * slot]}, {@code entries[2 * slot + 1]}), a set's keys
     * alone: a hit reads its value from the cache line its key's reference was just read from, where a separate
     * values array was one more miss per hit (the topic index's hits are a quarter of an article's tokens).
     */
    private final Object[] entries;
    /** 1 for a map (entries are pairs), 0 for a set. */
    private final int pairShift;
    private final int mask;

    HashIndex(Collection<?> keys, Map<?, ?> values) {
      int slots = 2;
      while (slots < keys.size() * 2) {
        slots <<= 1;
      }
      this.hashes = new int[slots];
      this.pairShift = values == null ? 0 : 1;
      this.entries = new Object[slots << pairShift];
      this.mask = slots - 1;
      for (Object k : keys) {
        if (k == null) {
          continue; // never looked up: the tables answer a null key before asking the index
        }
        int h = k.hashCode();
        int slot = spread(h) & mask;
        while (entries[slot << pairShift] != null) {
          slot = (slot + 1) & mask;
        }
        this.hashes[slot] = h;
        entries[slot << pairShift] = k;
        if (values != null) {
          entries[(slot << 1) + 1] = values.get(k);
        }
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
        Object k = entries[slot << pairShift];
        if (k == null) {
          return -1;
        }
        if (hashes[slot] == h && (k == key || key.equals(k))) {
          return slot;
        }
      }
    }

    Object valueAt(int slot) {
      return entries[(slot << 1) + 1];
    }

    /** The slot of the key {@code words[from..to]} joined by spaces, whose String hash is {@code hash}, or -1. */
    int slotOfJoined(String[] words, int from, int to, int hash) {
      for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
        Object k = entries[slot << pairShift];
        if (k == null) {
          return -1;
        }
        if (hashes[slot] == hash && k instanceof String key && isJoined(key, words, from, to)) {
          return slot;
        }
      }
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
