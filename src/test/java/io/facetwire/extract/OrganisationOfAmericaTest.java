package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The session-13 kind "of America after a company's last word", without a server: it is part of the company's
 * name ("Hospital Corp of America", "Prudential Insurance Co of America"), while "of" and a town after a company
 * form is still the place it is in ("Shiseido Co of Tokyo"). Each row of the first table failed before the rule
 * (checked with the start-of-session code, ae7a9a4); the second table's rows passed before too.
 */
class OrganisationOfAmericaTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Prudential Insurance Co of America said it bought the stake.   | Prudential Insurance Co of America
      Peugeot Motors of America Inc said its sales fell 12 pct.     | Peugeot Motors of America
      Hospital Corp of America said its profits rose.               | Hospital Corp of America
      """)
  void ofAmericaAfterACompanysWordIsItsName(String body, String expected) {
    assertEquals(expected, OrganisationsOfText.joined(body));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Shiseido Co of Tokyo said it would raise prices.              | Shiseido
      Shares of LG Electronics of South Korea rose.                 | LG Electronics
      The Writers Guild of America went on strike in March.         | ''
      """)
  void ofAPlaceOrAfterAnotherWordIsNot(String body, String expected) {
    assertEquals(expected, OrganisationsOfText.joined(body));
  }
}
