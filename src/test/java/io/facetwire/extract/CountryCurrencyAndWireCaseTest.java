package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.facetwire.facet.Facet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 11 (issue 10), no server: a currency written with the country's letters is no mention of the country
 * (LABELLING.md), and the 1987 wire's capital after "U.S." does not make a firm's name.
 */
class CountryCurrencyAndWireCaseTest {

  private static final FacetExtractor FX = FacetExtractor.loadDefault();

  private static List<String> countries(String body) {
    return FX.extract(null, body).values(Facet.COUNTRY);
  }

  @Test
  void aCountrysLettersGluedToTheDollarSignAreACurrency() {
    assertEquals(List.of("Kenya"), countries("A Kenyan court set bail at 100,000 shillings (about US$30,000)."));
    assertEquals(List.of("Mexico"), countries("Mexico paid the suppliers US$40 million (€35m; £30m)."));
    // The country named as such still counts.
    assertEquals(List.of("United States"), countries("The US economy grew by US$3 trillion."));
  }

  @Test
  void aCountryAfterTheAmountsCurrencyWordIsTheCurrency() {
    assertEquals(List.of(), countries("Holders may buy one share at one dlr U.S. or 1.34 dlrs Canadian."));
    assertEquals(List.of(), countries("It sold the unit to a buyer for about 54 mln dlrs (U.S.)."));
    assertEquals(List.of(), countries("It issued 6.15 mln shares of one U.S. Cent par-value."));
    assertEquals(List.of("Canada"), countries("The dollar fell. Canadian officials said nothing."));
  }

  @Test
  void oneCapitalisedWordAfterUsWithTheSentenceGoingOnIsNoFirm() {
    assertEquals(List.of("United States"), countries("The field is operated by U.S. Oil company Texas Pacific."));
    assertEquals(List.of("United States"), countries("Gains on U.S. Credit markets had little impact."));
    assertEquals(List.of("United States"), countries("U.S. Banks began to match the prime rate rise."));
    // A name of two capitalised words, or one closing the sentence, is still a firm's.
    assertEquals(List.of(), countries("Shares of U.S. Steel Corp rose."));
    assertEquals(List.of(), countries("It offered to merge with Piedmont and U.S. Air."));
  }

  @Test
  void moreCurrenciesAndAPairOfThemAreCurrencies() {
    // Session 15: failed with the session's start jar (Indonesia; Australia).
    assertEquals(List.of("Thailand"), countries("Thailand's exports fell as the Indonesian rupiah weakened."));
    assertEquals(List.of(), countries("Banks boosted holdings of currencies such as the Australian and Canadian dollar."));
    // Guards: a country that wins is no currency, and the country named as such counts.
    assertEquals(List.of("South Korea"), countries("South Korea won the match in Seoul."));
    assertEquals(List.of("Australia", "Canada"), countries("Australian and Canadian officials met."));
  }
}
