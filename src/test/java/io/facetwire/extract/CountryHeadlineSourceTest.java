package io.facetwire.extract;

import static io.facetwire.extract.Extracted.countries;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 32, without a server, from test29 once opened: the wire names the organ that issued a report after a dash at
 * the end of the headline ("PEORIA HOGS UP 1.00 DLR - USDA"). That organ acts (its report is the story), so it names
 * its state, as every labelled USDA market report in seven parts says. An organ that ends the headline as the object
 * of its words ("... AHEAD OF USDA") signs nothing. Passages written for this test; the first table's rows gave no country on the
 * session's start (5febfc6a).
 */
class CountryHeadlineSourceTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      PEORIA HOGS UP 1.00/1.50 DLR - USDA          | Peoria, April 8 - Hogs were up 1.00 to 1.50 dlrs on receipts of 2,000.
      EASTERN DISTRIBUTIVE BEEF TRADE WEEKLY - USDA | North Brunswick, NJ, Apr 9 - Demand good for moderate supplies of most beef cuts.
      KANSAS CITY DAILY FEED PRICES (USDA)          | Bids for feed delivered in Kansas City were steady to higher.
      """)
  void anOrganThatSignsTheHeadlineNamesItsState(String title, String body) {
    assertEquals("United States", countries(title, body));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      HOGS STEADY AHEAD OF USDA                     | Peoria, April 8 - Hogs were steady on receipts of 2,000.
      GRAIN TRADERS WAIT FOR USDA                   | Chicago, April 8 - Traders waited for the figures.
      CORN FUTURES FIRM IN CHICAGO - TRADERS        | Chicago, April 8 - Corn futures were firm.
      """)
  void anOrganEndingTheHeadlineWithoutADashOrAnotherSignatureNamesNoState(String title, String body) {
    assertEquals("", countries(title, body));
  }
}
