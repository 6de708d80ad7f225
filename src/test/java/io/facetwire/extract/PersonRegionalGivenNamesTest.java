package io.facetwire.extract;

import static io.facetwire.extract.Extracted.persons;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 42, no server: given names of South Asia and of West, East and southern Africa that no list held
 * (first-names-regional.txt, built by src/tools/names/regional_given_names.py) open a person's name with no other cue,
 * as the modern development halves' "Rakesh Sharma's flight" and "headed by Hafsat Abubakar Bakari" needed. Passages
 * written for this test; the last row guards a firm named for a place.
 */
class PersonRegionalGivenNamesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      The mission follows Rakesh Sharma's flight on a Soviet Soyuz in 1984.                      | Rakesh Sharma
      The unit, headed by Hafsat Abubakar Bakari, coordinated the country's response.           | Hafsat Abubakar Bakari
      The league was founded in Soweto by Sipho Dlamini and two friends.                         | Sipho Dlamini
      Olympic champion Kenenisa Bekele led the race from the start.                              | Kenenisa Bekele
      The report was written for Wanjiru Kamau of the Nairobi office.                            | Wanjiru Kamau
      Shares of Lagos Cement rose after the results.                                              | ""
      """)
  void aRegionalGivenNameOpensTheName(String body, String expected) {
    assertEquals(expected, persons(body));
  }
}
