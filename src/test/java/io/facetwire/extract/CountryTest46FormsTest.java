package io.facetwire.extract;

import static io.facetwire.extract.Extracted.countries;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 49, from test46 once opened, without a server: a region written with its state under a compound compass
 * word ("the Northeastern U.S.", "the Midwestern United States") names the state, as "the Western U.S." already did;
 * the compass word is not a name the country word ends. A firm's name that holds a country word still names none.
 * Passages written for this test; the first three rows named no country on session 48's end jar.
 */
class CountryTest46FormsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The purchase will expand its discount brokerage operations in the Northeastern U.S.      | United States
      Drought has cut yields across the Midwestern United States this summer.                  | United States
      The liner will be sold in 300 home center outlets in the Southeastern U.S. from May.     | United States
      The liner will be sold in outlets across the Western U.S. from May.                      | United States
      Northeast Utilities said its Connecticut unit raised 50 mln dlrs.                        | ''
      """)
  void readAsTheArticleMeansIt(String body, String expected) {
    assertEquals(expected, countries(body));
  }
}
