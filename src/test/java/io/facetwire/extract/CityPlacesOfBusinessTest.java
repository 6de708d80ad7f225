package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.facetwire.facet.Facet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Session 40 (issue 10), no server: a city territory or a city-named country named only as a market's traders, a
 * bank's branch or a subsidiary's seat, a spot on the map ("the Port of Singapore", "south of Singapore") or the venue
 * of talks ("talks in Luxembourg", "in Luxembourg tomorrow") is the city, not the state (LABELLING.md); the state as
 * such still counts. The rows that name no country failed on session 39's end jar.
 */
class CityPlacesOfBusinessTest {

  private static final FacetExtractor FX = FacetExtractor.loadDefault();

  static Stream<Arguments> rows() {
    return Stream.of(
        Arguments.of("Traders and bankers in Singapore said the move posed a threat to their exchange.", List.of()),
        Arguments.of("Refinery netbacks in Singapore were also lower on the day.", List.of()),
        Arguments.of("The bank's Hong Kong branch is planning a 40 mln dlr certificate of deposit issue.", List.of()),
        Arguments.of("The loan was taken by the group's Hong Kong subsidiary for a down payment.", List.of()),
        Arguments.of("The new contract lists the Port of Singapore as a delivery point.", List.of()),
        Arguments.of("The terminal will be built on an island south of Singapore, the minister said.", List.of()),
        Arguments.of("Budget ministers ended six hours of talks in Luxembourg without an accord.", List.of()),
        Arguments.of("Farm ministers resume discussions in Luxembourg tomorrow on the price package.", List.of()),
        // Guards: the state or the territory as such.
        Arguments.of("Singapore's government said the economy grew 1.8 pct last year.", List.of("Singapore")),
        Arguments.of("Hong Kong's branch network grew as Hong Kong's economy expanded.", List.of("Hong Kong")),
        Arguments.of("Unemployment in Luxembourg stayed the lowest in the Community.", List.of("Luxembourg")),
        Arguments.of("The fund is a Singapore subsidiary of a Japanese bank, the Singapore government said.",
            List.of("Japan", "Singapore")));
  }

  @ParameterizedTest
  @MethodSource("rows")
  void countries(String body, List<String> expected) {
    assertEquals(expected, FX.extract("Story", body).values(Facet.COUNTRY), body);
  }
}
