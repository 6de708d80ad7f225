package io.facetwire.extract;

import static io.facetwire.extract.Extracted.countries;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 34, without a server, from test31 once opened: a state's formal name with a possessive in it, a dollar
 * amount before the noun a country word qualifies, the 1987 wire's capital after "U.S." in a pair of countries, the
 * wire's "cts", and a firm's name that the headline gives its ticker to (LABELLING.md: a currency and a country word
 * inside a firm's name name no state). Passages written for this test; on the session's start
 * (29757b9b) nine of its thirteen rows failed; the others guard what must stay.
 */
class CountryFormalNamesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      The loans did not have the full backing of the People's Republic of China, he said.  | China
      The People’s Republic of China said the talks would resume.                          | China
      The Democratic People's Republic of Korea said it would attend.                      | North Korea
      The People's Democratic Republic of Yemen signed the accord.                          | South Yemen
      It said a five year 3.55 billion dlr U.S. defense contract was awarded.               | United States
      The company's foreign debt, mainly from the Japanese and U.S. Banks, was cut by half. | Japan; United States
      WELLINGTON, April 3 - The Australia and New Zealand Banking Group Ltd in New Zealand said it will raise its rate. | New Zealand
      """)
  void theStateIsNamed(String body, String expected) {
    assertEquals(expected, countries(body));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      It said it lowered the contract price it will pay for crude oil 64 Canadian cts a barrel.
      The commercial rand rose 0.5 cts to 49 U.S. Cts.
      It will receive a seven mln dlrs Canadian line of credit from the bank.
      The rate is one dlr U.S. or 1.34 dlrs Canadian.
      """)
  void aCurrencyNamesNoState(String body) {
    assertEquals("", countries(body));
  }

  /**
   * From the development halves of the modern blind sets (session 34): the Democratic Republic of the Congo named, the
   * bare "Congo" is it; an acronym the article spells out as another body is not the US organ's; a firm's name
   * joined by an ampersand to a country word; and from test30's misses, the wire's "the U.S. Group" (a US firm).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      "GOMA, Democratic Republic of Congo, July 2 (Reuters) - Congo's army and the M23 rebels agreed a truce. A Congolese army spokesman declined to comment." | DR Congo
      He said Egypt, Zambia, Zaire, Uganda and Congo would be represented at the talks.                 | Congo; DR Congo; Egypt; Uganda; Zambia
      Congo's president met DRC officials in Brazzaville on Monday.                                    | Congo; DR Congo
      The Superintendency of Electricity and Fuels (SEC) said 1.4 million customers lost power. The SEC said it would fine the utility. | ""
      The Securities and Exchange Commission (SEC) said it would investigate the trades.               | United States
      The round was led by Vertex Ventures Southeast Asia & India, the company said.                   | ""
      Sales in the U.S. & Canada rose 4 pct.                                                           | Canada; United States
      It rejected a bid from the U.S. Group General Electric Co for the unit.                          | United States
      Shares of U.S. Group Inc rose 2 pct.                                                             | ""
      """)
  void modernNewsNamesTheStateItMeans(String body, String expected) {
    assertEquals(expected, countries(body));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      TEXACO CANADA <TXC> LOWERS CRUDE POSTINGS | NEW YORK, Feb 26 - Texaco Canada said it lowered the contract price it will pay for crude oil. | ""
      TEXACO CANADA <TXC> LOWERS CRUDE POSTINGS | NEW YORK, Feb 26 - Texaco Canada said it lowered the price it pays in Canada. | Canada
      """)
  void theFirmTheHeadlineGivesItsTickerToIsNoState(String title, String body, String expected) {
    assertEquals(expected, countries(title, body));
  }
}
