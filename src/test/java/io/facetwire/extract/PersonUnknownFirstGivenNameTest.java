package io.facetwire.extract;

import static io.facetwire.extract.Extracted.persons;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 39, from news37's development half, without a server: a first given name no list has, before a second one a
 * list has, is the person's after a word that introduces a person ("headed by Hafsat Abubakar Bakari" was "Abubakar
 * Bakari" on session 38's end jar); elsewhere the words before the first known given name stay out of the name (an
 * office, a place, a plural of a title).
 */
class PersonUnknownFirstGivenNameTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The Nigerian Financial Intelligence Unit, headed by Hafsat Abubakar Bakari, coordinated the response.      | Hafsat Abubakar Bakari
      "We are out of the grey list," said Hafsat Abubakar Bakari, the unit's director.                           | Hafsat Abubakar Bakari
      The bill is backed by Senator Bernie Sanders of Vermont and two others.                                    | Bernie Sanders
      The ruling was joined by Justices William Brennan and Lewis Powell.                                        | Lewis Powell; William Brennan
      The change was welcomed by the White House chief of Staff Howard Baker on Friday.                          | Howard Baker
      """)
  void aGivenNameWeDoNotKnowOpensTheNameOnlyAfterAnIntroducer(String body, String expected) {
    assertEquals(expected, persons(body));
  }
}
