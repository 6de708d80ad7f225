package io.facetwire.web.search.svg;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Decides which counted country is drawn on which shapes. Each shape shows at most one count:
 * current states claim their own shapes first (largest count first, so "Czech Republic" beats a
 * rarer "Czechia"); then historical states, largest first, take those of their successors' shapes
 * still free (the Soviet Union is drawn on the ex-Soviet republics that have no articles of their
 * own; West Germany on Germany unless "Germany" has articles). A name left with no shape is
 * unmapped: the page lists it in the table only.
 */
final class MapPlan {

  /** A counted country and the shapes it fills, in drawing order. */
  record Drawn(String country, long count, boolean historical, List<WorldShapes.Shape> shapes) {}

  final List<Drawn> drawn;
  final SortedSet<String> unmapped;
  final Set<String> claimedKeys;

  private MapPlan(List<Drawn> drawn, SortedSet<String> unmapped, Set<String> claimedKeys) {
    this.drawn = drawn;
    this.unmapped = unmapped;
    this.claimedKeys = claimedKeys;
  }

  static MapPlan of(Map<String, Long> countsByCountry, CountryShapes index) {
    Map<String, Long> counted = positive(countsByCountry);
    Comparator<Map.Entry<String, Long>> byCountDesc =
        Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey());
    List<Map.Entry<String, Long>> states = new ArrayList<>();
    List<Map.Entry<String, Long>> historical = new ArrayList<>();
    SortedSet<String> unmapped = new TreeSet<>();
    Map<String, CountryShapes.Entry> entries = new LinkedHashMap<>();
    for (Map.Entry<String, Long> e : counted.entrySet()) {
      Optional<CountryShapes.Entry> entry = index.lookup(e.getKey());
      if (entry.isEmpty()) {
        unmapped.add(e.getKey());
        continue;
      }
      entries.put(e.getKey(), entry.get());
      (entry.get().historical() ? historical : states).add(e);
    }
    states.sort(byCountDesc);
    historical.sort(byCountDesc);

    Set<String> claimed = new HashSet<>();
    List<Drawn> drawn = new ArrayList<>();
    for (List<Map.Entry<String, Long>> group : List.of(states, historical)) {
      for (Map.Entry<String, Long> e : group) {
        CountryShapes.Entry entry = entries.get(e.getKey());
        List<WorldShapes.Shape> free = entry.shapes().stream()
            .filter(s -> !claimed.contains(s.key())).toList();
        if (free.isEmpty()) {
          unmapped.add(e.getKey());
          continue;
        }
        free.forEach(s -> claimed.add(s.key()));
        drawn.add(new Drawn(e.getKey(), e.getValue(), entry.historical(), free));
      }
    }
    return new MapPlan(List.copyOf(drawn), Collections.unmodifiableSortedSet(unmapped), Set.copyOf(claimed));
  }

  /** Counts above zero; a negative count is a caller's bug, named with its country. */
  static Map<String, Long> positive(Map<String, Long> countsByCountry) {
    Map<String, Long> counted = new LinkedHashMap<>();
    countsByCountry.forEach((country, count) -> {
      if (count == null || country == null || country.isBlank()) {
        return;
      }
      if (count < 0) {
        throw new IllegalArgumentException("negative article count for country " + country + ": " + count);
      }
      if (count > 0) {
        counted.put(country, count);
      }
    });
    return counted;
  }

  long maxDrawnCount() {
    return drawn.stream().mapToLong(Drawn::count).max().orElse(0);
  }
}
