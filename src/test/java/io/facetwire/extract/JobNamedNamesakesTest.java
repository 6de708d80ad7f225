package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 17, without a server: one state's body that the list names by its job alone ("Electoral Commission", the
 * United Kingdom's; "Securities and Exchange Commission", the United States') named with another state is that
 * state's namesake, valued with its adjective, not the listed body ({@link JobNamedNamesakes}). Every row of the
 * first table gave the listed body's value on the start-of-session jar (368bd9b); the second table is where the
 * listed value stands.
 */
class JobNamedNamesakesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The Australian Electoral Commission said turnout was high.                | Australian Electoral Commission
      Kenya's Electoral Commission delayed the count by a day.                  | Kenyan Electoral Commission
      The Environment Agency of Iceland issued a warning on Monday.             | Icelandic Environment Agency
      Nigeria's Securities and Exchange Commission suspended the firm.         | Nigerian Securities and Exchange Commission
      South Korea's Food and Drug Administration recalled the drug.              | South Korean Food and Drug Administration
      """)
  void anotherStatesBody(String body, String expected) {
    assertEquals(expected, OrganisationsOfText.joined(body));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The Electoral Commission said the campaign had broken the rules.          | Electoral Commission
      Britain's Environment Agency issued flood warnings across England.        | Environment Agency
      The US Securities and Exchange Commission fined the bank.                 | Securities and Exchange Commission
      Shares fell after the SEC opened an inquiry.                              | Securities and Exchange Commission
      """)
  void theListedBody(String body, String expected) {
    assertEquals(expected, OrganisationsOfText.joined(body));
  }
}
