package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.facetwire.facet.Facet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The session-9 rules for where one organisation's mention ends, without a server: the partners' tail
 * ("and Co"), two names joined by "and", the post an office is named after, a treasury's debt.
 */
class OrganisationTailsTest {

  private static final FacetExtractor FX = FacetExtractor.loadDefault();

  private static List<String> orgs(String body) {
    return FX.extract(null, body).values(Facet.ORGANIZATION);
  }

  @Test
  void thePartnersTailOfAKnownNameIsNoNameOfItsOwn() {
    assertEquals(List.of("Merrill Lynch", "Morgan Stanley"),
        orgs("The lead manager was Morgan Stanley and Co Inc, with Merrill Lynch & Co."));
    assertEquals(List.of("Merrill Lynch"), orgs("Underwriters include Merrill Lynch and Co Inc."));
  }

  @Test
  void legalFormsAloneNameNothing() {
    assertEquals(List.of(), orgs("Shares were sold by Co Inc to the public."));
  }

  @Test
  void twoNamesJoinedByAndAreTwoWhenTheSecondIsKnown() {
    assertEquals(List.of("British Petroleum", "Exxon Mobil"),
        orgs("Pressure on Exxon Mobil and British Petroleum grew."));
    assertEquals(List.of("Bank of England", "Commerzbank", "Deutsche Bank"),
        orgs("Lenders such as Commerzbank and Deutsche Bank joined. The Treasury and Bank of England agreed."));
    assertEquals(List.of("Deutsche Bank"), orgs("Analysts at Baldrige and Deutsche Bank said so. Malcolm Baldrige left."),
        "the first is a person the article names");
    // Without a known second name a run with "and" stays one name.
    assertEquals(List.of("Food and Drug Administration"), orgs("Approval by the Food and Drug Administration came."));
    assertEquals(List.of("Securities and Exchange Commission"),
        orgs("It filed with the Securities and Exchange Commission on Monday."));
  }

  @Test
  void anOfficeNamedAfterAPostKeepsThePost() {
    assertEquals(List.of("Office of the Deputy Prime Minister"),
        orgs("A spokesman for the Office of the Deputy Prime Minister said the plans would go ahead."));
    assertEquals(List.of("University of Essex"),
        orgs("The University of Essex Professor John Smith said growth would pick up."),
        "a title before a person's name after the body is the person's");
  }

  @Test
  void aPartnershipWrittenWithCommasIsOneFirm() {
    assertEquals(List.of("Goldman Sachs", "Salomon Brothers"),
        orgs("The shares were sold through Goldman, Sachs and Co and Salomon Brothers Inc."));
    assertEquals(List.of("Smith Barney Harris Upham"),
        orgs("Peter Greenbaum of Smith, Barney, Harris Upham and Co said so."));
    assertEquals(List.of("SG Warburg"), orgs("Dealers will be Schroder Wagg, S.G. Warburg and Co Ltd."),
        "initials start a partner's firm of its own");
  }

  @Test
  void anOfficeForAPostKeepsThePost() {
    assertEquals(List.of("Office for the Deputy Prime Minister"),
        orgs("MPs scrutinising the Office for the Deputy Prime Minister said so."));
  }

  @Test
  void aTreasuryNamedForItsDebtIsNoMentionOfTheBody() {
    assertEquals(List.of(), orgs("Japanese purchases of U.S. Treasury securities fell, and Treasury bond yields rose."));
    assertEquals(List.of("U.S. Treasury"), orgs("The U.S. Treasury said it would sell bonds."));
  }

  private static Tokens tokens(String text) {
    Tokens t = new Tokens();
    new Tokenizer().tokenize(text, t, false, 0);
    return t;
  }

  @Test
  void afterCompanyFormsStopsBeforeAnotherName() {
    Tokens t = tokens("Smith and Company Stores opened");
    assertEquals(0, OrganisationTails.afterCompanyForms(t, 0), "\"and Company Stores\" names another firm");
    Tokens u = tokens("Mitsui and Co Ltd sold");
    assertEquals(3, OrganisationTails.afterCompanyForms(u, 0));
    assertTrue(OrganisationTails.namesItsSecurities(tokens("Treasury bills rose"), 0));
    assertFalse(OrganisationTails.namesItsSecurities(tokens("Treasury officials said"), 0));
  }
}
