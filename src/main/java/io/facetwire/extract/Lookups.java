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
      int slot = slot(key);
      return (bits[slot >>> 6] & (1L << slot)) != 0;
    }
  }

  /** An unmodifiable map whose look-ups ask a {@link HashFilter} first. */
  private static final class FilteredMap<K, V> extends AbstractMap<K, V> {
    private final Map<K, V> map;
    private final HashFilter filter;

    FilteredMap(Map<K, V> map) {
      this.map = map;
      this.filter = new HashFilter(map.keySet());
    }

    @Override
    public V get(Object key) {
      return key != null && filter.mayContain(key) ? map.get(key) : null;
    }

    @Override
    public V getOrDefault(Object key, V fallback) {
      return key != null && filter.mayContain(key) ? map.getOrDefault(key, fallback) : fallback;
    }

    @Override
    public boolean containsKey(Object key) {
      return key != null && filter.mayContain(key) && map.containsKey(key);
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

  /** An unmodifiable set whose look-ups ask a {@link HashFilter} first. */
  private static final class FilteredSet<E> extends AbstractSet<E> {
    private final Set<E> set;
    private final HashFilter filter;

    FilteredSet(Set<E> set) {
      this.set = set;
      this.filter = new HashFilter(set);
    }

    @Override
    public boolean contains(Object o) {
      return o != null && filter.mayContain(o) && set.contains(o);
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
}
