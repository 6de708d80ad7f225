package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A mined name counts where it is a whole run of capitalised words and no person's surname; no server. */
class MinedOrganisationsTest {

  private static final OrganisationExtractor WITH_MINED = new OrganisationExtractor(OrganisationGazetteer.loadDefault(),
      NameLexicon.loadDefault(), CountryGazetteer.loadDefault(),
      MinedOrganisations.of(List.of("Sendo", "Tate", "Sachs", "Deutsche Boerse", "Blinkx", "Copernic")));
  private static final Tokenizer TOKENIZER = new Tokenizer();

  private static List<String> orgs(String body) {
    Tokens t = Tokens.forChars(body.length());
    TOKENIZER.tokenize(body, t, false, 0);
    return WITH_MINED.extract(t);
  }

  @Test
  void aMinedNameCountsWithNoCueAroundIt() {
    assertEquals(List.of("Deutsche Boerse", "Sendo"),
        orgs("Sendo said on Monday it would cut jobs. Deutsche Boerse bosses met in Frankfurt."));
    assertEquals(List.of("Blinkx", "Copernic"), orgs("Companies such as Blinkx, Copernic and others do the same."));
  }

  @Test
  void aMinedNameInsideALongerRunIsNotTakenOutOfIt() {
    assertEquals(List.of("Tate and Lyle PLC"), orgs("Shares in Tate and Lyle PLC rose."));
    assertTrue(!orgs("Advisers were Goldman, Sachs and Co, it said.").contains("Sachs"));
    assertEquals(List.of("Sendo Mobile Ltd"), orgs("Sendo Mobile Ltd said. It said Sendo agreed."),
        "the short form beside its fuller name is one organisation");
  }

  @Test
  void aMinedNameThatIsASurnameHereIsAPerson() {
    assertEquals(List.of(), orgs("Mr Sendo said he would stay. Sendo, 54, left at noon."));
  }

  @Test
  void matchingIsBoundedByTheLongestName() {
    MinedOrganisations mined = MinedOrganisations.of(List.of("Deutsche Boerse", ""));
    assertEquals(1, mined.size(), "a blank line names nothing");
    Tokens t = Tokens.forChars(40);
    TOKENIZER.tokenize("Deutsche Boerse Deutsche Bank", t, false, 0);
    assertEquals(1, mined.match(t, 0));
    assertEquals(-1, mined.match(t, 2));
    assertEquals(-1, MinedOrganisations.none().match(t, 0));
  }

  @Test
  void theShippedListLoadsAndHoldsNoCommonWords() {
    MinedOrganisations shipped = MinedOrganisations.loadDefault();
    assertTrue(shipped.size() > 500, "mined names: " + shipped.size());
    for (String word : List.of("Europe", "Chicago", "Chapter", "Brown")) {
      Tokens t = Tokens.forChars(word.length());
      TOKENIZER.tokenize(word, t, false, 0);
      assertEquals(-1, shipped.match(t, 0), word);
    }
  }
}
