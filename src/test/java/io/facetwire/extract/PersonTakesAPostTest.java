package io.facetwire.extract;

import static io.facetwire.extract.Extracted.persons;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 39, from news36's development half, without a server: a name with no given name we know is a person's when
 * the sentence gives the post it takes ("Kipchumba Murkomen returns as sports minister"; no person on session 38's end
 * jar), but not where "as" opens something else ("the Shanghai Composite index ended flat as traders awaited ...").
 */
class PersonTakesAPostTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      In the new cabinet Kipchumba Murkomen returns as sports minister.                                  | Kipchumba Murkomen
      After the reshuffle Kithure Kindiki has been renominated as interior minister, the statement said.  | Kithure Kindiki
      The Shanghai Composite index ended flat as traders awaited details of the stimulus.                 | ''
      Beyond that Toshiba Libretto stands there as the front runner for portable computing.                 | ''
      """)
  void aPostTakenMakesAPerson(String body, String expected) {
    assertEquals(expected, persons(body));
  }
}
