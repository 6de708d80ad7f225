package io.facetwire.extract;

import io.facetwire.facet.Facet;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TopicExtractorTest {

  private static final FacetExtractor FX = FacetExtractor.loadDefault();

  private static List<String> topics(String body) {
    return FX.extract(null, body).values(Facet.TOPIC);
  }

  @Test
  void singleIncidentalWordFiresNothing() {
    assertEquals(List.of(), topics("He made space for the new sofa."));
    assertEquals(List.of(), topics("The trade show opened on Monday."));
    assertEquals(List.of(), topics("Energy was high at the concert."));
    assertEquals(List.of(), topics("A war of words broke out in the club."));
  }

  @Test
  void repeatingAWeakWordDoesNotAddUp() {
    assertEquals(List.of(), topics("Space, space and more space. Space everywhere, space!"));
  }

  @Test
  void oneMentionOfAStrongWordIsAnAside() {
    assertEquals(List.of(), topics("New sanctions were announced."));
    assertFalse(topics("\"Whether it is identity theft, terrorism, or other theft,\" the senator said.")
        .contains("terrorism"));
    assertFalse(topics("He was against the Iraq war and tuition fees.").contains("conflict"),
        "a phrase counts once, not again for its words");
  }

  @Test
  void repeatedTitledOrCombinedTermsFire() {
    assertEquals(List.of("sanctions"), topics("New sanctions were announced. The sanctions hit banks."));
    assertEquals(List.of("sanctions"), FX.extract("EU agrees sanctions", "New sanctions were announced.").values(Facet.TOPIC));
    assertTrue(topics("The trade deficit widened as exports fell and imports rose.").contains("trade and economy"));
    assertTrue(topics("Hackers used ransomware against the hospital network.").contains("cybersecurity"),
        "a term weighted as enough on its own");
  }

  @Test
  void exactTermsDoNotMatchOtherForms() {
    assertEquals(List.of(), topics("The race was not sanctioned. Organisers sanctioned a rerun."));
  }

  @Test
  void stemmedFormsMatch() {
    assertTrue(topics("Illegal migrants and asylum seekers arrived.").contains("migration"));
  }

  @Test
  void gasExplosionIsAnAccidentNotTerrorism() {
    List<String> t = FX.extract("Gas explosion destroys flats",
        "A gas explosion destroyed a block of flats. Firefighters said a gas leak caused the blast.").values(Facet.TOPIC);
    assertTrue(t.contains("disasters and accidents"), t.toString());
    assertFalse(t.contains("terrorism"), t.toString());
  }

  @Test
  void taxonomyFromUserFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("my-topics.txt");
    Files.writeString(file, """
        # my own taxonomy
        [cocoa]
        threshold = 1.5
        cocoa = 1.0
        cocoa beans = 1.0
        harvest = 0.5
        [weather]
        drought = 1
        """, StandardCharsets.UTF_8);
    FacetExtractor mine = FacetExtractor.load(file);
    assertEquals(List.of("cocoa", "weather"),
        mine.extract("Bahia cocoa review", "Drought hit the cocoa harvest.").values(Facet.TOPIC));
    assertEquals(List.of(), mine.extract(null, "Cocoa prices fell.").values(Facet.TOPIC));
    assertEquals(List.of(), mine.extract(null, "New sanctions were announced.").values(Facet.TOPIC));
  }

  @Test
  void badTaxonomyFileIsRejectedWithLine(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.txt");
    Files.writeString(file, "[x]\nfoo = lots\n", StandardCharsets.UTF_8);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FacetExtractor.load(file));
    assertTrue(e.getMessage().contains(":2:"), e.getMessage());
  }
}
