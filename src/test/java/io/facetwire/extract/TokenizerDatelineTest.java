package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The dateline's date check without a regular expression gives the answers the {@code \s+} split gave,
 * on the shapes datelines have and on random strings of the characters that matter (ASCII and Unicode
 * white space, dots, digits, month names).
 */
class TokenizerDatelineTest {

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
      "sept", "oct", "nov", "dec", "january", "february", "march", "april", "june", "july", "august", "september",
      "october", "november", "december");

  /** What Tokenizer did before: String split by \s+. */
  private static boolean withRegex(String s) {
    String[] parts = WHITESPACE.split(s.strip());
    return parts.length == 2 && MONTHS.contains(parts[0].replace(".", "").toLowerCase(Locale.ROOT))
        && parts[1].chars().allMatch(Character::isDigit) && parts[1].length() <= 2;
  }

  @Test
  void datelineShapes() {
    for (String s : List.of(" March 3", " Feb 26", "Sept. 4 ", " MARCH\t12", " March 123", " March", "", " ",
        " March 3 1987", " Marc 3", " March 3a", "\u2003March 3\u2003", " March\u20033", " Dec\u000B\f31")) {
      assertEquals(withRegex(s), Tokenizer.looksLikeDate(s), "'" + s + "'");
    }
    assertTrue(Tokenizer.looksLikeDate(" March 3"));
    assertFalse(Tokenizer.looksLikeDate(" March 3 1987"));
  }

  @Test
  void randomStringsGetTheSameAnswer() {
    String[] pieces = {" ", "  ", "\t", "\n", "\u000B", "\f", "\r", "\u2003", "\u00A0", ".", "3", "26", "123", "٣",
        "March", "feb", "Sept.", "x", "DEC", "may"};
    Random random = new Random(15);
    int agreedTrue = 0;
    for (int i = 0; i < 50_000; i++) {
      StringBuilder s = new StringBuilder();
      for (int k = random.nextInt(6); k >= 0; k--) {
        s.append(pieces[random.nextInt(pieces.length)]);
      }
      boolean expected = withRegex(s.toString());
      assertEquals(expected, Tokenizer.looksLikeDate(s.toString()), "'" + s + "'");
      agreedTrue += expected ? 1 : 0;
    }
    assertTrue(agreedTrue > 100, "the random strings include dates: " + agreedTrue);
  }
}
