package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The tokenizer's fast paths (a word's lower case made from its ASCII chars, the possessive read from the chars
 * before the word's string is cut) give what the general path gives: {@code String.toLowerCase(Locale.ROOT)}
 * of the token, the same token text and the same possessive flag (no server).
 */
class TokenizerFastPathTest {

  private static final String[] WORDS = {"Reuters", "REUTERS", "reuters", "U", "I", "3M", "1,234", "X11", "McDONALD",
      "Élysée", "ÉLYSÉE", "İstanbul", "ISTANBUL", "ıs", "DIŞ", "Straße", "STRASSE", "ǅungla", "ǄUNGLA", "Ǆ", "Œuvre",
      "ÀÉÎÕÜ", "Ÿ", "µ", "Σίσυφος", "ΣΟΣ", "Москва", "O'Neill", "O\u2019Neill", "Don't", "DON'T", "Kelvin\u212A",
      "a\uD835\uDC00b", "Åland", "ÆON", "Þór", "Ðe"};

  @Test
  void theAsciiLowerCaseIsTheGeneralOne() {
    byte[] buffer = new byte[64];
    for (String w : WORDS) {
      char[] chars = w.toCharArray();
      String fast = Tokenizer.asciiLowerCase(chars, 0, chars.length, buffer);
      if (w.chars().allMatch(c -> c < 0x80)) {
        assertEquals(w.toLowerCase(Locale.ROOT), fast, w);
      } else {
        assertNull(fast, w + " is not ASCII: the general path lower-cases it");
      }
    }
  }

  @Test
  void everyTokenIsCutAndLowerCasedAsBefore() {
    for (String w : WORDS) {
      for (String text : List.of(w, "The " + w + " said", w + "'s plan", w + "\u2019s", "the " + w + "s' plan",
          "(" + w + ")", w + "-" + w, "\"" + w + ",\" he")) {
        Tokens t = new Tokens();
        new Tokenizer().tokenize(text, t, false, 0);
        List<String> expected = expectedTexts(text);
        List<String> got = new ArrayList<>();
        for (int i = 0; i < t.size; i++) {
          got.add(t.text[i]);
          assertEquals(t.text[i].toLowerCase(Locale.ROOT), t.lower[i], text);
          if (t.text[i].equals(t.lower[i]) && t.text[i].chars().allMatch(c -> c < 0x80)) {
            assertSame(t.text[i], t.lower[i], "a word in lower case is its own lower case: " + text);
          }
        }
        assertEquals(expected, got, text);
      }
    }
  }

  @Test
  void possessivesAreFlaggedAndCut() {
    Tokens t = new Tokens();
    new Tokenizer().tokenize("Reuters's REUTERS\u2019s plan, the Soviets' plan and Don't O'Neill's", t, false, 0);
    List<String> texts = new ArrayList<>();
    List<Boolean> possessive = new ArrayList<>();
    for (int i = 0; i < t.size; i++) {
      texts.add(t.text[i]);
      possessive.add(t.has(i, Tokens.POSSESSIVE));
    }
    assertEquals(List.of("Reuters", "REUTERS", "plan", "the", "Soviets", "plan", "and", "Don't", "O'Neill"), texts);
    assertEquals(List.of(true, true, false, false, true, false, false, false, true), possessive);
    assertEquals(List.of("reuters", "reuters"), List.of(t.lower[0], t.lower[1]));
  }

  /**
   * The token texts by the rules written out plainly: runs of letters and digits with inner apostrophes (one
   * before a letter), a trailing "'s" cut off, a trailing apostrophe after an s dropped; none of the cases has dots.
   */
  private static List<String> expectedTexts(String text) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      if (!Character.isLetterOrDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || (text.charAt(i) == '\'' || text.charAt(i) == '\u2019')
          && i + 1 < n && Character.isLetter(text.charAt(i + 1)))) {
        i++;
      }
      String word = text.substring(start, i);
      if (word.length() > 2 && (word.endsWith("'s") || word.endsWith("\u2019s"))) {
        word = word.substring(0, word.length() - 2);
      }
      out.add(word);
    }
    return out;
  }
}
