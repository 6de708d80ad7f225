package io.facetwire.extract;

import static io.facetwire.extract.Extracted.topics;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 44, from the development half of the blind modern-news set news39, without a server: the Indian English verb
 * "sanctions" that approves a sum of rupees is no sanctions story; the measure itself in an Indian story still is. Both
 * passages written for this test; the first was tagged sanctions on session 43's end code.
 */
class TopicNews39SensesTest {

  @Test
  void aSumSanctionedIsNoSanctionsStory() {
    List<String> funds = topics("Centre sanctions Rs 1,104 cr for Himachal roads, bridges",
        "The Union Ministry of Road Transport and Highways has sanctioned Rs 1,104 crore for 42 road and bridge projects"
            + " in Himachal Pradesh. The state had sought the money after last year's monsoon. The ministry sanctions"
            + " Rs 500 crore more next year, officials said.");
    assertFalse(funds.contains("sanctions"), funds.toString());
    List<String> measure = topics("US sanctions Indian firms over Iranian oil trade",
        "The United States imposed sanctions on four Indian companies on Thursday for shipping Iranian oil, the Treasury"
            + " said. The sanctions freeze any US assets of the firms. India said it did not recognise unilateral"
            + " sanctions and would protect its companies, which had traded Rs 900 crore of oil in a year.");
    assertTrue(measure.contains("sanctions"), measure.toString());
  }
}
