package io.facetwire.extract;

import static io.facetwire.extract.Extracted.countries;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 36, from test33 once opened, without a server: the bare "Korea" and "Korean" are South Korea, as every
 * labelled story that writes them reads them (33 of 33 across the opened parts), except in a story that names North
 * Korea, where they may be either and South Korea counts only if named as such. The peninsula and the war name
 * neither; "N. Korea" with a space names no state rather than the wrong one (its words would be place words that
 * end persons' names: "S Burger"). Passages written for this test; the first four rows gave no country on session
 * 36's start jar.
 */
class CountryBareKoreaTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Korea's Hyundai was another big gainer in the European market last month.        | South Korea
      The industry will file a petition challenging Korea's ban of U.S. meat products.  | South Korea; United States
      Korean giants LG and Samsung showed new television sets at the fair.              | South Korea
      The mill will ship coking coal to Pohang Iron and Steel Co of Korea.              | South Korea
      N. Korea fired two missiles into the sea on Tuesday.                              | ''
      """)
  void theBareNameIsSouthKorea(String body, String expected) {
    assertEquals(expected, countries(body));
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
