package io.facetwire.extract;

import static io.facetwire.extract.Extracted.topics;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Session 47, from test44 once opened, without a server: agriculture's "corn" counts in that form only, since the light
 * stemmer makes "Corning" (Corning Glass Works, Owens-Corning Fiberglas) "corn" too and eleven of the wire's Corning
 * stories were tagged agriculture. A corn story stays agriculture. Passages written for this test; the first was
 * tagged agriculture on session 46's end jar.
 */
class TopicCorningIsNoCornTest {

  @Test
  void aGlassMakersDealIsNoFarmStory() {
    assertFalse(topics("CORNING <GLW>, HAZLETON <HLC> SET EXCHANGE RATIO",
        "Corning Glass Works and Hazleton Laboratories Corp said they set the exchange ratio for their merger. Corning"
            + " will issue 0.5 share for each Hazleton share. The merger is expected to close in the second quarter,"
            + " Corning said.").contains("agriculture"));
  }

  @Test
  void aCornHarvestStaysAgriculture() {
    assertTrue(topics("U.S. CORN HARVEST SEEN LARGER",
        "The U.S. corn harvest will be larger than expected, the Agriculture Department said. Farmers planted more"
            + " corn this spring and yields rose in Iowa and Illinois, it said.").contains("agriculture"));
  }
}
