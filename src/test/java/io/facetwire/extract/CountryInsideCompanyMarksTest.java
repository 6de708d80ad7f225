package io.facetwire.extract;

import static io.facetwire.extract.Extracted.countries;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 30, without a server: a country word inside the wire's angle-bracketed company name, after its first
 * word, is part of the firm's name ("&lt;Saudi British Bank&gt;", "&lt;European Sugar (France)&gt;"), as its first
 * word already was ("&lt;British and Commonwealth Holdings PLC&gt;"); after a comma in the mark the wire gives the
 * firm's place, which names the country. Passages written for this test from the opened parts' errors (test23 #441,
 * test27 #10768); every row of the first table gave a country on the session's start jar (main at a077ec7b); the
 * second table's rows gave what they expect there and must stay so.
 */
class CountryInsideCompanyMarksTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Amylum was studying a public offering of shares in its unit <European Sugar (France)> to fund the takeover.
      Riyadh banks such as <Saudi British Bank> and <Saudi American Bank> cut their provisions, the bankers said.
      Its unit <Equitable Life Assurance Society of the United States> named a new chief executive for the division.
      """)
  void aCountryWordInsideAFirmsMarkIsNoCountry(String body) {
    assertEquals("", countries(body));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The notes are led by <Morgan Guaranty Ltd, Hong Kong> and will be listed next week. | Hong Kong
      The Japanese bank lent <Burnham Leasing> 40 mln dlrs to buy aircraft.              | Japan
      The price is 2 < 3 in France, the agency said, and the firm agreed.              | France
      """)
  void aFirmsPlaceAndTextOutsideAMarkStillCount(String body, String expected) {
    assertEquals(expected, countries(body));
  }
}
