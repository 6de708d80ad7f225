package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The session-14 list of well-known bodies the news names by their acronym alone (organisations.tsv), without a
 * server: a bare acronym that the story never spells out named nothing before. Each row of the first table failed
 * before (checked with the start-of-session jar, 3c1b534). The second table: a spelt-out name and its acronym are
 * one value (two before: "NTT" came from the mined list), and a word in lower case is no acronym.
 */
class KnownAcronymsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The video was shown on MTV and VH1 last week.                     | MTV; VH1
      The NSPCC said the law should change.                             | National Society for the Prevention of Cruelty to Children
      Gaullist RPR deputies met with the UDF leaders in Paris.          | Rally for the Republic; Union for French Democracy
      The G-7 finance ministers will meet in April.                     | G7
      The programme will be shown on ITV1 next month.                   | ITV
      """)
  void aWellKnownAcronymAloneIsItsOrganisation(String body, String expected) {
    assertEquals(expected, OrganisationsOfText.joined(body));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Nippon Telegraph and Telephone Corp (NTT) said NTT would invest.  | Nippon Telegraph and Telephone
      He went to the ing-ing party.                                     | ''
      """)
  void whereTheListStops(String body, String expected) {
    assertEquals(expected, OrganisationsOfText.joined(body));
  }
}
