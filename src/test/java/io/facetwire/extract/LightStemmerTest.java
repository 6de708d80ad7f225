package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LightStemmerTest {

  @Test
  void stemsAsDocumented() {
    assertEquals("sanction", LightStemmer.stem("sanctions"));
    assertEquals("sanction", LightStemmer.stem("sanctioned"));
    assertEquals("migrat", LightStemmer.stem("migration"));
    assertEquals("migrat", LightStemmer.stem("migrate"));
    assertEquals("hack", LightStemmer.stem("hacking"));
    assertEquals("ban", LightStemmer.stem("banned"));
    assertEquals("kill", LightStemmer.stem("killing"));
  }

  @Test
  void wordsWithStemListsExactlyTheWordsThatStemToIt() {
    assertTrue(LightStemmer.wordsWithStem("sanction").containsAll(
        List.of("sanction", "sanctions", "sanctioned", "sanctioning")));
    assertTrue(LightStemmer.wordsWithStem("ban").containsAll(List.of("ban", "bans", "banned", "banning")));
    // Words made of stems and every ending the stemmer knows, in many combinations: each must be listed
    // under its stem, and everything listed must stem back.
    String[] endings = {"", "s", "es", "ies", "sses", "ss", "us", "is", "y", "e", "ee", "eed", "ed", "ing",
        "ion", "ation", "ating", "ated", "ate", "ations", "ates", "ings", "eds"};
    String letters = "abdegilnorstuyz'\u00e9";
    Random random = new Random(42);
    Map<String, List<String>> byStem = new HashMap<>();
    for (int n = 0; n < 100_000; n++) {
      StringBuilder w = new StringBuilder();
      for (int k = random.nextInt(6); k >= 0; k--) {
        w.append(letters.charAt(random.nextInt(letters.length())));
      }
      if (random.nextBoolean()) {
        w.append(w.charAt(w.length() - 1)); // a doubled last letter, as in "bann" + "ed"
      }
      w.append(endings[random.nextInt(endings.length)]);
      String word = w.toString();
      String stem = LightStemmer.stem(word);
      List<String> listed = byStem.computeIfAbsent(stem, LightStemmer::wordsWithStem);
      assertTrue(listed.contains(word), () -> word + " not listed under its stem " + stem + ": " + listed);
      for (String other : listed) {
        assertEquals(stem, LightStemmer.stem(other));
      }
    }
  }
}
