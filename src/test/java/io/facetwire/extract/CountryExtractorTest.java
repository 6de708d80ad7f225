package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CountryExtractorTest {

  private static final FacetExtractor FX = FacetExtractor.loadDefault();

  private static List<String> countries(String body) {
    return FX.extract(null, body).countries();
  }

  @Test
  void personNamedJordanIsNotTheCountry() {
    assertEquals(List.of(), countries("Jordan Henderson scored twice for the club on Saturday."));
    assertEquals(List.of(), countries("He said Michael Jordan would retire."));
  }

  @Test
  void capitalAndPossessiveNameTheCountry() {
    assertEquals(List.of("Jordan"), countries("Talks in Amman and Jordan's king welcomed the plan."));
    assertEquals(List.of("Jordan"), countries("Aid to Jordan rose by a third."));
  }

  @Test
  void usOnlyInCapitals() {
    assertEquals(List.of("United States"), countries("US officials met on Monday."));
    assertEquals(List.of("United States"), countries("U.S. officials met on Monday."));
    assertEquals(List.of(), countries("Let us know what you think, he told us."));
    assertEquals(List.of(), countries("Us and them."));
  }

  @Test
  void namesShortFormsDemonymsAndCapitals() {
    assertEquals(List.of("United Kingdom"), countries("British ministers met."));
    assertEquals(List.of("Belgium"), countries("Belgian farmers protested."));
    assertEquals(List.of("Russia"), countries("Moscow said it would respond."));
    assertEquals(List.of("United States"), countries("Washington's policies were criticised."));
    assertEquals(List.of("Soviet Union", "West Germany"), countries("The USSR and West Germany signed."));
    assertEquals(List.of("United Arab Emirates"), countries("The UAE said so."));
  }

  @Test
  void europeanUnionAndRegionsAreNotCountries() {
    assertEquals(List.of(), countries("The EU and the European Union met about the Middle East."));
    assertEquals(List.of(), countries("Latin American debt and New Mexico farms."));
  }

  @Test
  void washingtonPostIsNotTheGovernment() {
    assertEquals(List.of(), countries("A report in the Washington Post on Sunday."));
  }

  @Test
  void lowerCaseWordsAreNotCountries() {
    assertEquals(List.of(), countries("They ate turkey from fine china."));
    assertEquals(List.of("China", "Turkey"), countries("Turkey and China signed a deal."));
  }

  @Test
  void datelineCityNamesTheCountry() {
    assertEquals(List.of("United States"), countries("NEW YORK, March 3 - Shares rose."));
    assertEquals(List.of("Japan"), countries("TOKYO, March 3 - Shares rose."));
    assertFalse(countries("Shares rose in New York.").contains("United States"));
  }

  @Test
  void shoutedHeadlineStillCounts() {
    assertTrue(FX.extract("U.S. SAYS JAPAN MUST OPEN MARKETS", null).countries()
        .containsAll(List.of("Japan", "United States")));
  }
}
