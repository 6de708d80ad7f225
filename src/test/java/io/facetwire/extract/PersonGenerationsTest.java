package io.facetwire.extract;

import static io.facetwire.extract.Extracted.persons;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 37, from the opened test34 (Chrysler's plants "closed ... for the Good Friday and Martin Luther King Jr.
 * holidays" gave the person "Jr"): an office word before a generation is a surname ("King Jr.", as "Stephen King" at a
 * run's end), and a holiday named after a person names nobody (LABELLING.md: events named after people). Without a
 * server; passages written for this test, each row's first reading gave "Jr", "Jr Day" or "Martin Luther King" on
 * session 36's end jar.
 */
class PersonGenerationsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The plants will be closed for the Good Friday and Martin Luther King Jr. holidays.   | ''
      Offices are shut on Monday for Martin Luther King Jr. Day.                            | ''
      Schools close for the Martin Luther King holiday on Monday.                           | ''
      The speech Martin Luther King Jr. gave in 1963 is still taught.                       | Martin Luther King Jr
      """)
  void aGenerationEndsTheNameAfterAnOfficeWord(String body, String expected) {
    assertEquals(expected, persons(body));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Actress Doris Day was born in Cincinnati.                 | Doris Day
      Cyrus R. Vance Jr. said the office would appeal.          | Cyrus R. Vance Jr
      King Charles opened the session.                          | Charles
      """)
  void otherNamesAsBefore(String body, String expected) {
    assertEquals(expected, persons(body));
  }
}
