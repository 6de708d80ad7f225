package io.facetwire.extract;

import static io.facetwire.extract.Extracted.countries;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 29, without a server (test27 once opened; the opened parts' wrong United Kingdoms): a capital after "in"
 * tells where the sentence's subject is, and the verb after it is the subject's, so "traders in London said" is a
 * place (LABELLING.md: a capital used as a place), not the government that "London said" names. An organ in its
 * capital still acts, and "in Dublin government circles" still names the government. Passages written for this test;
 * every row of the first table gave the capital's country on the session's start jar (main at 497eae8e); the second
 * table's rows gave what they expect there and must stay so.
 */
class CapitalWhereTheSubjectIsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Indonesia will import palm oil, traders in London said on Tuesday.                          | Indonesia
      The study has not been released yet, OECD sources in Paris said last month.                 | ''
      "The demand wasn't so good," a dealer for a German bank in London said.                      | Germany
      """)
  void aCapitalAfterInIsWhereTheSpeakerIs(String body, String expected) {
    assertEquals(expected, countries(body));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The Federal Home Loan Bank Board in Washington said it approved the acquisition.            | United States
      He was held in esteem in Dublin government circles for his work on the agreement.           | Ireland
      London said it would expel the diplomats within a week.                                    | United Kingdom
      """)
  void anOrganInItsCapitalOrTheGovernmentStillCount(String body, String expected) {
    assertEquals(expected, countries(body));
  }
}
