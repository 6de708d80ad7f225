package io.facetwire.extract;

import static io.facetwire.extract.Extracted.countries;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 48, from test45 once opened, without a server: a unit of measure named with its state ("110 sucres a U.S.
 * gallon") names no country, as a currency does not; it joins the gazetteer's phrases that name no state, beside "Dutch
 * auction" and "Spanish flu" (kept here as guards). The state acting, or its people, still count. Passages written for
 * this test; the first row named the United States on session 47's end jar.
 */
class CountryTest45FormsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The price of petrol rises to 110 sucres a U.S. gallon.                                   | ''
      The dividend will be reset every 49 days in a Dutch auction process.                     | ''
      Historians compared the outbreak with the Spanish flu of 1918.                           | ''
      The contract size will be 42,000 U.S. gallons, the U.S. Energy Department said.          | United States
      Dutch officials said the auction of licences would be held in May.                       | Netherlands
      """)
  void readAsTheArticleMeansIt(String body, String expected) {
    assertEquals(expected, countries(body));
  }
}
