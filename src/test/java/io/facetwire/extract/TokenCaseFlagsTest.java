package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The tokenizer's {@link Tokens#PLAIN_LOWER} flag (session 17) lets the organisation rules skip reading a word's chars
 * for a capital inside it ({@link OrganisationExtractor#isCamelCased(Tokens, int)}): on every token the flag's answer
 * must be the scan's, and the possessive read from the chars the one the word's string gave.
 */
class TokenCaseFlagsTest {

  private static final String[] CASES = {
      "eBay and easyJet sold iPods to iRiver", "The IMF's view", "the Soviets' plan", "Jones\u2019s team",
      "hasn't O'Neill's", "U.S.'s trade", "N.Y. and u.s. firms", "caf\u00e9 Caf\u00e9 cAf\u00e9", "stra\u00dfe STRASSE",
      "\u0131stanbul \u0130stanbul i\u0130 \u0131I", "\u01c5ungla \u01c6ungla x\u01c5y", "K\u212a \u212aelvin", "Amazon.com and News.com.au",
      "jolt.co.uk eBay.co.uk", "anti-Russian pro-EU", "A's B's a's", "3M 7-Eleven g7 G7 1987's", "x\u2102y \u2102",
      "\ud835\udc00bc a\ud835\udc00c \ud801\udc00x a\ud801\udc00", "\u00e9Bay \u00c9bay", "McDonald's MacBook"};

  @Test
  void thePlainLowerFlagAnswersAsTheScanOfTheWord() {
    for (String text : CASES) {
      check(text);
    }
    Random random = new Random(17);
    String chars = "aAeE\u00e9\u00c9iI\u0131\u0130\u00df\u1e9e\u01c5\u212a\u2102z9' -.\u2019\ud835\udc00\ud801\udc00";
    for (int n = 0; n < 3000; n++) {
      StringBuilder text = new StringBuilder();
      for (int k = 3 + random.nextInt(20); k > 0; k--) {
        text.append(chars.charAt(random.nextInt(chars.length())));
      }
      check(text.toString());
    }
  }

  private static void check(String text) {
    Tokens t = new Tokens();
    new Tokenizer().tokenize(text, t, false, 0);
    assertTrue(t.size > 0 || text.isBlank() || !text.chars().anyMatch(Character::isLetterOrDigit), text);
    for (int i = 0; i < t.size; i++) {
      String w = t.text[i];
      assertEquals(OrganisationExtractor.isCamelCased(w), OrganisationExtractor.isCamelCased(t, i), text + " / " + w);
      if (t.has(i, Tokens.PLAIN_LOWER)) {
        assertEquals(w, t.lower[i], text);
        assertEquals(w.toLowerCase(Locale.ROOT), w, text);
        assertFalse(w.chars().anyMatch(Character::isUpperCase), text);
      }
    }
  }

  @Test
  void aPossessiveIsCutFromTheWordAsItsStringWouldBe() {
    assertTokens("The IMF's view", "The", "IMF", "view");
    assertTrue((flagsOf("The IMF's view")[1] & Tokens.POSSESSIVE) != 0);
    assertTokens("Jones\u2019s team and the Soviets' plan", "Jones", "team", "and", "the", "Soviets", "plan");
    assertTokens("A's B's ab's", "A", "B", "ab");
    assertTokens("hasn't O'Neill's", "hasn't", "O'Neill");
    assertTokens("U.S.'s trade", "US", "s", "trade"); // a dotted word's "'s" is read as before: its own token
    assertTokens("'s x's", "s", "x");
    int[] flags = flagsOf("Jones\u2019s the Soviets' plan hasn't x's");
    assertTrue((flags[0] & Tokens.POSSESSIVE) != 0, "Jones’s");
    assertTrue((flags[2] & Tokens.POSSESSIVE) != 0, "Soviets'");
    assertFalse((flags[3] & Tokens.POSSESSIVE) != 0, "plan");
    assertFalse((flags[4] & Tokens.POSSESSIVE) != 0, "hasn't");
    assertTrue((flags[5] & Tokens.POSSESSIVE) != 0, "x's");
    assertEquals(Tokens.PLAIN_LOWER, flagsOf("a plan")[1] & Tokens.PLAIN_LOWER);
    assertEquals(0, flagsOf("a caf\u00e9")[1] & Tokens.PLAIN_LOWER, "a letter outside ASCII is no plain lower case");
    assertEquals(0, flagsOf("a Plan")[1] & Tokens.PLAIN_LOWER);
  }

  private static void assertTokens(String text, String... expected) {
    Tokens t = new Tokens();
    new Tokenizer().tokenize(text, t, false, 0);
    assertEquals(java.util.List.of(expected), java.util.Arrays.asList(t.text).subList(0, t.size), text);
  }

  private static int[] flagsOf(String text) {
    Tokens t = new Tokens();
    new Tokenizer().tokenize(text, t, false, 0);
    return java.util.Arrays.copyOf(t.flags, t.size);
  }
}
