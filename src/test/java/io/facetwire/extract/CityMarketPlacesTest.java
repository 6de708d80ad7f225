package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.facetwire.facet.Facet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Session 15 (issue 10), no server: a city territory or a city-named country named only as the place of a market or a
 * listing is the city (LABELLING.md, like a bond listed in Luxembourg), and so is the seat of a court. The rows that
 * name no country failed with the session's start jar.
 */
class CityMarketPlacesTest {

  private static final FacetExtractor FX = FacetExtractor.loadDefault();

  static Stream<Arguments> rows() {
    return Stream.of(
        Arguments.of("The unit has arranged a euronote issuance facility to be launched in Hong Kong.", List.of()),
        Arguments.of("Trading on the Singapore rubber market opens at 0930 local time.", List.of()),
        Arguments.of("The collapse of China Aviation Oil, the Singapore-listed arm of a jet fuel trader, hit shares.",
            List.of()),
        Arguments.of("It would refer questions to the Appeal Court in Luxembourg, a lawyer said.", List.of()),
        // Guards: the territory and the state as such still count.
        Arguments.of("Leaders met at a summit in Hong Kong to discuss trade.", List.of("Hong Kong")),
        Arguments.of("Singapore's stock market rose as the economy grew.", List.of("Singapore")),
        Arguments.of("Only the Netherlands and Luxembourg supported the idea.", List.of("Luxembourg", "Netherlands")));
  }

  @ParameterizedTest
  @MethodSource("rows")
  void countries(String body, List<String> expected) {
    assertEquals(expected, FX.extract("Story", body).values(Facet.COUNTRY), body);
  }
}
