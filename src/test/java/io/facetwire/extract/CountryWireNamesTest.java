package io.facetwire.extract;

import static io.facetwire.extract.Extracted.countries;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 33, without a server, from test30 once opened: country words the 1987 wire writes inside firms' names and
 * amounts, and the Treasury of a story filed from Washington (LABELLING.md: a country word inside the name of something
 * that is not an organ of the state does not count; a currency names no country; a state's central organ acting does).
 * Passages written for this test; every row of the first two tables failed on the session's start (38ce311e).
 */
class CountryWireNamesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The venture between American Telephone and Telegraph Co of the U.S. And N.V. Philips said it won an order. | United States
      Participants were mainly U.S. And U.K. Banks which showed a willingness to quote prices. | United Kingdom; United States
      WASHINGTON, Oct 19 - Treasury balances at the Federal Reserve rose, the Treasury said. | United States
      WASHINGTON, April 1 - Treasury Secretary James Baker said he hopes the rise is temporary. | United States
      The company said its BCE Development Properties Inc U.S. unit agreed to build a store. | United States
      """)
  void theStateIsNamed(String body, String expected) {
    assertEquals(expected, countries(body));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The filing covers an offering of U.S 100 mln dlrs of debentures due 2007.
      The agency announced an offering of Australian 100 mln dlrs in two-year notes.
      The syndicate includes Barclays Bank Plc and Canadian Imperial Bank of Commerce.
      Bank of Ireland said it had mandated Barclays to arrange the facility.
      Exxon Co U.S.A. said it is extending marketing of its mid-grade unleaded gasoline.
      """)
  void aFirmsNameOrACurrencyNamesNoState(String body) {
    assertEquals("", countries(body));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The World Bank said it has loaned Portugal 50 mln dlrs for its highways.  | Portugal
      The Swiss National Bank bought dollars, a bank spokesman said.            | Switzerland
      The Bank of Japan said it would keep its discount rate.                   | Japan
      LONDON, March 3 - The Treasury said public borrowing fell in February.    | ''
      The Japan Development Bank will lend the money.                           | Japan
      """)
  void aStateOrItsOrganStillCounts(String body, String expected) {
    assertEquals(expected, countries(body));
  }
}
