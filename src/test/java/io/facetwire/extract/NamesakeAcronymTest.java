package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 18 (session 17's review, redone), without a server: an acronym in brackets after another state's namesake
 * of a listed body ("Kenya's Electoral Commission (IEBC)") stands for the namesake, so it is one organisation, not
 * the namesake plus the listed body (the United Kingdom's) that the acronym was defined as, or the list's other body
 * of the letters ("AEC", the Atomic Energy Commission). Rows 1 and 3 gave a second value on the start-of-session jar
 * (8b78aca); where no namesake defines the letters, the list's body stands.
 */
class NamesakeAcronymTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Kenya's Electoral Commission (IEBC) delayed the count. The IEBC said it would finish by Friday. | Kenyan Electoral Commission
      The Australian Electoral Commission (AEC) said turnout was high.                                   | Australian Electoral Commission
      The Australian Electoral Commission (AEC) said turnout was high, and the AEC published it.      | Australian Electoral Commission
      Turnout was high, the AEC said.                                                                  | Atomic Energy Commission
      """)
  void theAcronymStandsForTheNamesake(String body, String expected) {
    assertEquals(expected, OrganisationsOfText.joined(body));
  }
}
