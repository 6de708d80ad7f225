package io.facetwire.extract;

import static io.facetwire.extract.Extracted.countries;
import static io.facetwire.extract.Extracted.persons;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 44, without a server: a given name that is also a place's word opens a person's name with no speech verb or
 * title after it ("Paulo Coelho signed"), while the place's own phrase stays the place. Passages written for this test;
 * each row of the first table named no person on session 43's end jar.
 */
class PersonPlaceGivenNamesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      On Friday Paulo Coelho signed books in Lisbon.          | Paulo Coelho
      Chad Le Clos won the 200 metres butterfly.               | Chad Le Clos
      """)
  void aGivenNameThatIsAPlaceWordOpensAName(String body, String expected) {
    assertEquals(expected, persons(body));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Coffee exporters in Sao Paulo said shipments rose in March.              | ''
      Brazil's largest city, Sao Paulo, said the new metro line opens in May.  | Brazil
      """)
  void thePlacesOwnPhraseStaysThePlace(String body, String country) {
    assertEquals(country, countries(body));
    assertEquals("", persons(body));
  }
}
