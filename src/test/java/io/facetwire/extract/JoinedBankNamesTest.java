package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 14, without a server: banks whose name joins two known names ("Credit Suisse" and "First Boston") or starts
 * with a word of people ("Bankers") are names of their own in the list; the run reader split them into two values or
 * kept only "Trust". The first table's rows failed before (checked with the start-of-session jar, 3c1b534); a known name's longer
 * name is read over it only when it starts where the known name starts (`OrganisationExtractor.matchKnown`).
 */
class JoinedBankNamesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Analysts at Credit Suisse First Boston said the bank would gain.  | Credit Suisse First Boston
      The loan was arranged by Bankers Trust Co and others.             | Bankers Trust
      The offer will be managed by Barclays de Zoete Wedd in London.    | Barclays de Zoete Wedd
      """)
  void aBankWhoseNameJoinsKnownNamesIsOneBank(String body, String expected) {
    assertEquals(expected, OrganisationsOfText.joined(body));
  }

  /** Where it stops: two banks named apart stay two; a known name's own longer name is still read over it. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      It was sold to Credit Suisse and First Boston in May.             | Credit Suisse; First Boston
      He joined General Motors Acceptance Corp in May.                  | General Motors Acceptance
      """)
  void whereItStops(String body, String expected) {
    assertEquals(expected, OrganisationsOfText.joined(body));
  }
}
