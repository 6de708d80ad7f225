package io.facetwire.extract;

import static io.facetwire.extract.Extracted.persons;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 41, without a server: Japanese given names the other lists lack (first-names-japanese.txt) open a person's
 * name with no title or speech verb before it (test38 once opened: "Keiichi Udagawa of Bank of Tokyo", "Susumu
 * Taketomi of Industrial Bank of Japan" were missed on session 40's end jar). Passages written for this test; the last
 * rows guard Japanese firms' names, which no given name opens.
 */
class PersonJapaneseNamesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      Keiichi Udagawa of Bank of Tokyo in New York expects the dollar to steady.                          | Keiichi Udagawa
      Senior economists, including Susumu Taketomi of Industrial Bank of Japan, expect a rise.             | Susumu Taketomi
      The novelist Kenzaburo Oe won the prize in 1994, and Hideo Kojima designed the game.                 | Hideo Kojima; Kenzaburo Oe
      Toyota Shoji Co collected deposits from 30,000 clients before it went bankrupt.                      | ""
      Nissho Iwai Corp and Mitsui and Co lead the bond issue.                                              | ""
      """)
  void aJapaneseGivenNameOpensAPersonsName(String body, String expected) {
    assertEquals(expected, persons(body));
  }
}
