package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 18, without a server: the ending of a Russian or Ukrainian name ("y", "iy", "yy", "ii") folds only in words
 * of five letters or more ({@link Transliterations}). The rows of the second table met on the start-of-session jar
 * (8b78aca), which folded four-letter words too ("Tony" = "Toni").
 */
class TransliterationsTest {

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', textBlock = """
      dmitry medvedev     | dmitri medvedev
      volodymyr zelenskyy | volodymyr zelensky
      zelenskiy           | zelensky
      sergey lavrov       | sergei lavrov
      terry               | terri
      vitalii klitschko   | vitaliy klitschko
      """)
  void oneNameUnderItsTransliterations(String a, String b) {
    assertEquals(Transliterations.foldEndings(a), Transliterations.foldEndings(b));
  }

  @ParameterizedTest(name = "{0} != {1}")
  @CsvSource(delimiter = '|', textBlock = """
      tony blair          | toni blair
      andy murray         | andi murray
      rudy giuliani       | rudi giuliani
      lee hsien loong     | li hsien loong
      ky                  | kyi
      lee                 | li
      """)
  void shortNamesStayApart(String a, String b) {
    assertNotEquals(Transliterations.foldEndings(a), Transliterations.foldEndings(b));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      dmitry medvedev    | dmitri medvedev
      tony blair         | tony blair
      'zelenskyy, kyiv'  | 'zelenski, kyiv'
      o'reilly           | o'reilli
      ''                 | ''
      """)
  void foldedText(String text, String expected) {
    assertEquals(expected, Transliterations.foldEndings(text));
  }
}
