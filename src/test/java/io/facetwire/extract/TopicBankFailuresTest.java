package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.facetwire.facet.Facet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 40 (issue 10), no server: a bank's failure and the deposit insurers that close banks (the FDIC, the FSLIC)
 * are business news, as the opened parts label every such story (test37's "BANK FAILURE WAS 16TH IN TEXAS" was missed
 * on session 39's end jar); the state's budget deficit with no bank in it is not.
 */
class TopicBankFailuresTest {

  private static final FacetExtractor FX = FacetExtractor.loadDefault();

  @Test
  void aFailedBankIsBusiness() {
    List<String> topics = FX.extract("FDIC SAYS INDIANA BANK BECOMES 48TH TO FAIL",
        "The Federal Deposit Insurance Corp said the First State Bank of Indiana was closed by state regulators,"
            + " the 48th bank failure this year. Its deposits of 12 mln dlrs were assumed by another bank.")
        .values(Facet.TOPIC);
    assertTrue(topics.contains("business"), topics.toString());
  }

  @Test
  void aBudgetDeficitIsNoBankStory() {
    List<String> topics = FX.extract("U.S. BUDGET DEFICIT NARROWS IN MARCH",
        "The U.S. budget deficit narrowed to 15 billion dlrs in March from 22 billion in February, the Treasury said."
            + " Receipts rose on higher tax payments while spending fell.")
        .values(Facet.TOPIC);
    assertFalse(topics.contains("business"), topics.toString());
  }
}
