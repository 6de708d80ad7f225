package io.facetwire.story;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The articles one import has grouped so far, by their near-duplicate keys: what the index cannot tell
 * yet (its refresh comes every second, and the writer is a batch or two ahead of it). Bounded: the
 * oldest leave first, by then they are searchable.
 */
final class StoryLedger {

  private final int capacity;
  private final Deque<StoryMember> order = new ArrayDeque<>();
  private final Map<String, List<StoryMember>> byKey = new HashMap<>();
  private final Set<StoryMember> marked = new LinkedHashSet<>();

  StoryLedger(int capacity) {
    this.capacity = capacity;
  }

  /**
   * Files a member under its stored keys ({@link StoryMember#keys}). A marked member's keys also hold
   * {@link NearDuplicateKeys#CORRECTION}: only a marked article looks that key up, and it is compared with
   * every marked member anyway, so the key finds nothing more.
   */
  void add(StoryMember m) {
    order.addLast(m);
    for (String key : filed(m)) {
      byKey.computeIfAbsent(key, k -> new ArrayList<>(1)).add(m);
    }
    if (m.marked()) {
      marked.add(m);
    }
    while (order.size() > capacity) {
      remove(order.removeFirst());
    }
  }

  /**
   * Shows {@code visitor} the members sharing a key with {@code m}, and (for a correction, or any article beside
   * one) the marked ones. A member may be shown more than once: the caller keeps the first-seen member the rule
   * accepts, which no repetition and no order changes. Gathering them into a set first (to show each once) cost
   * a set per article filled with every marked member of the ledger — most of the ledger's share of the writer.
   */
  void visitCandidates(StoryMember m, Consumer<StoryMember> visitor) {
    for (String key : filed(m)) {
      List<StoryMember> sharing = byKey.get(key);
      if (sharing != null) {
        sharing.forEach(visitor);
      }
    }
    if (!marked.isEmpty() || m.marked() && !order.isEmpty()) {
      marked.forEach(visitor);
      if (m.marked()) {
        // A correction is compared with the whole ledger: words decide (bounded by the capacity).
        order.forEach(visitor);
      }
    }
  }

  /**
   * The keys a member is filed and found under: all of {@link StoryMember#keys} but the full fingerprint's. Every
   * member has the keys of its fingerprint's blocks, and two members with one fingerprint share all of them, so
   * the full key never finds a member the block keys do not: filing it cost a look-up in and out of a map of
   * 100,000 keys per member for nothing.
   */
  private static List<String> filed(StoryMember m) {
    List<String> keys = m.keys();
    return keys.subList(NearDuplicateKeys.FULL_FINGERPRINT_KEYS, keys.size());
  }

  private void remove(StoryMember m) {
    // One look-up per key (a get, then a remove of the emptied list, were two).
    java.util.function.BiFunction<String, List<StoryMember>, List<StoryMember>> without =
        (k, sharing) -> sharing.remove(m) && sharing.isEmpty() ? null : sharing;
    for (String key : filed(m)) {
      byKey.computeIfPresent(key, without);
    }
    marked.remove(m);
  }
}
