package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.facetwire.facet.Facet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 25, from the opened test22's wrong persons, without a server: a name whose first word is by itself a company
 * the story names is the company's product or unit ("Chrysler LeBaron Coupes", "Audi Quattros"), and a union named
 * "... Workers" is no person. A person who shares the first word (a common given name, or a family firm's "Jr") is
 * still listed. Passages written for this test; the first three rows gave a wrong person before the change.
 */
class PersonCompanyProductsAndUnionsTest {

  private static final FacetExtractor FX = FacetExtractor.loadDefault();

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      AUTO SHOW OFFER    | Chrysler said it is offering checks good toward the purchase of Chrysler LeBaron Coupes and Dodge Shadows. |
      AUDI RECALLS CARS  | Audi said it would recall 5,000 Audi Quattros sold in the United States last year.                        |
      UNION TO PROTEST   | The United Food and Commercial Workers said more than 1,000 members will demonstrate on Monday.            |
      NEW CHIEF NAMED    | Noland Co said Lloyd Noland Jr will retire as chairman and leave the board in April.              | Lloyd Noland Jr
      TEXTILE MILL SOLD  | Chairman William Wong said the mill was sold. William Wong will stay.                                      | William Wong
      """)
  void aProductOrAUnionIsNoPerson(String title, String body, String expected) {
    assertEquals(expected == null ? "" : expected, String.join("; ", FX.extract(title, body).values(Facet.PERSON)));
  }
}
