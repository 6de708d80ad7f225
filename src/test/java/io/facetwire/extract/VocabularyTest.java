package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The tokenizer reads a known word's id from its chars and hands out the vocabulary's string for it; a word no
 * list knows goes the way every word went before ids (a cut of the text, lower-cased by {@code toLowerCase}).
 * Both must give the same tokens: the same surface, lower case and flags as a tokenizer without a vocabulary,
 * and an id that is the vocabulary's id of the token's lower-case string, whatever the chars (accents, the
 * Turkish dotted and dotless i, ß, title-case letters, the Kelvin sign, digits, apostrophes, hyphens, dots,
 * surrogate pairs).
 */
class VocabularyTest {

  /** Texts whose words take every branch of the tokenizer's word reading. */
  private static final List<String> CASES = List.of(
      "São Paulo and Zürich, café society in MÜNCHEN",
      "İstanbul, ISTANBUL, istanbul; KIRIKKALE ırmak Iraq IRAQ",
      "Straße STRASSE strasse ß ẞ",
      "ǅemal ǄEMAL ǆemal Dž",
      "The \u212Aelvin sign: \u212Aing KING king", // the Kelvin sign lower-cases to an ASCII k
      "G7 g7 1987 3rd 1.16 dlrs vs 1.15 dlrs, Boeing 747s",
      "N'Djamena hasn't Reuters's Soviets' plan, O’Brien Bush’s Jones’ it's s's 's",
      "Russia-US talks, anti-Russian mood, well-known Coca-Cola",
      "the U.S. Congress, U.K.'s, N.Y. and U.S.S.R. Mr. Smith, St. Louis",
      "\uD835\uDC00bc \uD83D\uDE00 emoji \uD835\uDC9C\uD835\uDC9C",
      "A I O X Z a z AZ az Az aZ",
      "IMF World Bank OPEC Opec opec Bundesbank BUNDESBANK");

  private static Tokens tokens(Tokenizer tokenizer, String text) {
    Tokens t = new Tokens();
    tokenizer.tokenize(text, t, false, 0);
    return t;
  }

  /** Every token's lower-case word, and a few words no text has. */
  private static Vocabulary vocabularyOf(List<String> texts, boolean everyOther) {
    Set<String> words = new LinkedHashSet<>(List.of("zebra", "königsberg", "u.s"));
    int k = 0;
    for (String text : texts) {
      Tokens t = tokens(new Tokenizer(), text);
      for (int i = 0; i < t.size; i++) {
        if (!everyOther || k++ % 2 == 0) {
          words.add(t.lower[i]);
        }
      }
    }
    return Vocabulary.of(new ArrayList<>(words));
  }

  private static void assertSameTokens(String text, Vocabulary vocabulary) {
    Tokens plain = tokens(new Tokenizer(), text);
    Tokens withIds = tokens(new Tokenizer(vocabulary), text);
    assertEquals(plain.size, withIds.size, text);
    assertArrayEquals(Arrays.copyOf(plain.text, plain.size), Arrays.copyOf(withIds.text, withIds.size), text);
    assertArrayEquals(Arrays.copyOf(plain.lower, plain.size), Arrays.copyOf(withIds.lower, withIds.size), text);
    assertArrayEquals(Arrays.copyOf(plain.flags, plain.size), Arrays.copyOf(withIds.flags, withIds.size), text);
    assertSame(text.isEmpty() ? Vocabulary.NONE : vocabulary, withIds.vocabulary);
    for (int i = 0; i < withIds.size; i++) {
      String lower = withIds.lower[i];
      assertEquals(withIds.text[i].toLowerCase(Locale.ROOT), lower, text);
      assertEquals(vocabulary.id(lower), withIds.ids[i], text + ": " + lower);
      assertEquals(Vocabulary.UNKNOWN, plain.ids[i], text + ": " + lower);
    }
  }

  @Test
  void tokensWithIdsAreTheTokensWithout() {
    for (boolean everyOther : new boolean[] {false, true}) {
      Vocabulary vocabulary = vocabularyOf(CASES, everyOther);
      for (String text : CASES) {
        assertSameTokens(text, vocabulary);
      }
    }
  }

  @Test
  void casesTakeBothPaths() {
    Vocabulary all = vocabularyOf(CASES, false);
    Tokens t = new Tokens();
    for (String text : CASES) {
      new Tokenizer(all).tokenize(text, t, false, 0);
    }
    Map<String, Integer> idsOfAWord = new HashMap<>();
    for (int i = 0; i < t.size; i++) {
      assertNotEquals(Vocabulary.UNKNOWN, t.ids[i], t.lower[i]);
      Integer seen = idsOfAWord.putIfAbsent(t.lower[i], t.ids[i]);
      assertTrue(seen == null || seen == t.ids[i], "one id for equal words: " + t.lower[i]);
    }
    // Equal words in other cases and forms share one id, and the vocabulary's own string.
    int paris = all.id("opec");
    Tokens opec = tokens(new Tokenizer(all), "OPEC Opec opec");
    for (int i = 0; i < 3; i++) {
      assertEquals(paris, opec.ids[i]);
      assertSame(all.word(paris), opec.lower[i]);
    }
    assertEquals(all.id("istanbul"), tokens(new Tokenizer(all), "ISTANBUL").ids[0]);
    assertNotEquals(all.id("istanbul"), tokens(new Tokenizer(all), "İstanbul").ids[0], "i̇stanbul is another word");
    assertEquals(all.id("king"), tokens(new Tokenizer(all), "\u212Aing").ids[0]);
    Tokens possessive = tokens(new Tokenizer(all), "Reuters's Bush’s Soviets'");
    assertEquals(all.id("reuters"), possessive.ids[0]);
    assertEquals(all.id("bush"), possessive.ids[1]);
    assertEquals(all.id("soviets"), possessive.ids[2]);
    assertTrue(possessive.has(2, Tokens.POSSESSIVE));
    assertEquals(Vocabulary.UNKNOWN, tokens(new Tokenizer(all), "Quixotic").ids[0]);
  }

  @Test
  void randomTextsGiveTheSameTokens() {
    String alphabet = "abcdeiısSßIİKkz\u212AÉéüÜǅ'’.-&$ 0123\n\u2019\uD835\uDC00";
    Random random = new Random(16);
    List<String> texts = new ArrayList<>();
    for (int n = 0; n < 3000; n++) {
      StringBuilder b = new StringBuilder();
      int length = 1 + random.nextInt(40);
      for (int k = 0; k < length; k++) {
        char c = alphabet.charAt(random.nextInt(alphabet.length()));
        if (Character.isHighSurrogate(c) && k + 1 < length) {
          b.append(c).append('\uDC00');
          k++;
        } else if (!Character.isSurrogate(c)) {
          b.append(c);
        }
      }
      texts.add(b.toString());
    }
    Vocabulary vocabulary = vocabularyOf(texts.subList(0, 1500), true);
    for (String text : texts) {
      assertSameTokens(text, vocabulary);
    }
  }

  @Test
  void aLaterVocabularyKeepsTheIdsOfTheEarlierOne() {
    Vocabulary first = Vocabulary.of(List.of("paris", "london"));
    Vocabulary later = first.with(List.of("london", "berlin"));
    assertSame(first.lineage(), later.lineage());
    assertEquals(first.id("paris"), later.id("paris"));
    assertEquals(first.id("london"), later.id("london"));
    assertEquals(Vocabulary.UNKNOWN, first.id("berlin"));
    assertEquals(first.size(), later.id("berlin"));
    assertSame(first, first.with(List.of("paris")));
    assertNotEquals(first.lineage(), Vocabulary.of(List.of("paris")).lineage());
  }

  @Test
  void aBoundListAnswersAsByString() {
    Vocabulary first = Vocabulary.of(List.of("paris", "london", "the"));
    WordIndex<String> capitals = new WordIndex<>(Map.of("paris", "France", "london", "UK"));
    capitals.bind(first);
    Vocabulary later = first.with(List.of("berlin"));
    Vocabulary other = Vocabulary.of(List.of("berlin", "london", "paris"));
    String text = "Paris, LONDON and Berlin are the capitals";
    for (Tokenizer tokenizer : List.of(new Tokenizer(), new Tokenizer(first), new Tokenizer(later),
        new Tokenizer(other))) {
      Tokens t = tokens(tokenizer, text);
      for (int i = 0; i < t.size; i++) {
        assertEquals(capitals.get(t.lower[i]), capitals.get(t, i), t.lower[i]);
      }
      assertEquals("France", capitals.get(t, 0));
      assertNull(capitals.get(t, 3));
    }
    WordIndex<String> unknownWord = new WordIndex<>(Map.of("rome", "Italy"));
    assertThrows(IllegalArgumentException.class, () -> unknownWord.bind(first));
  }
}
