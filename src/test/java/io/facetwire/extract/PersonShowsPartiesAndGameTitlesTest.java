package io.facetwire.extract;

import static io.facetwire.extract.Extracted.persons;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 45, from the opened test42 part, without a server: a show or a game series named after a person ("the
 * Jeremy Vine show", "the Gran Turismo series"), a party's members in the plural and a cruise line, even where "who"
 * or "said" follows, and a title opened by a capitalised "Star" are no persons (LABELLING.md: things named after people
 * are not persons). Passages written for this test; each row of the first table named a person on session 44's end
 * jar.
 */
class PersonShowsPartiesAndGameTitlesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Interviewed on BBC Radio 2's Jeremy Vine show, Mr Howard said the cuts would come.                        | Michael Howard
      Fans of the Gran Turismo series will have to wait. Gran Turismo 4 is still expected in Japan this year.     | ''
      Mr Solana told ITV1's Jonathan Dimbleby programme that phone taps work.                                    | Solana
      Arnaldo Forlani handed over a letter of resignation by the Christian Democrats, who make up half the cabinet. | Arnaldo Forlani
      Carnival Cruise Lines said it may repurchase up to five mln of its shares.                                 | ''
      Fifa 2005 is back at the top, while Star Wars Battlefront inched up to four.                               | ''
      """)
  void aThingNamedLikeAPersonIsNone(String body, String expected) {
    assertEquals(expected, persons(body));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Jeremy Vine said he was pleased with the ratings.                         | Jeremy Vine
      Hollywood star Tom Cruise arrived for the premiere on Tuesday.            | Tom Cruise
      Richard Madeley and Judy Finnigan's Channel 4 show picked the winner.     | Judy Finnigan; Richard Madeley
      """)
  void thePersonStillCounts(String body, String expected) {
    assertEquals(expected, persons(body));
  }
}
