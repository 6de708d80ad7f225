package io.facetwire.extract;

import static io.facetwire.extract.Extracted.countries;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 44, from the opened test41 part, without a server: a central bank's market operation told in the wire's
 * irregular verbs ("set", "bought", "left") and an organ's duty told with a modal ("the CFTC must clarify", "the Fed
 * will enter the market") are the organ acting by LABELLING.md's organ rule. Passages written for this test; each row
 * of the first table named no country on session 43's end jar. (The Bundesbank's Germany is West Germany in a story
 * dated before 1990: the import's {@code StatesOfTheirTime}, not the extractor.)
 */
class CountryOrganOperationsAndModalsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The Bundesbank set a new tender for a 28-day securities repurchase agreement, a central bank spokesman said. | Germany
      The Bundesbank bought dollars for yen in quiet trading, dealers reported.                                   | Germany
      The Bundesbank left its credit policies unchanged after the council meeting.                               | Germany
      Davis said the CFTC must clarify jurisdictional and regulatory issues raised by new instruments.            | United States
      The Federal Reserve will enter the government securities market to supply temporary reserves.               | United States
      """)
  void anOrgansOperationOrDutyNamesItsState(String body, String expected) {
    assertEquals(expected, countries(body));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The company said it would file the changes with the SEC next week.                                          | ''
      The report the company filed with the SEC will show the changes in its holdings.                          | ''
      """)
  void aFilingNamesNone(String body, String expected) {
    assertEquals(expected, countries(body));
  }
}
