package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LookupsTest {

  @Test
  void filteredTablesAnswerLikeTheHashTablesBehindThem() {
    Set<String> words = new HashSet<>();
    Map<String, Integer> numbers = new HashMap<>();
    for (int i = 0; i < 5000; i++) {
      words.add("w" + i * 7);
      numbers.put("n" + i * 3, i);
    }
    Set<String> set = Lookups.set(words);
    Map<String, Integer> map = Lookups.map(numbers);
    assertEquals(words, set);
    assertEquals(numbers, map);
    for (int i = 0; i < 40_000; i++) {
      assertEquals(words.contains("w" + i), set.contains("w" + i));
      assertEquals(numbers.get("n" + i), map.get("n" + i));
      assertEquals(numbers.containsKey("n" + i), map.containsKey("n" + i));
      assertEquals(numbers.getOrDefault("n" + i, -1), map.getOrDefault("n" + i, -1));
    }
    assertFalse(set.contains(null));
    assertNull(map.get(null));
    assertTrue(Lookups.setOf("a").contains("a"));
    assertFalse(Lookups.setOf().contains("a"));
  }
}
