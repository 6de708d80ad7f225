package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 16, without a server: a state's central bank or statistics office named by its job is no organization alone
 * and its state's when named with it (LABELLING.md, 2026-12-02, session 16). Every row of the first table gave
 * another value on the start-of-session jar (92a1740, checked with its `extract`).
 */
class JobNamedStateBodiesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Taiwan's Central Bank will issue 12 billion dollars worth of bonds.                      | Taiwanese Central Bank
      Output rose 0.4 pct, the National Statistics Institute (INSEE) said.                     | French National Statistics Institute
      Prices rose 0.3 pct, the National Statistics Office said.                                | ''
      Swiss Economics Minister Jean-Pascal Delamuraz and National Bank President Pierre Languetin met. | ''
      """)
  void aJobNamedBody(String body, String expected) {
    assertEquals(expected, OrganisationsOfText.joined(body));
  }

  /** Where it stops: a bank with a name of its own, or named with its state's adjective, is read as before. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Loans from the Dutch Central Bank to the commercial banks rose.          | Dutch Central Bank
      The Swiss National Bank left its rates unchanged.                        | Swiss National Bank
      """)
  void whereItStops(String body, String expected) {
    assertEquals(expected, OrganisationsOfText.joined(body));
  }
}
