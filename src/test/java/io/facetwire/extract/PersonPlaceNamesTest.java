package io.facetwire.extract;

import static io.facetwire.extract.Extracted.persons;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 21, without a server: a city or region the gazetteer lists, named as a whole, is no person ("Rio de Janeiro
 * said", "Minas Gerais state", "Ouadi Doum"), read from the opened parts' wrong persons (test10 to test18); a person
 * whose given name is also a city's first word stays one. Passages written for this test; every row of the first
 * table gave a person on the session's start jar (27c3ea60).
 */
class PersonPlaceNamesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Port officials in Rio de Janeiro said loading would resume on Monday.
      Coffee growers in Minas Gerais said the frost had spared most trees.
      Libyan troops abandoned Ouadi Doum after the battle, Chadian officials said.
      Bandar Abbas port officials said the tanker was hit.
      Milton Keynes council said the plan was approved.
      The studio moved its offices to Beverly Hills last year.
      """)
  void aPlaceNamedWholeIsNoPerson(String body) {
    assertEquals("", persons(body));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Rio Ferdinand said he was fit to play on Saturday.        | Rio Ferdinand
      Tamil writer Nadu Krishnan said the prize surprised him.   | Nadu Krishnan
      """)
  void aPersonStaysOne(String body, String expected) {
    assertEquals(expected, persons(body));
  }
}
