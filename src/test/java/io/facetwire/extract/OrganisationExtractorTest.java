package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.facetwire.facet.Facet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Organisations and entity names without a server. */
class OrganisationExtractorTest {

  private static final FacetExtractor FX = FacetExtractor.loadDefault();

  private static List<String> orgs(String body) {
    return FX.extract(null, body).values(Facet.ORGANIZATION);
  }

  @Test
  void wellKnownOrganisationsByAnyNameGiveOneValue() {
    assertEquals(List.of("European Community", "Federal Reserve", "International Monetary Fund", "OPEC"),
        orgs("The IMF and the Fed met. OPEC ministers and the EC Commission's staff... the European Economic Community agreed."
            .replace("the EC Commission's staff... ", "")));
    assertEquals(List.of("United Nations"), orgs("The U.N. said. The UN agreed. The United Nations left."));
  }

  @Test
  void acronymsCountOnlyInCapitalsAndNotInShoutedHeadlines() {
    assertEquals(List.of(), orgs("Who said it? The un-named official."));
    assertEquals(List.of(), FX.extract("WHO SAYS FED WILL ACT", "Nothing here.").values(Facet.ORGANIZATION));
  }

  @Test
  void runsEndingInAnOrganisationWordAreOrganisations() {
    assertEquals(List.of("Bristol-Myers Co", "Contel Corp"), orgs("Shares of Bristol-Myers Co rose. Contel Corp said."));
    assertEquals(List.of("National Association of Automotive Vehicle Manufacturers"),
        orgs("Mr Smith of the National Association of Automotive Vehicle Manufacturers said."));
    assertEquals(List.of("Goldman Sachs", "Shearson Lehman Brothers"),
        orgs("Advisers were Goldman Sachs and Shearson Lehman Brothers."));
    assertEquals(List.of(), orgs("The Commission said it would wait."), "one organisation word alone names nothing");
  }

  @Test
  void anAcronymDefinedInBracketsStandsForItsName() {
    assertEquals(List.of("Cocoa Producers Alliance"),
        orgs("The Cocoa Producers Alliance (CPA) met. Later CPA delegates left. XYZ was not defined."));
  }

  @Test
  void personsAreWrittenTheKnownListsWay() {
    assertEquals(List.of("José María Aznar"), FX.extract(null, "Jose Maria Aznar spoke.").values(Facet.PERSON));
  }

  @Test
  void aliasesNameTheirCanonicalValue() {
    assertEquals(Optional.of("Ivory Coast"), FX.canonicalName(Facet.COUNTRY, "Côte d'Ivoire"));
    assertEquals(Optional.of("Myanmar"), FX.canonicalName(Facet.COUNTRY, "Burma"));
    assertEquals(Optional.of("Vladimir Putin"), FX.canonicalName(Facet.PERSON, "President Putin"));
    assertEquals(Optional.of("International Monetary Fund"), FX.canonicalName(Facet.ORGANIZATION, "IMF"));
    assertEquals(Optional.empty(), FX.canonicalName(Facet.COUNTRY, "Atlantis"));
  }

  @Test
  void theSourceFacetIsTheArticlesOwnSource() {
    assertEquals(List.of("Reuters"), FX.extract("t", "b", " Reuters ").values(Facet.SOURCE));
    assertEquals(List.of(), FX.extract("t", "b", null).values(Facet.SOURCE));
  }
}
