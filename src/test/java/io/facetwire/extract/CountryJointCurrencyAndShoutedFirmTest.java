package io.facetwire.extract;

import static io.facetwire.extract.Extracted.countries;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 39, from the opened test36 part, without a server. A price in two states' joint currency names neither state
 * ("201.66 Malaysian/Singapore cents", the rubber pact's), and a shouted headline that writes a firm's name with its
 * short name in brackets, or without the body's "of", names the firm, not the country ("GENERAL MOTORS (GM) CANADA"
 * for "General Motors of Canada Ltd"). Passages written for this test; each row but the last, the control, named a wrong one on
 * session 38's end jar.
 */
class CountryJointCurrencyAndShoutedFirmTest {

  @ParameterizedTest(name = "{0} | {1}")
  @CsvSource(delimiter = '|', textBlock = """
      RUBBER PACT TALKS RESUME            | The reference price stays at 201.66 Malaysian/Singapore cents a kilo, Manaspas Xuto of Thailand said.                | Thailand
      RUBBER PRICE STEADY                 | The indicator price was around 192 Malaysian/Singapore cents, traders in Kuala Lumpur said.                           | ''
      GENERAL MOTORS (GM) CANADA TO CLOSE PLANT | MONTREAL, June 1 - General Motors of Canada Ltd said it will close its Montreal truck centre in August.            | ''
      ROYAL BANK/CANADA RAISES BASE RATE  | MONTREAL, April 1 - Royal Bank of Canada said it is raising its base lending rate by 1/4 pct.                          | ''
      MALAYSIA AND SINGAPORE SET PRICE    | Malaysia and Singapore agreed the price in the joint currency.                                                          | Malaysia; Singapore
      """)
  void aJointCurrencyOrAShoutedFirmNamesNoState(String title, String body, String expected) {
    assertEquals(expected, countries(title, body));
  }
}
