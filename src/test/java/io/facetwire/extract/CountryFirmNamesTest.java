package io.facetwire.extract;

import static io.facetwire.extract.Extracted.countries;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 35, without a server, from test32 once opened: a firm named with a country word or a capital is no country
 * (LABELLING.md: a country word inside the name of something that is not an organ of the state), and a federal organ
 * that awards a contract acts (LABELLING.md, test18 #16660). Passages written for this test; the rows that end in a
 * state guard the readings that must stay.
 */
class CountryFirmNamesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      GREAT AMERICAN BANCORP <GRTB> 4TH QTR NET         | CENTURY CITY, Calif., March 13 - Shr profit seven cts vs loss 24 cts. Net profit 151,000. | ""
      AMERICAN PHYSICIANS SERVICE <AMPH> 4TH NET        | AUSTIN, Texas, March 3 - Shr loss four cts vs profit eight cts. | ""
      IRISH OIL CONCERN BOOSTS CENERGY <CRG> STAKE      | WASHINGTON, March 5 - An Irish oil company raised its stake in Cenergy Corp to 9.9 pct. | Ireland
      U.K. FIRM UPS ITALY FUND <ITA> STAKE TO 12 PCT    | WASHINGTON, March 5 - A British investment firm raised its stake in the Italy Fund Inc to 12 pct. | United Kingdom
      PANCHO'S MEXICAN BUFFET INC <PAMX.O> 4TH QTR NET  | FORT WORTH, Texas, March 3 - Shr 12 cts vs 10 cts. | ""
      """)
  void aShoutedHeadlineNamesItsFirmBeforeTheTicker(String title, String body, String expected) {
    assertEquals(expected, countries(title, body));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      CSR SELLING DELHI TO EXXON UNIT, DROPS DELHI FLOAT | CSR has agreed to sell its <Delhi Australia Fund> to Esso. CSR will share in returns from Delhi's interests in the next two years. Kelman said the sale of Delhi would enable CSR to focus efforts. | ""
      CSR SELLING DELHI TO EXXON UNIT, DROPS DELHI FLOAT | CSR has agreed to sell its <Delhi Australia Fund> to Esso. The Indian government said it would buy more coal. | India
      """)
  void aCapitalThatOpensAFirmsNameIsTheFirm(String title, String body, String expected) {
    assertEquals(expected, countries(title, body));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      Vanguard Technologies said it was awarded a 2.2 mln dlr contract from the Office of the Secretary of Defense to provide services. | United States
      Mobil Oil Corp has received a 107.2 mln dlr contract for jet fuel, the Defense Logistics Agency said.                              | United States
      He was a former official of the Office of the Secretary of Defense, the company said.                                           | ""
      """)
  void anOrganThatAwardsAContractActs(String body, String expected) {
    assertEquals(expected, countries(body));
  }
}
