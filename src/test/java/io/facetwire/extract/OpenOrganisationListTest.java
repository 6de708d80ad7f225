package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.facetwire.facet.Facet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The open name list (WordNet's named organisations) after the curated gazetteer, without a server. */
class OpenOrganisationListTest {

  private static final List<String> CURATED = List.of("Federal Reserve\tthe Fed|Federal Reserve Board\tfed");

  @Test
  void anOpenEntrySharingANameWithACuratedOneAddsItsNamesToIt() {
    OrganisationGazetteer g = OrganisationGazetteer.load(CURATED,
        List.of("Federal Reserve System|Federal Reserve|FRS\tinstitution"));
    assertEquals("Federal Reserve", g.canonical("frs"));
    assertEquals("Federal Reserve", g.canonical("federal reserve system"));
  }

  @Test
  void anotherOpenEntryIsAnOrganisationOfItsOwnValuedByItsFirstName() {
    OrganisationGazetteer g = OrganisationGazetteer.load(CURATED,
        List.of("Federal National Mortgage Association|Fannie Mae|FNMA\tcompany", "Unrelated Body\tan organization"));
    assertEquals("Federal National Mortgage Association", g.canonical("fannie mae"));
    assertEquals("Federal National Mortgage Association", g.canonical("fnma"));
    assertEquals("Federal Reserve", g.canonical("the fed"), "the curated list keeps its own names");
    assertNull(g.canonical("fannie"));
  }

  @Test
  void aGenericOpenEntryIsReadButIsNoValue() {
    OrganisationGazetteer g = OrganisationGazetteer.load(List.of(), List.of("White House\tan organization\tgeneric"));
    Tokens t = new Tokens();
    new Tokenizer().tokenize("The White House said.", t, false, 0);
    NamePhrases.Match<OrganisationGazetteer.Name> m = g.longestAt(t, 1, (name, end) -> true);
    assertEquals(2, m.end());
    assertTrue(m.value().organisation().generic());
  }

  @Test
  void theShippedListNamesBodiesTheCuratedOneLacks() {
    FacetExtractor fx = FacetExtractor.loadDefault();
    assertEquals(List.of("Federal Home Loan Mortgage Corporation"),
        fx.extract(null, "Shares of Freddie Mac fell on Tuesday.").values(Facet.ORGANIZATION));
    assertEquals(List.of(), fx.extract(null, "The White House said on Tuesday it would wait.").values(Facet.ORGANIZATION),
        "a government's seat is read but is no organisation");
  }
}
