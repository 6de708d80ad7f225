package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.facetwire.facet.Facet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The company a shouted wire headline names before its ticker, without a server. */
class HeadlineCompaniesTest {

  private static final FacetExtractor FX = FacetExtractor.loadDefault();

  @Test
  void aNameEndingInACompanyFormBeforeATickerIsWrittenInTitleCase() {
    assertEquals("Kollmorgen Corp", HeadlineCompanies.of("KOLLMORGEN CORP <KOL> 3RD QTR NET"));
    assertEquals("H.F. Ahmanson and Co", HeadlineCompanies.of("H.F. AHMANSON AND CO <AHM> SETS DIVIDEND"));
    assertEquals("KMS Industries Inc", HeadlineCompanies.of("KMS INDUSTRIES INC &lt;KMSI> 1ST QTR LOSS"));
    assertEquals("E.A. Viner Holdings Ltd", HeadlineCompanies.of("E.A. VINER HOLDINGS LTD <EAV.TO> YEAR NET"));
    assertEquals("Owens-Illinois Inc", HeadlineCompanies.of("OWENS-ILLINOIS INC <OI> UPS PAYOUT"));
  }

  @Test
  void noCompanyWithoutATickerAFormOrAShoutedHeadline() {
    assertNull(HeadlineCompanies.of("GENERAL MOTORS <GM> SEES HIGHER SALES"), "no company form: left to the body");
    assertNull(HeadlineCompanies.of("KOLLMORGEN CORP 3RD QTR NET"), "no ticker");
    assertNull(HeadlineCompanies.of("Kollmorgen Corp <KOL> third quarter net"), "not shouted: the body's rules read it");
    assertNull(HeadlineCompanies.of("CORP <KOL> NET"), "a form alone");
    assertNull(HeadlineCompanies.of(null));
  }

  @Test
  void theHeadlinesCompanyJoinsTheArticlesUnlessTheTextNamesItAlready() {
    assertEquals(List.of("Kollmorgen"),
        FX.extract("KOLLMORGEN CORP <KOL> 3RD QTR NET", "Shr 1.20 dlrs vs 90 cts\nNet 12.1 mln vs 9.0 mln\n")
            .values(Facet.ORGANIZATION), "shown without its legal form, like the same company elsewhere");
    assertEquals(List.of("Schlumberger"),
        FX.extract("SCHLUMBERGER LTD <SLB> 3RD QTR NET", "Schlumberger said its profit rose.")
            .values(Facet.ORGANIZATION), "one company, as the body names it");
    assertEquals(List.of("Schlumberger"), HeadlineCompanies.withHeadline(List.of("Schlumberger"),
        "SCHLUMBERGER LTD <SLB> 3RD QTR NET"));
  }
}
