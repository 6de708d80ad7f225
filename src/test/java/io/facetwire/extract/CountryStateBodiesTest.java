package io.facetwire.extract;

import static io.facetwire.extract.Extracted.countries;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 31, without a server, from test28 once opened: a state's own body named with its country's word counts
 * (LABELLING.md: "state bodies with their country word count (the Brazilian Coffee Institute, the Indian State Trading
 * Corporation ...)"), though its firm-like words made it read as a firm's name. A private body of the same trade is
 * still a name. Passages written for this test; every row of the first table gave no country on the session's start
 * (2d63eb4d), and the second table's rows gave none and must stay so.
 */
class CountryStateBodiesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The Brazilian Coffee Institute, IBC, gave details of its plans to pay creditors.      | Brazil
      The securities are backed by Canada Mortgage and Housing Corp.                         | Canada
      The Indian State Trading Corporation bought 20,000 tonnes of sugar.                   | India
      The company signed a 34 mln dlr deal with the United States Postal Service.            | United States
      """)
  void aStatesOwnBodyWithItsWordNamesTheState(String body, String expected) {
    assertEquals(expected, countries(body));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The Brazilian Coffee Exporters Association said shipments were slow.
      The American Petroleum Institute said crude stocks fell last week.
      """)
  void aPrivateBodyStaysAName(String body) {
    assertEquals("", countries(body));
  }
}
