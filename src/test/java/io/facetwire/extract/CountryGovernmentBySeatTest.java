package io.facetwire.extract;

import static io.facetwire.extract.Extracted.countries;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 32, without a server, from test29 once opened: a government named by the capital it sits in ("talks with the
 * government in Bonn") is the state, as a capital standing for its government is (LABELLING.md). Only a government,
 * its authorities, leadership, regime or administration, with "the": a state's body abroad ("our energy authorities in
 * London") or officials who may be anyone's ("officials in London") are in the capital, not its government. Passages
 * written for this test; the first table's rows gave no country on the session's start (5febfc6a).
 */
class CountryGovernmentBySeatTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The company bought the stake after holding talks with the government in Bonn. | West Germany
      Exporters fear new rules from the authorities in Beijing.                     | China
      Aid groups accuse the regime in Damascus of blocking convoys.                 | Syria
      """)
  void theGovernmentInItsCapitalIsTheState(String body, String expected) {
    assertEquals(expected, countries(body));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Banks lend on the basis of declarations by our energy authorities in London.
      Traders and officials in London expect a quiet week.
      """)
  void otherBodiesInACapitalAreNotItsGovernment(String body) {
    assertEquals("", countries(body));
  }
}
