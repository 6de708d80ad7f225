package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.facetwire.facet.Facet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 22, without a server, read from the opened parts' missed persons: a Spanish name's first surname may be a
 * word of a longer place's name ("Victor Paz Estenssoro": La Paz) and is then a surname between a given name and a
 * second surname; a car model named so is a thing ("Lincoln Town Car"). And a capital glued after a compass word is
 * another place ("of North Kingstown said": Rhode Island, not St Vincent's capital speaking). Passages written for
 * this test; the first rows gave no person, and the last a country, on the session's start jar (ee8876bc).
 */
class PersonSpanishNamesTest {

  private static final FacetExtractor FX = FacetExtractor.loadDefault();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Bolivian president Victor Paz Estenssoro will propose a summit of Andean states. | Victor Paz Estenssoro
      The dealer sold a Lincoln Town Car to the mayor's office last week.           |
      """)
  void persons(String body, String expected) {
    assertEquals(expected == null ? "" : expected, String.join("; ", FX.extract(null, body).values(Facet.PERSON)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Investor Paul Smith of North Kingstown said he is offering to buy the shares.
      """)
  void aCapitalAfterACompassWordIsAnotherPlace(String body) {
    assertEquals("", String.join("; ", FX.extract(null, body).values(Facet.COUNTRY)));
  }
}
