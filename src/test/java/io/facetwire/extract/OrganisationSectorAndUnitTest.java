package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The session-12 kinds of organisation mention, table by table, without a server: a company's sector word or an
 * arts body's word ends its name ("Tyson Foods", "Vienna State Opera"); a company's unit for a region is the company
 * named ("Swiss Bank Corp International", "Lycos Europe"); a country's legislature is no organisation (LABELLING.md,
 * 2026-12-02). Each row that names a new value, and each legislature row that expects none, failed before its
 * rule; the other rows say where a rule stops (and passed before too).
 */
class OrganisationSectorAndUnitTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Shares of Tyson Foods rose 3 pct in heavy trading.                           | Tyson Foods
      He joined Basic American Foods last year as finance director.                 | Basic American Foods
      Output at Leisure Garments fell sharply in the quarter.                       | Leisure Garments
      The deal values Broadreach Networks at about 10 million pounds.               | Broadreach Networks
      The chain Pay Less Drug Stores said sales rose.                               | Pay Less Drug Stores
      The city gave the contract to Landauer Associates on Monday.                  | Landauer Associates
      She sang with the Vienna State Opera before joining the Berlin Philharmonic. | Berlin Philharmonic; Vienna State Opera
      The San Francisco Ballet opens its season in March.                          | San Francisco Ballet
      Doctors at the Mayo Clinic studied 200 patients.                              | Mayo Clinic
      """)
  void aSectorOrArtsWordEndsAName(String body, String expected) {
    assertEquals(expected, OrganisationsOfText.joined(body));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The loan was arranged by Swiss Bank Corp International, bankers said.        | Swiss Bank Corp International
      Lycos Europe said its losses narrowed.                                        | Lycos Europe
      The bonds were led by Salomon Brothers International in London.             | Salomon Brothers International
      Prices at Hyundai Motor America will rise in May.                             | Hyundai Motor America
      Sales of General Motors North America grew by 4 pct.                         | General Motors North America
      The unit General Motors Acceptance Corp Canada sold notes.                   | General Motors Acceptance Corp Canada
      """)
  void aCompanysRegionalUnitIsTheCompanyNamed(String body, String expected) {
    assertEquals(expected, OrganisationsOfText.joined(body));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Morgan Stanley said Europe's markets were calm.                              | Morgan Stanley
      Lycos, Europe's largest portal, said profits rose.                           | Lycos
      She won the RBS International in Glasgow, her third race of the season.      | ''
      The Norwich Union International Challenge drew 200 runners.                 | Norwich Union
      """)
  void aRegionWordNotJoinedToTheNameIsNoUnit(String body, String expected) {
    assertEquals(expected, OrganisationsOfText.joined(body));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The bill now goes to the U.S. Congress for a vote.                                   | ''
      The Scottish Parliament voted for the ban on Thursday.                               | ''
      David Blunkett, Member of Parliament for Sheffield Brightside, said so.             | ''
      The suspension of the Parliament of the United Kingdom was ruled unlawful.          | ''
      The Senate Finance Committee and the Congressional Budget Office disagreed.          | Congressional Budget Office; Senate Finance Committee
      He said members of the European Parliament voted against it.                        | European Parliament
      """)
  void aCountrysLegislatureIsNoOrganisationButItsBodiesAre(String body, String expected) {
    assertEquals(expected, OrganisationsOfText.joined(body));
  }
}
