package io.facetwire.extract;

import static io.facetwire.extract.Extracted.countries;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 45, from the opened test42 part, without a server. A country word inside a body's or a firm's name and a
 * demonym naming a cuisine name no state (LABELLING.md); an organ asked to act, or named as the maker of approvals in a
 * list, acts (the organ rule). Passages written for this test; each row gave the other answer on session 44's end jar.
 */
class CountryFirmsCuisinesAndRequestsTest {

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(delimiter = '|', textBlock = """
      U.S. CHAMBER SAYS STOCK DROP HAS RUN COURSE | The U.S. Chamber of Commerce, in a statement, said the sell-off had run its course. The Chamber said there was no justification for it. | ''
      GM CANADA FEBRUARY CAR SALES OFF 17.8 PCT   | General Motors of Canada Ltd, wholly owned by General Motors Corp, said February car sales fell 17.8 pct.                   | ''
      GTE NET FALLS                               | GTE said its equity in US Sprint cut earnings. US Sprint was formed last July as a partnership.                             | ''
      BAYOU BUYS STAKE                            | Bayou bought one-third of Solmecs Corp N.V., a Netherlands Antilles corporation, for 1.75 mln dlrs.                         | ''
      S/P MAY DOWNGRADE CHI-CHI'S                 | S and P cited poor performance at Chi-Chi's 200 Mexican food restaurants.                                                   | ''
      Diner opens                                 | The family opened a Thai restaurant on the high street, serving Greek cuisine on Sundays.                                   | ''
      """)
  void aNameOrACuisineNamesNoState(String title, String body, String expected) {
    assertEquals(expected, countries(title, body));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Coniston said it had asked the Department of Transportation to review the note agreement.                                      | United States
      Greyhound said it had petitioned the Interstate Commerce Commission for authority to acquire the routes.                       | United States
      The acquisition is subject to obtaining approvals, waivers and forbearances from the Federal Home Loan Bank Board.             | United States
      """)
  void anOrganAskedToActNamesItsState(String body, String expected) {
    assertEquals(expected, countries(body));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Japanese food aid reached the port on Tuesday.                                                  | Japan
      An Italian food group bought the pasta maker.                                                   | Italy
      The company said it would file the changes with the Securities and Exchange Commission.        | ''
      """)
  void theStatesOwnStillCount(String body, String expected) {
    assertEquals(expected, countries(body));
  }
}
