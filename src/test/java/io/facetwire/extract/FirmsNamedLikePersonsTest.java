package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.facetwire.facet.Facet;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Session 28 (issue 10): firms whose names are their founders' surnames were read as persons. Found in test26 once it
 * was opened ("Thomas Bradley of Richardson Greenshields of Canada Ltd", "Holt, Rinehart and Winston Canada Ltd") and
 * checked on the corpus: a place alone between "of" and a company's legal form names the company's national arm, so
 * the words before "of" are the company's name and no person; partners listed before "and" stay one firm when its
 * national arm's place comes before the legal form. The rows failed before the change (a person "Richardson
 * Greenshields" or "Holt Rinehart"); the last rows guard what must not move. No server.
 */
class FirmsNamedLikePersonsTest {

  private static final FacetExtractor FX = FacetExtractor.loadDefault();
  private static final Instant APRIL_1987 = Instant.parse("1987-04-08T09:00:00Z");

  static Stream<Arguments> firms() {
    return Stream.of(
        Arguments.of("\"Now we've got a company that can compete,\" said Thomas Bradley of Richardson Greenshields of "
            + "Canada Ltd. \"Clearly, it can go head-to-head in any market.\"", List.of("Thomas Bradley"),
            "Richardson Greenshields of Canada"),
        Arguments.of("Investment Canada said it has allowed the indirect takeover of Holt, Rinehart and Winston Canada "
            + "Ltd., W.B. Saunders Co of Canada Ltd and Les Editions HRW Ltd. Harcourt Brace Jovanovich Inc acquired "
            + "the publishing companies when it purchased Holt Rinehart and Winston from CBS Inc last October.",
            List.of(), "Holt Rinehart and Winston Canada"),
        // A person from an institution keeps the person: "of" names the institution, not a place.
        Arguments.of("\"Prices will rise,\" said Allen Sinai of the University of Chicago Inc's economics unit.",
            List.of("Allen Sinai"), null),
        // A company's place after its legal form is where it is ("Shiseido Co of Tokyo").
        Arguments.of("Shiseido Co of Tokyo said profits rose. Its president Yoshiharu Fukuhara spoke.",
            List.of("Yoshiharu Fukuhara"), "Shiseido"));
  }

  @ParameterizedTest
  @MethodSource("firms")
  void aFirmNamedForItsFoundersIsAnOrganisationAndNoPerson(String body, List<String> persons, String organisation) {
    io.facetwire.facet.FacetValues facets = FX.extract(null, body, null, APRIL_1987);
    assertEquals(persons, facets.values(Facet.PERSON), body);
    if (organisation != null) {
      assertTrue(facets.values(Facet.ORGANIZATION).contains(organisation),
          body + " -> " + facets.values(Facet.ORGANIZATION));
    }
  }
}
