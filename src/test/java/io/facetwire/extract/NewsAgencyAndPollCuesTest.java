package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 15, without a server: the words around a name that say it is a news agency, a paper, a pollster or an
 * institute ({@link OrganisationCues}: "the official Tanjug news agency", "the Marplan poll", "the statistics
 * institute Istat"). Every row of the first table lacked the name on the start-of-session jar (713036c, checked with
 * its `extract`).
 */
class NewsAgencyAndPollCuesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The official Tanjug news agency said the agreement was reached in Paris today.  | Tanjug
      The Marplan poll gives the Conservatives 36 pct.                                | Conservative Party; Marplan
      Output rose 3 pct, the national statistics institute Istat said.                | Italian National Statistics Institute
      """)
  void aCueNamesTheOrganisation(String body, String expected) {
    assertEquals(expected, OrganisationsOfText.joined(body));
  }

  /** Where it stops: a lower-case word before "poll" names nothing. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The opinion poll was taken on Monday.  | ''
      """)
  void whereItStops(String body, String expected) {
    assertEquals(expected, OrganisationsOfText.joined(body));
  }
}
