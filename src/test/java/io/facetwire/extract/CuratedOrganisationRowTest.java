package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The curated organisations list's rows are checked at load: a bad row names its line and reason. No server. */
class CuratedOrganisationRowTest {

  private static final Tokenizer TOKENIZER = new Tokenizer();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " => ", textBlock = """
      Spy Agency\\tSA\\t\\tambigous\\tspy => unknown kind "ambigous"
      Spy Agency\\tSA\\t\\tambiguous => "ambiguous" needs its context words
      Spy Agency\\tSA\\t\\tambiguous\\tspy,,agents => context word "spy,,agents"
      Spy Agency\\tSA\\t\\tambiguous\\tspy||agents => context word "" is empty
      Spy Agency\\tSA\\t\\tambiguous\\tsecret agents => context word "secret agents" is no single word
      Tax Office\\t\\t\\tnational => "national" needs its state
      Shell\\t\\t\\tword\\tUnited Kingdom => a fifth column ("United Kingdom") for kind "word"
      Shell\\t\\t\\tword\\t\\textra => 6 columns, at most 5
      \\tSA => no value in the first column
      """)
  void aBadRowNamesItsLineAndReason(String row, String reason) {
    DefinitionException e = assertThrows(DefinitionException.class,
        () -> CuratedOrganisationRow.parse(row.replace("\\t", "\t"), 7, TOKENIZER));
    assertEquals(7, e.line());
    assertTrue(e.getMessage().startsWith("organisations.tsv:7: "), e.getMessage());
    assertTrue(e.reason().contains(reason), e.reason());
  }

  @Test
  void contextWordsAreStoredLowerCasedOnce() {
    CuratedOrganisationRow row = CuratedOrganisationRow.parse("Spy Agency\tSA\t\tambiguous\tSpy| Kremlin |agents", 3,
        TOKENIZER);
    assertEquals(Set.of("spy", "kremlin", "agents"), Set.copyOf(row.context()));
  }

  @Test
  void theGazetteerRefusesABadRowWithItsLineNumber() {
    DefinitionException e = assertThrows(DefinitionException.class, () -> OrganisationGazetteer.load(
        List.of("Federal Reserve\tthe Fed", "Spy Agency\tSA\t\tambiguous\t"), List.of()));
    assertEquals(2, e.line());
  }

  @Test
  void theBundledListLoadsAndKeepsNoTopicWordAsContext() {
    // Every row of the shipped list passes the checks (a bad one would stop the start-up), and "cease-fire" — a
    // topic's word, not a separatist group's context — is gone from ETA's words.
    OrganisationGazetteer g = OrganisationGazetteer.loadDefault();
    OrganisationGazetteer.Organisation eta = g.longestAt(tokens("ETA"), 0, (n, end) -> true).value().organisation();
    assertTrue(eta.acronymContext().contains("basque"));
    assertFalse(eta.acronymContext().contains("cease-fire"));
  }

  private static Tokens tokens(String text) {
    Tokens t = new Tokens();
    TOKENIZER.tokenize(text, t, false, 0);
    return t;
  }
}
