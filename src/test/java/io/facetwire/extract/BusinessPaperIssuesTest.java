package io.facetwire.extract;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A firm or a bank issuing bonds, notes or certificates of deposit is business news (issue 10, session 24, from the
 * opened parts' misses: "VOLVO ISSUES 70 BILLION EUROLIRE BOND"); a state's own bonds are trade and economy's, not
 * business. Passages written for this test; the first case failed with the previous topics.txt (no server).
 */
class BusinessPaperIssuesTest {

  private static final FacetExtractor SHIPPED = FacetExtractor.loadDefault();


  static Stream<TopicCase> cases() {
    return Stream.of(
        new TopicCase("a carmaker's eurobond", "business", "SAAB ISSUES 50 BILLION LIRE BOND",
            "Saab-Scania is issuing a 50 billion lire bond due 1992 paying 10-1/4 pct and priced at 101-1/2, "
                + "lead manager Banca Commerciale Italiana said. The bonds will be listed in Luxembourg.", true),
        new TopicCase("a state's own bond", "business", "DENMARK LAUNCHES 500 MLN ECU BOND",
            "The Kingdom of Denmark is launching a 500 mln ECU bond due 1994 with a 7-1/4 pct coupon, the "
                + "finance ministry said. The bonds are priced at 101.", false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void aFirmsPaperIsBusinessAStatesIsNot(TopicCase c) {
    c.assertOn(SHIPPED);
  }
}
