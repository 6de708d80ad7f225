package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.facetwire.facet.Facet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 25, from the opened test23's persons, without a server: a name whose given name the lists do not know is a
 * person when an apposition names a firm and then its role (", Sumitomo Bank Ltd chief economist", ", S.A.Y. president
 * and chief executive officer"), but not when the role goes on to another name ("235 mln H.K. Dlrs, Cheung Kong
 * director Albert Chow said"); a region and a plant's creek are no persons ("Southeast Asia", "the Hope Creek nuclear
 * plant"). Passages written for this test; the first, second and fourth rows gave a wrong or no person before the change.
 */
class PersonFirmAppositionsTest {

  private static final FacetExtractor FX = FacetExtractor.loadDefault();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      "There will be no direct impact," said Toshiaki Kakimoto, Sumitomo Bank Ltd chief economist.            | Toshiaki Kakimoto
      "We see a return," Romilly Humphries, S.A.Y. president and chief executive officer said.              | Romilly Humphries
      Food aid needs in Southeast Asia declined in 1986/87, the report said.                                  |
      The tanker is lodged on rocks opposite the Hope Creek nuclear power plant in New Jersey.               |
      It bought the hotel for 235 mln H.K. Dlrs, Cheung Kong director Albert Chow said.                       | Albert Chow
      """)
  void aFirmsRoleDescribesThePersonBeforeIt(String body, String expected) {
    assertEquals(expected == null ? "" : expected, String.join("; ", FX.extract("", body).values(Facet.PERSON)));
  }
}
