package io.facetwire.story;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
    for (String key : m.keys()) {
      byKey.computeIfAbsent(key, k -> new ArrayList<>(1)).add(m);
    }
    if (m.marked()) {
      marked.add(m);
    }
    while (order.size() > capacity) {
      remove(order.removeFirst());
    }
  }

  /** Members sharing a key with {@code m}, and (for a correction, or any article beside one) the marked ones. */
  Set<StoryMember> candidates(StoryMember m) {
    // Most articles share no key with anything and nothing marked is near: no set is made for them (it
    // was a tenth of what the writer allocated).
    Set<StoryMember> out = null;
    for (String key : m.keys()) {
      List<StoryMember> sharing = byKey.get(key);
      if (sharing != null) {
        out = out == null ? new LinkedHashSet<>() : out;
        out.addAll(sharing);
      }
    }
    if (!marked.isEmpty() || m.marked() && !order.isEmpty()) {
      out = out == null ? new LinkedHashSet<>() : out;
      out.addAll(marked);
      if (m.marked()) {
        // A correction is compared with the whole ledger: words decide (bounded by the capacity).
        out.addAll(order);
      }
    }
    return out == null ? Set.of() : out;
  }

  private void remove(StoryMember m) {
    for (String key : m.keys()) {
      List<StoryMember> list = byKey.get(key);
      if (list != null) {
        list.remove(m);
        if (list.isEmpty()) {
          byKey.remove(key);
        }
      }
    }
    marked.remove(m);
  }
}
