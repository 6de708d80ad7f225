package io.facetwire.extract;

import static io.facetwire.extract.Extracted.countries;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 36, from test33 once opened, without a server: a country's word inside a phrase that is not about the
 * country names none (countries.tsv's "-" row): a unit of heat ("British Thermal Unit"), a territory whose name begins
 * like a people ("Turks and Caicos"), one country's people of another's descent ("Irish Americans", LABELLING.md as
 * dev's "African American"). The country named plainly beside it still counts. Passages written for this test; every
 * row gave the country in brackets on session 36's start jar.
 */
class CountryWordsInFixedPhrasesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The utility paid about two dlrs per mln British Thermal Unit for spot gas in May.      | ''                    | (United Kingdom)
      Spot gas fell to 1.80 dlrs per mln British Thermal Units, traders said.                | ''                    | (United Kingdom)
      The project is backed by Turks and Caicos Utilities and the Turks and Caicos government. | ''                  | (Turkey)
      He asked healthy, wealthy Irish Americans to help with fundraising for the theatre.    | ''                    | (Ireland, United States)
      Cuban Americans in Miami marched on Saturday.                                          | ''                    | (Cuba, United States)
      Turkey and Greece met in Ankara, and British officials said talks would go on.         | Greece; Turkey; United Kingdom | (none dropped)
      """)
  void aCountrysWordInsideAFixedPhraseNamesNoCountry(String body, String expected, String before) {
    assertEquals(expected, countries(body));
  }
}
