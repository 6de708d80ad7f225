package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.facetwire.facet.Facet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The session-10 rules for where one organisation's name ends, without a server: a bracketed region before a
 * legal form, a bank's double name joined by "and", a body named after its members in the plural, and a
 * lower-case word joined by a hyphen ("Blu-ray Disc Association").
 */
class OrganisationNameBoundsTest {

  private static final FacetExtractor FX = FacetExtractor.loadDefault();

  private static List<String> orgs(String body) {
    return FX.extract(null, body).values(Facet.ORGANIZATION);
  }

  @Test
  void aBracketedRegionBeforeALegalFormIsPartOfTheName() {
    assertEquals(List.of("Nikko Securities Co (Europe)"),
        orgs("The lead manager is Nikko Securities Co (Europe) Ltd, the bank said."));
    assertEquals(List.of("Citicorp Investment Bank (Switzerland)"),
        orgs("The notes were placed by Citicorp Investment Bank (Switzerland) AG on Monday."));
    assertEquals(List.of("Total Holdings (Australia)"),
        orgs("It sold the stake to Total Holdings (Australia) Pty Ltd last week."));
  }

  @Test
  void aBracketedRegionOfAKnownNameIsAnotherCompany() {
    assertEquals(List.of("Salomon Brothers (Asia)"),
        orgs("Co-managers include Salomon Brothers (Asia) Ltd and others."));
  }

  @Test
  void aPersonsCountryInBracketsIsNoPartOfAName() {
    assertEquals(List.of("Hydrocarbons"),
        orgs("Hydrocarbons Ltd (UK) said profits rose."), "no legal form after the bracket");
    assertEquals(List.of(), orgs("The shortlist: Philip Roth (US) Muriel Spark (UK) and others."));
  }

  @Test
  void aBanksDoubleNameJoinedByAndIsOneName() {
    assertEquals(List.of("Sumitomo Trust and Banking"),
        orgs("Sumitomo Trust and Banking Co Ltd is the trustee."));
    assertEquals(List.of("Commercial Exchange Bank and Trust"),
        orgs("It bought Commercial Exchange Bank and Trust Ltd of Anguilla in the deal."));
    // Two companies each with its own form stay two.
    assertEquals(List.of("Chemical Bank", "Marine Midland Trust"),
        orgs("Lenders were Chemical Bank and Marine Midland Trust Co."));
  }

  @Test
  void aBodyNamedAfterItsMembersInThePluralKeepsThem() {
    assertEquals(List.of("Association of Chief Police Officers"),
        orgs("The Association of Chief Police Officers said the law was unclear."));
    assertEquals(List.of("National Association of Higher Education Teachers"),
        orgs("The National Association of Higher Education Teachers called a strike."));
    assertEquals(List.of("Council of Economic Advisers"),
        orgs("The Council of Economic Advisers Chairman Beryl Sprinkel said growth would slow."),
        "a singular title after the plural is the person's");
  }

  @Test
  void aLowerCaseWordJoinedByAHyphenStaysInTheName() {
    assertEquals(List.of("Blu-ray Disc Association"),
        orgs("The Blu-ray Disc Association backs the format."));
    assertEquals(List.of("Coalition of Non-governmental Organizations"),
        orgs("The Coalition of Non-governmental Organizations wrote to the minister."));
    assertEquals(List.of("Holmes Protection Group"),
        orgs("The deal values New York-based Holmes Protection Group at 20 mln dlrs."),
        "a participle describes the name after it");
  }
}
