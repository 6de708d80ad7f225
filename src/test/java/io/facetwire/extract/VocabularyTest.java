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
    return vocabularyOf(words);
  }

  /** A vocabulary of two lists: {@code words}, and those of them with an "a". */
  private static Vocabulary vocabularyOf(Set<String> words) {
    Set<String> withA = new LinkedHashSet<>();
    words.stream().filter(w -> w.contains("a")).forEach(withA::add);
    return Vocabulary.builder().add(WordIndex.of(words)).add(WordIndex.of(withA)).build();
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
      int id = vocabulary.id(lower);
      assertEquals(vocabulary.marks(lower), withIds.marks[i], text + ": " + lower);
      assertEquals(id == Vocabulary.UNKNOWN ? 0 : lower.contains("a") ? 3 : 1, withIds.marks[i], lower);
      assertEquals(0, plain.marks[i], text + ": " + lower);
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
    for (int i = 0; i < t.size; i++) {
      assertNotEquals(0, t.marks[i], t.lower[i]);
    }
    // Equal words in other cases share the marks.
    Tokens opec = tokens(new Tokenizer(all), "OPEC Opec opec");
    for (int i = 0; i < 3; i++) {
      assertEquals(1, opec.marks[i]);
    }
    assertEquals(3, tokens(new Tokenizer(all), "ISTANBUL").marks[0]);
    assertEquals(3, tokens(new Tokenizer(all), "İstanbul").marks[0], "i̇stanbul, with a dot above, is known too");
    assertNotEquals(all.id("istanbul"), all.id("i̇stanbul"));
    assertEquals(1, tokens(new Tokenizer(all), "\u212Aing").marks[0]);
    Tokens possessive = tokens(new Tokenizer(all), "Reuters's Bush’s Soviets' O’Brien's");
    assertEquals(1, possessive.marks[0]);
    assertEquals(1, possessive.marks[1]);
    assertEquals("soviets", possessive.lower[2]);
    assertEquals(1, possessive.marks[3]);
    assertTrue(possessive.has(2, Tokens.POSSESSIVE));
    assertEquals(0, tokens(new Tokenizer(all), "Quixotic").marks[0]);
    assertEquals(0, tokens(new Tokenizer(all), "Quixotically-Long-Word").marks[0]);
    // Words past the short keys' eleven letters are found by their string.
    Vocabulary longWords = vocabularyOf(Set.of("abcdefghijk", "abcdefghijkl", "internationalisation"));
    Tokens t2 = tokens(new Tokenizer(longWords), "Abcdefghijk ABCDEFGHIJKL internationalisation abcdefghij");
    assertArrayEquals(new int[] {3, 3, 3, 0}, Arrays.copyOf(t2.marks, t2.size));
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
  void aBoundListAnswersAsByString() {
    WordIndex<String> capitals = new WordIndex<>(Map.of("paris", "France", "london", "UK"));
    WordIndex<Boolean> articles = WordIndex.of(Set.of("the", "a"));
    Vocabulary vocabulary = Vocabulary.builder().add(articles).add(capitals).build();
    Vocabulary other = Vocabulary.builder().add(WordIndex.of(Set.of("berlin", "london", "are"))).build();
    String text = "Paris, LONDON and Berlin are the capitals";
    for (Tokenizer tokenizer : List.of(new Tokenizer(), new Tokenizer(vocabulary), new Tokenizer(other))) {
      Tokens t = tokens(tokenizer, text);
      for (int i = 0; i < t.size; i++) {
        assertEquals(capitals.get(t.lower[i]), capitals.get(t, i), t.lower[i]);
        assertEquals(articles.contains(t.lower[i]), articles.contains(t, i), t.lower[i]);
      }
      assertEquals("France", capitals.get(t, 0));
      assertEquals("UK", capitals.get(t, 1));
      assertNull(capitals.get(t, 3));
      assertTrue(articles.contains(t, 5));
    }
    Tokens t = tokens(new Tokenizer(vocabulary), text);
    assertEquals(2, t.marks[0]);
    assertEquals(1, t.marks[5]);
    assertEquals(0, t.marks[3]);
    // A list bound once stays with its first vocabulary; tokens of another are asked by string.
    Vocabulary.builder().add(capitals).build();
    assertEquals("UK", capitals.get(tokens(new Tokenizer(vocabulary), "London"), 0));
  }
}
