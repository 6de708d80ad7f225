package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 15, without a server: commodity and futures exchanges named by their acronyms, and state news agencies and
 * statistics offices the wire quotes by name alone (`organisations.tsv`). Every row of the first table lacked the
 * value on the start-of-session jar (713036c, checked with its `extract`).
 */
class KnownExchangesAndAgenciesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      LME copper stocks fell 2,000 tonnes, dealers said.              | London Metal Exchange
      Soybeans closed higher on the CBT after a quiet session.        | Chicago Board of Trade
      Comex silver futures soared in early trading.                   | Commodity Exchange
      The economy grew 0.2 pct in December, Statistics Canada said.   | Statistics Canada
      """)
  void aKnownExchangeOrAgency(String body, String expected) {
    assertEquals(expected, OrganisationsOfText.joined(body));
  }

  /** Where it stops: a surname written like a four-letter acronym is no agency. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Finance Minister Antonio Ortiz Mena said the talks would go on.  | ''
      """)
  void whereItStops(String body, String expected) {
    assertEquals(expected, OrganisationsOfText.joined(body));
  }
}
