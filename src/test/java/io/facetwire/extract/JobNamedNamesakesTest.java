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

  /**
   * Session 18, a review's mends: a state's name of three words before the body is read whole, not as its last word
   * (the start-of-session jar, 8b78aca, read "Papua New Guinea's" as Guinea's and missed "Bosnia and Herzegovina's"),
   * a phrase that must not count is no state ("Northern Ireland's" is not Ireland's), and "of" takes a state's name,
   * not its demonym ("of French voters"). Every row failed on 8b78aca.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Papua New Guinea's Electoral Commission delayed the count by a week.      | Papua New Guinean Electoral Commission
      Bosnia and Herzegovina's Electoral Commission confirmed the results.      | Bosnian Electoral Commission
      A report by the Electoral Commission of French voters abroad found errors. | Electoral Commission
      """)
  void longestStateNameAndNamesOnlyAfterOf(String body, String expected) {
    assertEquals(expected, OrganisationsOfText.joined(body));
  }

  /** Session 18: no state is read inside a phrase that must not count; 8b78aca gave "Irish Environment Agency". */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Northern Ireland's Environment Agency fined the farm on Monday.
      New Mexico's Environment Agency fined the farm on Monday.
      """)
  void noStateInsideABlockedPhrase(String body) {
    String found = OrganisationsOfText.joined(body);
    org.junit.jupiter.api.Assertions.assertFalse(found.contains("Irish") || found.contains("Mexican"), found);
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
