package io.facetwire.extract;

import static io.facetwire.extract.Extracted.persons;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 50, from test47 once it was scored and opened, without a server: "chief executive", a role in two words,
 * is a title before a surname's dotted initials as it is before a given name; a body's name in the plural ("a
 * spokesman for the Assay Offices") is a body, not a person. Passages written for this test; the first three rows
 * gave another answer on session 49's end jar; the last two are guards.
 */
class PersonTest47FormsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The firm said former chief executive D.E. Gillespie resigned for family reasons.   | D.E. Gillespie
      A spokesman for the Assay Offices of Great Britain said he was encouraged.         | ''
      Its chief executive J.R. Smith said sales rose.                                     | J.R. Smith
      The firm said chairman D.E. Gillespie resigned for family reasons.                 | D.E. Gillespie
      Shares of U.S. Steel rose after the chief executive spoke.                          | ''
      """)
  void readAsTheArticleMeansIt(String body, String expected) {
    assertEquals(expected, persons(body));
  }
}
