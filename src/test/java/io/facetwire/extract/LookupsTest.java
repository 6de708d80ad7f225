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

  /**
   * The open-addressing index behind the filter answers as the HashMap it stands beside, on the words the
   * extractors look up: case, accents, punctuation, apostrophes, a dotted abbreviation, keys whose hashes
   * collide ("Aa" and "BB"), a key mapped to null, and look-ups by an equal string that is not the same object.
   */
  @Test
  void theIndexAnswersLikeTheHashMapOnWordsAsWritten() {
    Map<String, String> entries = new HashMap<>();
    String[] keys = {"reuters", "Reuters", "REUTERS", "côte d'ivoire", "cote d'ivoire", "müller", "muller", "u.s.",
        "us", "o'neill", "o\u2019neill", "Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa", "", "é", "e\u0301", "ß", "ss",
        "new-york", "new york"};
    for (String k : keys) {
      entries.put(k, k.isEmpty() ? null : k.toUpperCase(java.util.Locale.ROOT));
    }
    Map<String, String> map = Lookups.map(entries);
    Set<String> set = Lookups.set(entries.keySet());
    String[] asked = {"reuters", "Reuters", "rEUTERS", "côte d'ivoire", "côte d’ivoire", "cote d'ivoire", "müller",
        "mueller", "u.s.", "u.s", "US", "us", "o'neill", "o\u2019neill", "oneill", "Aa", "BB", "Ab", "AaAa", "BBBB",
        "AaBB", "BBAa", "AaAaAa", "", " ", "é", "e\u0301", "ß", "ss", "SS", "new-york", "new york", "newyork", "n"};
    for (String a : asked) {
      String copy = new String(a.toCharArray()); // equal, not the same object: as a token is
      assertEquals(entries.get(copy), map.get(copy), a);
      assertEquals(entries.containsKey(copy), map.containsKey(copy), a);
      assertEquals(entries.getOrDefault(copy, "-"), map.getOrDefault(copy, "-"), a);
      assertEquals(entries.containsKey(copy), set.contains(copy), a);
    }
    assertTrue(map.containsKey(""), "a key mapped to null is a key");
    assertNull(map.getOrDefault("", "-"), "and its value is null, as HashMap.getOrDefault gives it");
    assertEquals(entries, map);
    assertEquals(entries.keySet(), set);
  }

  /**
   * Keys and values lie side by side in the index: every key of a run of 64 keys with one hash ("Aa" and "BB" in
   * every order of six: the probe walks the whole run, across the table's end from most starting slots) gets its
   * own value, and a set built from the same keys (keys alone, no values) finds each of them and no other.
   */
  @Test
  void keysOfOneHashEachGetTheirOwnValue() {
    Map<String, Integer> entries = new HashMap<>();
    for (int bits = 0; bits < 64; bits++) {
      StringBuilder key = new StringBuilder();
      for (int k = 0; k < 6; k++) {
        key.append((bits >> k & 1) == 0 ? "Aa" : "BB");
      }
      entries.put(key.toString(), bits);
    }
    assertEquals(1, entries.keySet().stream().mapToInt(String::hashCode).distinct().count(), "one hash for all");
    Map<String, Integer> map = Lookups.map(entries);
    Set<String> set = Lookups.set(entries.keySet());
    for (Map.Entry<String, Integer> e : entries.entrySet()) {
      String copy = new String(e.getKey().toCharArray());
      assertEquals(e.getValue(), map.get(copy), e.getKey());
      assertTrue(set.contains(copy), e.getKey());
    }
    assertNull(map.get("AaAaAaAaAaAb"));
    assertFalse(set.contains("AaAaAaAaAa"));
  }

  /**
   * A phrase looked up by a range of tokens answers as the map asked with the tokens joined by spaces (what
   * NamePhrases built before), for every range of a token array with case, accents, apostrophes, dots and
   * non-Latin-1 letters; the hash computed token by token is the joined string's.
   */
  @Test
  void aPhraseLookedUpByItsTokensIsThePhraseLookedUpByItsString() {
    String[] phrases = {"bank", "bank of", "bank of england", "côte", "côte d'ivoire", "o\u2019neill", "o\u2019neill and co",
        "u.s.", "u.s. steel", "deutsche", "deutsche börse", "société générale", "société", "москва", "банк москвы", "a b",
        "ab", "a", "b"};
    Map<String, Integer> entries = new HashMap<>();
    for (int k = 0; k < phrases.length; k++) {
      entries.put(phrases[k], k);
    }
    Lookups.PhraseMap<Integer> map = Lookups.phrases(entries);
    Lookups.PhraseSet set = Lookups.phraseSet(entries.keySet());
    String[] tokens = {"the", "bank", "of", "england", "côte", "d'ivoire", "cote", "o\u2019neill", "and", "co", "u.s.",
        "steel", "deutsche", "börse", "boerse", "société", "générale", "банк", "москвы", "a", "b", "ab", "bank", "of"};
    for (int from = 0; from < tokens.length; from++) {
      int hash = tokens[from].hashCode();
      for (int to = from + 1; to < tokens.length && to - from < 5; to++) {
        hash = Lookups.hashJoined(hash, tokens[to]);
        String joined = String.join(" ", java.util.Arrays.copyOfRange(tokens, from, to + 1));
        assertEquals(joined.hashCode(), hash, joined);
        assertEquals(entries.get(joined), map.getJoined(tokens, from, to, hash), joined);
        assertEquals(entries.containsKey(joined), set.containsJoined(tokens, from, to, hash), joined);
      }
    }
    assertEquals(2, map.getJoined(new String[] {"bank", "of", "england"}, 0, 2, "bank of england".hashCode()));
    assertNull(map.getJoined(new String[] {"bank", "ofengland"}, 0, 1, "bank ofengland".hashCode()));
    assertNull(map.getJoined(new String[] {"a", "b"}, 0, 1, "ab".hashCode()), "a hash alone never answers");
  }

  /**
   * The index keeps every short String key's chars in one array (session 17) and compares a looked-up word with
   * them; a key of 255 chars or more, and a key that is no String, are compared by {@code equals} as before. Both
   * kinds, and 3,000 random words of letters that differ in case, accents, the dotless i, ß, a surrogate pair and
   * spaces (half of them keys), answer as the HashMap behind, by key and by a range of words.
   */
  @Test
  void theIndexAnswersLikeTheHashMapForLongKeysOtherKeysAndRandomWords() {
    String longKey = "x".repeat(254);
    String longer = "y".repeat(255);
    String longest = "z ".repeat(200) + "z";
    Map<Object, Integer> mixed = new HashMap<>();
    mixed.put(longKey, 1);
    mixed.put(longer, 2);
    mixed.put(longest, 3);
    mixed.put(42, 4);
    mixed.put("42", 5);
    Map<Object, Integer> mixedMap = Lookups.map(mixed);
    for (Object asked : new Object[] {new String(longKey.toCharArray()), new String(longer.toCharArray()),
        longest.substring(0), "x".repeat(253), "y".repeat(256), 42, 43, "42", 42L}) {
      assertEquals(mixed.get(asked), mixedMap.get(asked), String.valueOf(asked));
    }
    Lookups.PhraseMap<Integer> longPhrases = Lookups.phrases(Map.of(longest, 3, longer, 2));
    String[] zs = longest.split(" ");
    int hash = zs[0].hashCode();
    for (int k = 1; k < zs.length; k++) {
      hash = Lookups.hashJoined(hash, zs[k]);
    }
    assertEquals(3, longPhrases.getJoined(zs, 0, zs.length - 1, hash), "a phrase past 255 chars");
    assertNull(longPhrases.getJoined(zs, 0, zs.length - 2, "z ".repeat(199).concat("z").hashCode()));

    java.util.Random random = new java.util.Random(17);
    String letters = "aAbBeé\u00c9iI\u0131\u0130sß\u1e9e \ud83d\ude00'";
    Map<String, Integer> words = new HashMap<>();
    java.util.List<String> asked = new java.util.ArrayList<>();
    for (int k = 0; k < 3000; k++) {
      StringBuilder w = new StringBuilder();
      for (int n = 1 + random.nextInt(6); n > 0; n--) {
        w.append(letters.charAt(random.nextInt(letters.length())));
      }
      asked.add(w.toString());
      if (k % 2 == 0) {
        words.put(w.toString(), k);
      }
    }
    Map<String, Integer> map = Lookups.map(words);
    Lookups.PhraseMap<Integer> phrases = Lookups.phrases(words);
    for (String a : asked) {
      String copy = new String(a.toCharArray());
      assertEquals(words.get(copy), map.get(copy), a);
      String[] parts = copy.split(" ", -1);
      int h = parts[0].hashCode();
      for (int k = 1; k < parts.length; k++) {
        h = Lookups.hashJoined(h, parts[k]);
      }
      assertEquals(words.get(copy), phrases.getJoined(parts, 0, parts.length - 1, h), a);
    }
  }
}
