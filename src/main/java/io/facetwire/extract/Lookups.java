package io.facetwire.extract;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Read-only hash tables for the extractors' word lists. Why not {@code Set.of}/{@code Map.copyOf}:
 * the extractors look up every token of every imported article, and nearly every lookup misses;
 * the immutable collections probe linearly until they meet an empty slot, which profiling showed as
 * the largest single cost of extraction. {@link HashMap} stops at the first empty bucket or hash
 * mismatch. The tables are filled once and never written again, so sharing them between import
 * threads is safe.
 */
final class Lookups {

  private Lookups() {}

  static <K, V> Map<K, V> map(Map<? extends K, ? extends V> entries) {
    return Collections.unmodifiableMap(new HashMap<>(entries));
  }

  static <E> Set<E> set(Collection<? extends E> elements) {
    return Collections.unmodifiableSet(new HashSet<>(elements));
  }

  @SafeVarargs
  static <E> Set<E> setOf(E... elements) {
    return set(List.of(elements));
  }
}
