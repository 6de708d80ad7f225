package io.facetwire.extract;

import static io.facetwire.extract.Extracted.countries;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 22, without a server, read from the opened parts' missed United States: "U.S." before a firm says where the
 * firm is from (LABELLING.md: a company's stated home) when the wire's capitalised noun follows it ("a U.S. Company,",
 * "the U.S. Firm Amoco Corp") or when the article names the firm without it elsewhere ("The U.S. Amoco Petroleum Co
 * ... Amoco said"); a firm whose name the country word opens stays a name ("British Airways", "Swedish Match").
 * Passages written for this test; the first table's rows gave no country on the session's start jar (ee8876bc).
 */
class CountryFirmHomesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The mine, started in 1896 by a U.S. Company, is one of six untapped mines in the area.        | United States
      The U.S. Amoco Petroleum Co said it found oil offshore. Amoco said the well flowed freely.    | United States
      The U.S. Caterpillar Tractor Co won an injunction. Caterpillar said the plant would close.    | United States
      """)
  void aFirmsHomeCounts(String body, String expected) {
    assertEquals(expected, countries(body));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      British Airways said fares would rise in the summer.
      Swedish Match Co said sales rose. Match shares gained two pct.
      """)
  void aFirmsNameStaysAName(String body) {
    assertEquals("", countries(body));
  }
}
