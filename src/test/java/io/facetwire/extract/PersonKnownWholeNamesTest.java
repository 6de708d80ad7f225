package io.facetwire.extract;

import static io.facetwire.extract.Extracted.persons;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 22, without a server: a well-known person whose surname is also a compass word ("Oliver North", in
 * known-persons.txt) is a person when named whole, read from the opened parts' missed persons (test3, test5, test8,
 * test13, test16: the Iran-Contra hearings); the compass word alone stays no name. Passages written for this test;
 * the first table's rows gave no person on the session's start jar (ee8876bc).
 */
class PersonKnownWholeNamesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The committee could grant immunity to Oliver North, who was fired from the National Security Council. | Oliver North
      Lawyers for Oliver North said he would not testify.                                                    | Oliver North
      """)
  void aKnownWholeNameWithACompassSurnameIsAPerson(String body, String expected) {
    assertEquals(expected, persons(body));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Heavy snow fell across the North on Tuesday.
      Oliver travelled North to see the lakes.
      """)
  void theCompassWordAloneIsNoName(String body) {
    assertEquals("", persons(body));
  }
}
