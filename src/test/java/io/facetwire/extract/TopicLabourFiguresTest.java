package io.facetwire.extract;

import static io.facetwire.extract.Extracted.topics;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 42 (issue 10), no server: a state's labour-market figures in the wire's words ("average earnings", "unit wage
 * costs", "seasonally adjusted") are the economy's story, not a company's earnings (the opened test39's "U.K. EARNINGS
 * UP UNDERLYING 7.75 PCT IN APRIL" was tagged business and not trade and economy). A firm's earnings stay business.
 * Passages written for this test.
 */
class TopicLabourFiguresTest {

  @Test
  void averageEarningsAndWageCostsAreTheEconomys() {
    assertEquals(List.of("trade and economy"), topics("U.K. EARNINGS RISE 7.5 PCT IN MAY",
        "LONDON, July 16 - Average earnings in Britain rose a seasonally adjusted 7.5 pct in the year to end-May, the"
            + " Employment Department said. The index was set at a provisional 199.1, up from 197.3 in April. Unit"
            + " wage costs in manufacturing rose 1.1 pct in the year to May, and productivity was 6.0 pct higher than"
            + " a year earlier."));
  }

  @Test
  void aFirmsEarningsStayBusiness() {
    assertEquals(List.of("business"), topics("ACME CORP SEES HIGHER EARNINGS",
        "NEW YORK, July 16 - Acme Corp said it expects earnings per share to rise about 15 pct this year on higher"
            + " sales of its industrial pumps. The company's shareholders will meet in September, and its chairman"
            + " said the board may raise the quarterly dividend."));
  }
}
