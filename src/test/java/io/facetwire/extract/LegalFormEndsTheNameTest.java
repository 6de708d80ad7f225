package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Session 15, without a server: where a company's name ends after its legal form (`OrganisationRuns.isOnAfterEnding`). */
class LegalFormEndsTheNameTest {

  /** "on" after a company's legal form does not go on with the name ("Commission on ..." does); 713036c gave "Cetek System Inc on Jan". */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Margaux Controls said it sold its Cetek System Inc on Jan 5 for cash.  | Cetek System
      The Commission on Presidential Debates met.                             | Commission on Presidential Debates
      """)
  void onAfterALegalFormEndsTheName(String body, String expected) {
    assertEquals(expected, OrganisationsOfText.joined(body));
  }

  /**
   * Session 17 (test14): a limited partnership's "L.P." is a legal form like "Inc", so "X L.P. and Y" are two; each
   * row gave one joined value on the start-of-session jar (368bd9b).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Cypress Partners L.P. and Driftwood Ltd said they hold 5.1 pct.           | Cypress Partners; Driftwood
      The stake is held by Upland Associates L.P. and Kenmore Trust Inc.       | Kenmore Trust; Upland Associates
      """)
  void aPartnershipsFormEndsTheName(String body, String expected) {
    assertEquals(expected, OrganisationsOfText.joined(body));
  }
}
