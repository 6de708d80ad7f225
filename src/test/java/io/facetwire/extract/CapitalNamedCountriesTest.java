package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.facetwire.facet.Facet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** LABELLING.md (session 11): a country named like its capital counts where it means the state, not the venue. No server. */
class CapitalNamedCountriesTest {

  private static final FacetExtractor FX = FacetExtractor.loadDefault();

  private static List<String> countries(String body) {
    return FX.extract(null, body).values(Facet.COUNTRY);
  }

  @Test
  void thePlaceABondIsListedOrAMeetingHeldIsNoCountry() {
    assertEquals(List.of(), countries("The bonds will be listed in Luxembourg and pay 7-1/2 pct."));
    assertEquals(List.of(), countries("Payment is March 26 and listing will be in Luxembourg."));
    assertEquals(List.of(), countries("The ministers will resume talks in Luxembourg on June 15."));
  }

  @Test
  void theStateNamedLikeItsCapitalStillCounts() {
    assertEquals(List.of("Luxembourg", "Netherlands"),
        countries("Only the Netherlands and Luxembourg supported the idea at the meeting."));
    assertEquals(List.of("Luxembourg", "Switzerland"), countries("The vaccine was approved in Switzerland and Luxembourg."));
    assertEquals(List.of("Singapore"), countries("Growth in Singapore slowed to 2 pct in the first quarter."));
  }
}
