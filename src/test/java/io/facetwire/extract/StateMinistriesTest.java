package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The session-14 rule for a government's ministry named by its job (LABELLING.md, 2026-12-02), without a server: a
 * bare "Finance Ministry" or "Ministry of Foreign Affairs" is no organisation, one named with its state is, valued
 * with the state's adjective ("Japan's Finance Ministry" is the "Japanese Finance Ministry"). Each row of the first
 * two tables failed before the rule (checked with the start-of-session jar, 3c1b534); the third table's rows passed
 * before too and mark where the rule stops.
 */
class StateMinistriesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Japan's Finance Ministry said it would act on Monday.              | Japanese Finance Ministry
      Thailand's Commerce Ministry announced a new export quota.        | Thai Commerce Ministry
      South Korea's Finance Ministry said exports rose.                 | South Korean Finance Ministry
      Uganda's Ministry of Industry supports his plan.                  | Ugandan Ministry of Industry
      The Foreign Ministry of Iraq condemned the attack.                | Iraqi Foreign Ministry
      The political head at Iraq's Defence Ministry said so.            | Iraqi Defence Ministry
      """)
  void aMinistryWithItsStateIsThatStatesMinistry(String body, String expected) {
    assertEquals(expected, OrganisationsOfText.joined(body));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The Emergencies Ministry said six deaths were of children.        | ''
      The Ministry of Health and the Ministry of Foreign Affairs agreed. | ''
      Labour Ministry figures show unemployment fell.                   | ''
      The Post and Telecommunications Ministry wanted one competitor.   | ''
      Previously the Ministry of Foreign Trade monopolised all imports. | ''
      """)
  void aMinistryNamedByItsJobAloneIsNone(String body, String expected) {
    assertEquals(expected, OrganisationsOfText.joined(body));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The Finance Ministry said the Central Bank would help.            | ''
      The Japanese Finance Ministry said it plans talks.                | Japanese Finance Ministry
      A Chinese Foreign Ministry spokesman said so.                     | Chinese Foreign Ministry
      Officials of the Japanese Ministry of International Trade and Industry met. | Ministry of International Trade and Industry
      The Commerce Department said sales rose.                          | Commerce Department
      The Labour Party won the seat.                                    | Labour Party
      """)
  void whereTheRuleStops(String body, String expected) {
    assertEquals(expected, OrganisationsOfText.joined(body));
  }
}
