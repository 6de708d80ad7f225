package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.facetwire.facet.Facet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 24, from the opened test22's wrong persons, without a server: a leader's surname before "administration" in
 * a headline in capitals names the government, as it does in the body (LABELLING.md), and the US mortgage agencies
 * named like women ("Sallie Mae", "Ginnie Mae") are no persons; a leader named otherwise in the story is still listed.
 * Passages written for this test; the first two rows gave a wrong person before the change.
 */
class PersonGovernmentAndAgencyNamesTest {

  private static final FacetExtractor FX = FacetExtractor.loadDefault();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      LUMBER CREDITS EYED BY REAGAN ADMINISTRATION | Officials said the plan would help exporters of lumber.              |
      AGENCY TO PRICE NOTES MONDAY                 | Sallie Mae said it will price floating rate notes on Monday.         |
      REAGAN SEES TRADE BILL VETO                  | President Reagan said he would veto the trade bill, aides said.      | Ronald Reagan
      """)
  void aGovernmentOrAnAgencyIsNoPerson(String title, String body, String expected) {
    assertEquals(expected == null ? "" : expected, String.join("; ", FX.extract(title, body).values(Facet.PERSON)));
  }
}
