package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopicExtractorTest {

  private static final FacetExtractor FX = FacetExtractor.loadDefault();

  private static List<String> topics(String body) {
    return FX.extract(null, body).topics();
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
  void decisiveTermsAndCombinationsFire() {
    assertEquals(List.of("sanctions"), topics("New sanctions were announced."));
    assertTrue(topics("Talks on the trade deficit and exports resumed.").contains("trade and economy"));
    assertTrue(topics("Hackers used ransomware against the hospital network.").contains("cybersecurity"));
  }

  @Test
  void stemmedFormsMatch() {
    assertEquals(List.of("sanctions"), topics("The bank was sanctioned."));
    assertTrue(topics("Illegal migrants and asylum seekers arrived.").contains("migration"));
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
        mine.extract("Bahia cocoa review", "Drought hit the cocoa harvest.").topics());
    assertEquals(List.of(), mine.extract(null, "Cocoa prices fell.").topics());
    assertEquals(List.of(), mine.extract(null, "New sanctions were announced.").topics());
  }

  @Test
  void badTaxonomyFileIsRejectedWithLine(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.txt");
    Files.writeString(file, "[x]\nfoo = lots\n", StandardCharsets.UTF_8);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FacetExtractor.load(file));
    assertTrue(e.getMessage().contains(":2:"), e.getMessage());
  }
}
