package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The tokenizer hashes each word's lower case while it reads the chars (session 19, {@link Tokens#lowerHash}); the
 * topic index is asked by that hash, so it must be the very {@code hashCode()} of {@code lower[i]} on every token:
 * capitals, possessives cut from the word, dotted abbreviations, chars past ASCII that lower to other chars.
 */
class TokenHashTest {

  private static final String[] CASES = {
      "The IMF's view of the Soviets' plan", "Jones\u2019s team", "hasn't O'Neill's", "U.S.'s trade", "N.Y. and u.s.",
      "caf\u00e9 Caf\u00e9 CAF\u00c9", "stra\u00dfe STRASSE", "\u0131stanbul \u0130stanbul i\u0130 \u0131I", "K\u212a \u212aelvin",
      "\u01c5ungla x\u01c5y", "3M 7-Eleven g7 G7 1987's A's B's a's", "\ud835\udc00bc a\ud801\udc00x", "McDONALD'S MacBook",
      "ZZ zz AZ az @Z [a `a {z", "DAMASCUS, April 5 - Syria's SANCTIONS"};

  @Test
  void everyTokensHashIsItsLowerCaseStringsHash() {
    for (String text : CASES) {
      check(text);
    }
    Random random = new Random(19);
    String chars = "aAbZz@[`{eE\u00e9\u00c9iI\u0131\u0130\u00df\u212a09's -.\u2019\ud835\udc00";
    for (int n = 0; n < 5000; n++) {
      StringBuilder text = new StringBuilder();
      for (int k = 3 + random.nextInt(24); k > 0; k--) {
        text.append(chars.charAt(random.nextInt(chars.length())));
      }
      check(text.toString());
    }
  }

  @Test
  void aHashLosesItsLastCharExactly() {
    Random random = new Random(7);
    for (int n = 0; n < 2000; n++) {
      StringBuilder word = new StringBuilder();
      for (int k = random.nextInt(30); k > 0; k--) {
        word.append((char) (32 + random.nextInt(0x3000)));
      }
      char last = (char) random.nextInt(Character.MAX_VALUE + 1);
      String w = word.toString();
      assertEquals(w.hashCode(), Tokenizer.withoutLastChar((w + last).hashCode(), last), w);
    }
  }

  @Test
  void aWordMapFindsByWordAndHashWhatItFindsByWord() {
    Map<String, Integer> entries = new HashMap<>();
    Random random = new Random(3);
    for (int n = 0; n < 3000; n++) {
      entries.put(Integer.toString(random.nextInt(1 << 20), 36), n);
    }
    Lookups.WordMap<Integer> words = Lookups.words(entries);
    for (int n = 0; n < 20000; n++) {
      String w = Integer.toString(random.nextInt(1 << 20), 36);
      assertSame(entries.get(w), words.get(new String(w.toCharArray()), w.hashCode()), w);
      assertSame(entries.get(w), words.get(w), w);
    }
  }

  private static void check(String text) {
    Tokens t = new Tokens(2); // grows: the hashes move with the words
    new Tokenizer().tokenize(text, t, false, 0);
    for (int i = 0; i < t.size; i++) {
      assertEquals(t.lower[i].hashCode(), t.lowerHash[i], text + " / " + t.text[i]);
    }
  }
}
