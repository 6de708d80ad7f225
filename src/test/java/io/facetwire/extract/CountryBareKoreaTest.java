package io.facetwire.extract;

import static io.facetwire.extract.Extracted.countries;
import static io.facetwire.extract.Extracted.persons;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 36, from test33 once opened, without a server: the bare "Korea" and "Korean" are South Korea, as every
 * labelled story that writes them reads them (33 of 33 across the opened parts), except in a story that names North
 * Korea, where they may be either and South Korea counts only if named as such. The peninsula and the war name
 * neither. Since session 43 the wire's abbreviations with a space name their states ("S. KOREAN SHARES PLUNGE",
 * "S. AFRICA GOLD MINING INDUSTRY", "N. Korea"; test40 #12798 had no other word for South Korea), and their single
 * letters are no place words, so an initial stays an initial ("Mr S. Burger"). Passages written for this test; the
 * first four rows gave no country on session 36's start jar, the abbreviated rows none on session 43's.
 */
class CountryBareKoreaTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Korea's Hyundai was another big gainer in the European market last month.        | South Korea
      The industry will file a petition challenging Korea's ban of U.S. meat products.  | South Korea; United States
      Korean giants LG and Samsung showed new television sets at the fair.              | South Korea
      The mill will ship coking coal to Pohang Iron and Steel Co of Korea.              | South Korea
      """)
  void theBareNameIsSouthKorea(String body, String expected) {
    assertEquals(expected, countries(body));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Missiles                                       | N. Korea fired two missiles into the sea on Tuesday.     | North Korea
      S. KOREAN SHARES PLUNGE ON GOVERNMENT MEASURES | The composite index plunged by 15.24 points.             | South Korea
      Border talks                                   | S. Korea and N. Korea held talks at the border.          | North Korea; South Korea
      S. AFRICA GOLD MINING INDUSTRY HAD RECORD YEAR | The mines' output rose, the Chamber of Mines said.       | South Africa
      """)
  void theWireAbbreviationsNameTheirStates(String title, String body, String expected) {
    assertEquals(expected, countries(title, body));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Mr S. Burger said the mine would reopen.                                          | S. Burger
      The plan was drawn up by N. Kim, the chief engineer, the company said.            | N. Kim
      """)
  void aLetterOfAnAbbreviationIsStillAnInitial(String body, String expected) {
    assertEquals(expected, persons(body));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      North Korea fired a missile on Tuesday, the Korean Central News Agency said.          | North Korea
      North Korea and South Korea held talks at the border, Korean officials said.          | North Korea; South Korea
      Tension on the Korean peninsula rose after the drills.                                | ''
      The Korean War ended in an armistice in 1953.                                         | ''
      """)
  void besideNorthKoreaOnlyTheNamedStateCounts(String body, String expected) {
    assertEquals(expected, countries(body));
  }
}
