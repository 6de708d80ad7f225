package io.facetwire.extract;

import static io.facetwire.extract.Extracted.persons;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 23, without a server, read from the opened parts' wrong persons: bands and well-known characters written
 * like a person's name (not-persons.txt: LABELLING.md counts neither) and a firm named by its founder and its trade
 * ("White Engine", "Lucas Aerospace") are no persons, while the real people beside them stay. Passages written for
 * this test; each band and character row gave a wrong person on the session's start jar (2d29cc33); the firm row
 * guards "White Engine", which became a person when "White House" turned an organ (its words then no place words).
 */
class PersonBandsCharactersAndTradeFirmsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Veteran rockers Judas Priest and Black Sabbath will headline the festival.          |
      Duran Duran won the lifetime award at the ceremony in London.                        |
      Julie Andrews won an Oscar for Mary Poppins in 1965.                                  | Julie Andrews
      Symbologist Robert Langdon is again at the heart of the thriller.                     |
      White Engine, a diesel maker, was sold. White Engine said the buyer is Donald Stewart. | Donald Stewart
      """)
  void noPersonButTheRealOnes(String body, String expected) {
    assertEquals(expected == null ? "" : expected, persons(body));
  }
}
