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
    private final Object[] keys;
    private final Object[] values;
    private final int mask;

    HashIndex(Collection<?> keys, Map<?, ?> values) {
      int slots = 2;
      while (slots < keys.size() * 2) {
        slots <<= 1;
      }
      this.hashes = new int[slots];
      this.keys = new Object[slots];
      this.values = values == null ? null : new Object[slots];
      this.mask = slots - 1;
      for (Object k : keys) {
        if (k == null) {
          continue; // never looked up: the tables answer a null key before asking the index
        }
        int h = k.hashCode();
        int slot = spread(h) & mask;
        while (this.keys[slot] != null) {
          slot = (slot + 1) & mask;
        }
        this.hashes[slot] = h;
        this.keys[slot] = k;
        if (values != null) {
          this.values[slot] = values.get(k);
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
        Object k = keys[slot];
        if (k == null) {
          return -1;
        }
        if (hashes[slot] == h && (k == key || key.equals(k))) {
          return slot;
        }
      }
    }

    Object valueAt(int slot) {
      return values[slot];
    }
  }

  /** An unmodifiable map whose look-ups ask a {@link HashFilter} first, then a {@link HashIndex}. */
  private static final class FilteredMap<K, V> extends AbstractMap<K, V> {
    private final Map<K, V> map;
    private final HashFilter filter;
    private final HashIndex index;

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
  private static final class FilteredSet<E> extends AbstractSet<E> {
    private final Set<E> set;
    private final HashFilter filter;
    private final HashIndex index;

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
}
