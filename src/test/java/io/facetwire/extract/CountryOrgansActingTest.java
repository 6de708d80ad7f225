package io.facetwire.extract;

import static io.facetwire.extract.Extracted.countries;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 21, without a server: a state's central organ named alone names the state when the story tells what it
 * does (LABELLING.md's organ rule, as the labeller's pass over the opened parts read it): through its officer
 * ("Federal Reserve Board chairman ... said"), its act named after it ("a NASA contract", "the Commons vote") or a
 * verb. Another body of the same name is not it: one of another state ("Canada's House of Commons"), of a state inside
 * a country ("the Florida Department of Transportation"). Passages written for this test; every row of the first table
 * gave no country on the session's start jar (27c3ea60), and the second table's rows gave none and must stay so.
 */
class CountryOrgansActingTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Federal Reserve Board chairman Paul Volcker said rates would hold for now.                 | United States
      The Federal Home Loan Bank Board adjusted the rates it charges member thrifts.            | United States
      The Commodity Futures Trading Commission said it would review the contract.               | United States
      The FCC eased the rule on Tuesday after two years of hearings.                            | United States
      The company won a NASA contract to build the station's power system.                      | United States
      The Interstate Commerce Commission denied the merger of the two railroads.               | United States
      The Senate Banking Committee postponed its vote on the bill until next week.              | United States
      Peers in the House of Lords voted against the bill for the second time.                   | United Kingdom
      Home Office Minister Hazel Blears revealed the figures on Monday.                         | United Kingdom
      """)
  void anOrganActingNamesItsState(String body, String expected) {
    assertEquals(expected, countries(body));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Florida Department of Transportation official Troy Roberts said the road would reopen.
      The meeting was moved to meet Securities and Exchange Commission regulations.
      """)
  void anotherBodyOrARuleCitedNamesNoState(String body) {
    assertEquals("", countries(body));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Canada's House of Commons voted on the free trade bill on Monday.          | Canada
      The Irish Agriculture Department said beef prices fell in March.           | Ireland
      The U.S. Department of Energy said it would open the site to bids.         | United States
      """)
  void anotherStatesBodyNamesThatState(String body, String expected) {
    assertEquals(expected, countries(body));
  }

  /** An organ's permit, grant or licence is its act (country-context.txt, [after organ]); a session-30 row each. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      FilmTec Corp said it received a Food and Drug Administration permit for its membrane.          | United States
      The utility will seek a Federal Energy Regulatory Commission license for the dam.             | United States
      The laboratory said it won a National Institutes of Health grant to study the virus.          | United States
      The meeting was delayed by Securities and Exchange Commission clearance of proxy materials.    | ''
      """)
  void anOrgansPermitGrantOrLicenceIsItsAct(String body, String expected) {
    assertEquals(expected, countries(body));
  }

  /** Its charges or complaint are its act, as "charged" is (session 36, from test33 once opened). */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      GenCorp is trying to settle Federal Communications Commission charges against two of its stations. | United States
      The broker agreed to settle a Securities and Exchange Commission complaint without admitting guilt. | United States
      The meeting was moved to meet Securities and Exchange Commission regulations.                       | ''
      """)
  void anOrgansChargesAreItsAct(String body, String expected) {
    assertEquals(expected, countries(body));
  }

  /**
   * A Department of Agriculture named alone is the United States' only beside another US mention or a US dateline: the
   * Philippines, South Africa and Ireland have one of that name (session 36, news36's development half).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Onions cost 700 pesos a kilogram in Philippine markets, says the Department of Agriculture's price monitoring. | Philippines
      The U.S. Agriculture Department said corn stocks fell. The Agriculture Department will report again in May. | United States
      """)
  void aSharedDepartmentsNameNeedsItsState(String body, String expected) {
    assertEquals(expected, countries(body));
  }
}
