package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.facetwire.facet.Facet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Given names of many languages (first-names-world.txt, from an MIT-licensed list) let a full name count
 * without a cue ("Mateja Kezman scored"), while the words the list's filter leaves out (surnames, towns,
 * the openers of firms' and places' names) still name no one.
 */
class WorldGivenNamesTest {

  private static final FacetExtractor FX = FacetExtractor.loadDefault();
  private static final NameLexicon LEXICON = NameLexicon.loadDefault();

  private static List<String> persons(String body) {
    return FX.extract(null, body).values(Facet.PERSON);
  }

  @Test
  void aFullNameWithAGivenNameOfAnotherLanguageNeedsNoCue() {
    assertEquals(List.of("Dimitar Berbatov", "Mateja Kezman"),
        persons("The visitors were denied by Mateja Kezman before the break and by Dimitar Berbatov after it."));
    assertEquals(List.of("Charlize Theron", "Keanu Reeves"),
        persons("The film stars Keanu Reeves, and Charlize Theron won the award."));
  }

  @Test
  void surnamesTownsAndOpenersOfFirmsAndPlacesAreNoGivenNames() {
    for (String name : List.of("mateja", "zinedine", "jesper", "charlize")) {
      assertTrue(LEXICON.isFirstName(name), name);
    }
    // In the source list, but used mostly alone (Johnson, Bolton) or opening a firm's or place's name.
    for (String word : List.of("johnson", "bolton", "drexel", "santa", "brooklyn", "cayman", "california")) {
      assertFalse(LEXICON.isFirstName(word), word);
    }
    assertEquals(List.of(), persons("Shares of Drexel Burnham rose as Santa Barbara and Brooklyn Union traders bought."));
  }
}
