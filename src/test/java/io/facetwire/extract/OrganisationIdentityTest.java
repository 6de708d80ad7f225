package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.facetwire.facet.Facet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** When two names are one organisation, and which one value an article shows for it; no server. */
class OrganisationIdentityTest {

  private static void same(String a, String b) {
    assertEquals(OrganisationIdentity.key(a), OrganisationIdentity.key(b), a + " and " + b);
  }

  private static void different(String a, String b) {
    assertNotEquals(OrganisationIdentity.key(a), OrganisationIdentity.key(b), a + " and " + b);
  }

  @Test
  void legalFormsAtTheEndAreNoPartOfTheIdentity() {
    same("Ford Motor Co", "Ford Motor");
    same("Ford Motor Company", "Ford Motor Corp.");
    same("Daiwa Securities Co Ltd", "Daiwa Securities");
    same("British Petroleum Co Plc", "British Petroleum");
    same("Volkswagen AG", "Volkswagen");
    same("Heineken N.V.", "Heineken");
    same("Chelsea FC", "Chelsea");
    same("W.R. Grace and Co", "WR Grace");
    same("Merrill Lynch & Co", "Merrill Lynch");
    same("Hungarian National Asset Management, Inc.", "Hungarian National Asset Management");
  }

  @Test
  void caseAccentsPunctuationTheSpellingAndAmpersandAreNoPartOfIt() {
    same("The Guardian", "Guardian");
    same("SOCIÉTÉ GÉNÉRALE", "Societe Generale");
    same("S.G. Warburg", "SG Warburg");
    same("Bristol-Myers", "Bristol Myers");
    same("McDonald's", "McDonalds");
    same("World Trade Organisation", "World Trade Organization");
    same("Ernst & Young", "Ernst and Young");
    same("P&O Cruises", "P & O Cruises");
  }

  /** Session 15: a company's "Bros" is its "Brothers" (a labelled "Salomon Bros" was missed beside "Salomon Brothers"). */
  @Test
  void brosIsBrothers() {
    same("Salomon Bros", "Salomon Brothers");
    same("Shearson Lehman Bros.", "Shearson Lehman Brothers");
    different("Bros", "Brothers Grimm");
  }

  @Test
  void nameFormingWordsAndFirstWordsStay() {
    different("Revlon Group", "Revlon");
    different("Arsenal Holdings", "Arsenal");
    different("Deutsche Bank", "Deutsche");
    different("Lehman Brothers", "Lehman");
    different("Ford Motor Co", "Ford");
    assertEquals("company", OrganisationIdentity.key("Company"), "a name that is only a form keeps it");
    assertEquals("co", OrganisationIdentity.key("the Co"));
    assertEquals("and", OrganisationIdentity.key("AND"));
  }

  @Test
  void theShownNameDropsTheLegalFormAndALeadingThe() {
    assertEquals("Ford Motor", OrganisationIdentity.withoutLegalForm("Ford Motor Co"));
    assertEquals("Sears, Roebuck", OrganisationIdentity.withoutLegalForm("Sears, Roebuck and Co"));
    assertEquals("Hungarian National Asset Management",
        OrganisationIdentity.withoutLegalForm("Hungarian National Asset Management, Inc."));
    assertEquals("Teck Hock", OrganisationIdentity.withoutLegalForm("Teck Hock and Co Pte Ltd"));
    assertEquals("Walt Disney", OrganisationIdentity.withoutLegalForm("The Walt Disney Company"));
    assertEquals("Revlon Group", OrganisationIdentity.withoutLegalForm("Revlon Group"));
    assertEquals("Inc", OrganisationIdentity.withoutLegalForm("Inc"));
  }

  @Test
  void anArticleGetsOneValuePerOrganisationTheListedOneOrTheFullest() {
    Set<String> listed = Set.of("World Trade Organization");
    assertEquals(List.of("Ford Motor", "World Trade Organization"), OrganisationIdentity.oneValueEach(
        List.of("Ford Motor", "Ford Motor Co", "World Trade Organisation", "World Trade Organization"),
        listed::contains));
    assertEquals(List.of("Ford", "Ford Motor"), OrganisationIdentity.oneValueEach(
        List.of("Ford", "Ford Motor Co"), listed::contains), "two names, two organisations");
    assertEquals(List.of("Ernst and Young"), OrganisationIdentity.oneValueEach(
        List.of("Ernst & Young", "Ernst and Young"), listed::contains), "the fullest written form");
  }

  @Test
  void theExtractorGivesOneValueAndTheEntityPagesNameTheStoredOne() {
    FacetExtractor fx = FacetExtractor.loadDefault();
    List<String> found = fx.extract("Brightwater results",
        "Brightwater Instruments Inc said its profit rose. Shares of Brightwater Instruments rose 10 pct.")
        .values(Facet.ORGANIZATION);
    assertEquals(List.of("Brightwater Instruments"), found);
    assertEquals("Brightwater Instruments",
        fx.canonicalName(Facet.ORGANIZATION, "Brightwater Instruments Corp").orElseThrow());
    assertEquals("International Monetary Fund", fx.canonicalName(Facet.ORGANIZATION, "IMF").orElseThrow(),
        "a listed organisation keeps its own value");
  }
}
