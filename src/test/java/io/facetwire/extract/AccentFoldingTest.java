package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class AccentFoldingTest {

  @Test
  void dropsCombiningMarksAndKeepsCase() {
    assertEquals("Erdogan", AccentFolding.withoutMarks("Erdoğan"));
    assertEquals("Muller Societe Generale", AccentFolding.withoutMarks("Müller Société Générale"));
    assertEquals("Munchen", AccentFolding.withoutMarks("Mu\u0308nchen"), "an already decomposed mark");
  }

  @Test
  void asciiTextIsReturnedAsItIs() {
    String plain = "Vladimir Putin";
    assertSame(plain, AccentFolding.withoutMarks(plain));
  }

  @Test
  void everyUserFoldsAlike() {
    assertEquals("erdogan", KnownPersons.key("Erdoğan"));
    assertEquals("societe generale", OrganisationIdentity.key("Société Générale SA"));
  }
}
