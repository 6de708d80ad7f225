package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.facetwire.facet.Facet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 25, from the opened parts' missed countries, without a server: a country word before a part of its land or
 * sea ("the U.S. East Coast", "the U.K. North Sea") names the country, not a firm, and the trade terms of a grain
 * report ("FOB U.S. Gulf") open no name. A firm named for the country still names none. Passages written for this
 * test; the first three rows gave no country before the change.
 */
class CountryCoastsAndTradeTermsTest {

  private static final FacetExtractor FX = FacetExtractor.loadDefault();

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      GASOLINE MARKETING EXPANDED | The company is expanding marketing of its gasoline along the U.S. East Coast.  | United States
      FOB U.S. GULF CORN FIRMER   | FOB U.S. Gulf corn values were slightly firmer as export interest continued.  | United States
      OIL FIELD SOLD              | Phillips sold its interests in the T-Block in the U.K. North Sea last year.     | United Kingdom
      STEEL PRICES RAISED         | U.S. Steel Corp said it will raise prices of sheet steel by three pct.         |
      """)
  void aCoastOrAGulfNamesTheCountry(String title, String body, String expected) {
    assertEquals(expected == null ? "" : expected, String.join("; ", FX.extract(title, body).values(Facet.COUNTRY)));
  }
}
