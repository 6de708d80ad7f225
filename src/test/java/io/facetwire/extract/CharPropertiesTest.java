package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The tokenizer's one table of character properties answers, for every UTF-16 char, what the tests it
 * replaced answered (written out here as they were: ASCII ranges first, the JDK's Unicode tables beyond),
 * so the tokens, and every facet made from them, stay the same.
 */
class CharPropertiesTest {

  @Test
  void everyCharHasThePropertiesTheEarlierTestsGaveIt() {
    byte[] table = Tokenizer.charProperties();
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char d = (char) c;
      int p = table[c];
      boolean word = c < 128 ? (d >= 'a' && d <= 'z') || (d >= 'A' && d <= 'Z') || (d >= '0' && d <= '9')
          : Character.isLetterOrDigit(d);
      assertEquals(word, (p & Tokenizer.WORD) != 0, "word " + c);
      assertEquals(Character.isLetterOrDigit(d), (p & Tokenizer.WORD) != 0, "letter or digit " + c);
      if (word) {
        boolean digit = d >= '0' && d <= '9' || d >= 128 && Character.isDigit(d);
        boolean clearsUpperOnly = !digit && (d >= 'a' && d <= 'z' || d >= 128 && !Character.isUpperCase(d));
        boolean clearsLowerOnly = d >= 'A' && d <= 'Z' || d >= 128;
        assertEquals(digit, (p & Tokenizer.DIGIT) != 0, "digit " + c);
        assertEquals(clearsUpperOnly, (p & Tokenizer.NOT_UPPER) != 0, "not upper " + c);
        assertEquals(clearsLowerOnly, (p & Tokenizer.NOT_LOWER) != 0, "not lower " + c);
      } else {
        assertEquals(0, p & (Tokenizer.DIGIT | Tokenizer.NOT_UPPER | Tokenizer.NOT_LOWER), "no word " + c);
      }
      assertEquals(Character.isLetter(d), (p & Tokenizer.LETTER) != 0, "letter " + c);
      assertEquals(Character.isUpperCase(d), (p & Tokenizer.UPPER) != 0, "upper " + c);
      assertEquals(Character.isWhitespace(d), (p & Tokenizer.SPACE) != 0, "space " + c);
    }
  }
}
