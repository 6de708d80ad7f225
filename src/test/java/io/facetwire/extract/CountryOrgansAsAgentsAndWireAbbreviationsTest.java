package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 23, without a server, read from the opened test20's countries: a state's organ named alone acts when it is
 * the agent after "by" ("changes by the USDA in its posted prices") or the maker of an act named before it ("subject
 * to approval of the Federal Reserve Board"), or when its meeting is the news ("A House Agriculture Committee meeting
 * to draft a bill"), as LABELLING.md's organ rule reads; from the other opened parts' misses: "the Senate" and "the House
 * of Representatives" acting in a story filed from Washington (elsewhere they need a second mention: Manila has a
 * Senate too; "the state Senate" is a state's), and the White House through its spokesman; an officer's post ("chairman of the Federal Reserve Board") and
 * an organ that modifies a noun after "by" ("covered by the Commons constituency") are no act. The wire's shortened
 * headline names ("N.ZEALAND", "S.AFRICA", "W.GERMAN") are the countries; a country word that opens the wire's mark is a
 * ticker ("Union Carbide &lt;UK&gt;") or a firm's name ("&lt;Canadian Imperial Bank of Commerce&gt;"), no country; "the Finnish
 * State" is the state, not a name. Passages written for this test: every row
 * that expects a country gave none on the session's start jar (2d29cc33), and every row that expects none gave none.
 */
class CountryOrgansAsAgentsAndWireAbbreviationsTest {

  private static String countries(String title, String body) {
    return Extracted.countries(title, body);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      CORN BASIS VALUES   | Changes by the USDA in its posted county prices have increased activity.          | United States
      BANK BUYS UNIT      | The acquisition is subject to approval of the Federal Reserve Board.               | United States
      BANK BUYS UNIT      | The merger won a ruling from the Interstate Commerce Commission on Monday.         | United States
      FARM PLAN DELAYED   | A House Agriculture Committee meeting to draft a disaster aid bill was delayed.    | United States
      DRUG TRIAL          | The vaccine was approved by the FDA.                                               | United States
      BANK NAMES OFFICER  | He was formerly chairman of the Federal Reserve Board.                             |
      BANK NAMES OFFICER  | She was an official of the SEC for ten years.                                      |
      BY-ELECTION         | Most of the borough is covered by the Commons constituency of Bethnal Green.       |
      SENATE EXTENDS REPORT | WASHINGTON, April 7 - The Senate approved legislation to extend the commission.   | United States
      HOUSE OVERRIDES VETO  | WASHINGTON, March 31 - The House of Representatives voted 350 to 73 to override it. | United States
      SENATE BACKS TREATY   | MANILA, April 7 - The Senate approved the treaty after a long debate.              |
      BUDGET PASSES         | AUSTIN, Texas, May 1 - The state Senate approved the budget on Friday.             |
      ACID RAIN PLEDGE      | White House spokesman Marlin Fitzwater said the administration would act.        | United States
      PLANT DEAL            | Trinidad is finalizing arrangements with Union Carbide <UK> for the plant.       | Trinidad and Tobago
      LOAN LOSSES           | TORONTO, March 5 - <Canadian Imperial Bank of Commerce> reported higher profit. |
      STATE BONDS           | The Finnish State launched two bonds totalling one billion markka.              | Finland
      OIL OUTPUT            | The Norwegian State oil company said output rose.                               | Norway
      N.ZEALAND RESERVE BANK GIVES BOND TENDER DETAILS | The bank will offer 400 mln dlrs of bonds.        | New Zealand
      S.AFRICA GOLD OUTPUT FALLS  | Output fell two pct in March.                                           | South Africa
      W.GERMAN BANKS CUT RATES    | The banks cut their lending rates.                                      | West Germany
      N.SEA OIL OUTPUT RISES      | Output from the fields rose.                                            |
      """)
  void countries(String title, String body, String expected) {
    assertEquals(expected == null ? "" : expected, countries(title, body));
  }
}
