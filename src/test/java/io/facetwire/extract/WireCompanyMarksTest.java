package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 15, without a server: the companies a wire story marks in its text ({@link WireCompanyMarks}). Reuters writes
 * a company it has no ticker for in angle brackets, whatever its words ("&lt;Burnham Leasing&gt;", French and Malaysian
 * legal forms, a firm named after its partners); a name joined by a slash before its ticker ("Royal Dutch/Shell Group
 * &lt;RD&gt;") is one company, not the two pieces the run reader sees. Every row of the first table failed on the
 * start-of-session jar (713036c, checked with its `extract`): it returned nothing, "Sdn", "Shell Group", "ABC" or
 * "Video Affiliates".
 */
class WireCompanyMarksTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The company has an option to buy the satellite from <Burnham Leasing> next year.      | Burnham Leasing
      Subscriptions are to be placed with <Duffour et Igon> and <Banque Indosuez>, it said.  | Banque Indosuez; Duffour et Igon
      The joint venture with <Toyo Audio (M) Sdn Bhd> will make radios in Penang.            | Toyo Audio (M) Sdn
      The fields are run by Royal Dutch/Shell Group <RD> and British Petroleum Co Plc <BP>.  | British Petroleum; Royal Dutch/Shell Group
      Writers met representatives of CBS Inc <CBS> and Capital Cities/ABC Inc <CCB> today.   | CBS; Capital Cities/ABC
      Dixons said it holds 56 pct of Audio/Video Affiliates Inc <AVA> after the offer.       | Audio/Video Affiliates; Dixons
      """)
  void aNameTheWireMarksIsACompany(String body, String expected) {
    assertEquals(expected, OrganisationsOfText.joined(body));
  }

  /**
   * A plain name right before its ticker, where the run reader found nothing in it (no organisation word, no cue):
   * failed on 713036c, which returned nothing.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Analysts said Burlington Northern <BNI> and Panhandle Eastern <PEL> would gain.  | Burlington Northern; Panhandle Eastern
      The bonds of Associated Mortgage Investors <AMI> fell.                           | Associated Mortgage Investors
      """)
  void aNameBeforeItsTickerIsACompany(String body, String expected) {
    assertEquals(expected, OrganisationsOfText.joined(body));
  }

  /** A mark split over a line is one name; a possessive after the name is not part of it. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      'The stake was bought from <Welsh,\n Carson, Anderson and Stowe> last month.'  | Welsh, Carson, Anderson and Stowe
      'The offer values <Shell U.K. Ltd's> fields at 100 mln stg.'                  | Shell U.K.
      """)
  void aMarkOverALineOrWithAPossessive(String body, String expected) {
    assertEquals(expected, OrganisationsOfText.joined(body.replace("\\n", "\n")));
  }

  /**
   * Where it stops: a ticker names nothing by itself, and where the run reader found a name before it, its bounds
   * stand ("Shares of", "Britain's" are no part of the name); a piece of a marked name that the text also names on its own
   * stays; angle brackets around lower-case text or figures mark no company.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Squibb <SQB> said it sold the unit.                                                   | Squibb
      Shares of Warner Communications Inc <WCI> rose 2 dlrs.                                | Warner Communications
      Britain's Cable and Wireless PLC <CWP> said profits rose.                             | Cable and Wireless
      The French arm <Maxwell Media France> belongs to Maxwell Media, which made the bid.  | Maxwell Media; Maxwell Media France
      Sales of <p>the unit</p> rose, it said.                                               | ''
      The price went from 10 <12> to 14 dlrs.                                               | ''
      """)
  void whereItStops(String body, String expected) {
    assertEquals(expected, OrganisationsOfText.joined(body));
  }
}
