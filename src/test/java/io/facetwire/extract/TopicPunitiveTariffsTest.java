package io.facetwire.extract;

import static io.facetwire.extract.Extracted.topics;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 41 (issue 10), no server: a tariff laid on a state for failing its side of an agreement, and the target's
 * effort to head such tariffs off, name the retaliation in other words (test38-keys, once opened: both stories were
 * missed on session 40's end jar, each with one counted sanctions match). A tariff row whose talks failed to reach an
 * agreement, and a firm avoiding a tariff by where it buys its parts, are trade, not sanctions.
 */
class TopicPunitiveTariffsTest {

  @Test
  void tariffsImposedForAFailedAgreementAreSanctions() {
    List<String> topics = topics("WHITE HOUSE SLAPS TARIFFS ON JAPANESE GOODS",
        "The White House announced 100 pct tariffs on 300 mln dlrs worth of Japanese electronic goods, effective"
            + " Friday. The tariffs were imposed because of Japan's alleged failure to honor an agreement to stop"
            + " selling computer chips below cost and to open its markets. Officials said the tariffs would be"
            + " lifted once compliance improved.");
    assertTrue(topics.contains("sanctions"), topics.toString());
  }

  @Test
  void talksToHeadOffSuchTariffsAreSanctions() {
    List<String> topics = topics("U.S., JAPANESE TRADE OFFICIALS OPEN TALKS",
        "A senior Japanese trade official met U.S. negotiators in an emergency effort to head off new high American"
            + " tariffs on Japanese semiconductor goods due on April 17. U.S. officials said Japan had not lived up to"
            + " its chip agreement with the United States and little could be done now to avert the 300 mln dlrs in"
            + " tariffs.");
    assertTrue(topics.contains("sanctions"), topics.toString());
  }

  @Test
  void talksThatFailedToAgreeOnTariffsAreNoSanction() {
    List<String> topics = topics("EC AND U.S. FAIL TO AGREE ON FARM TARIFFS",
        "Talks between the European Community and the United States failed to reach an agreement on farm tariffs,"
            + " negotiators said. The failure of the talks leaves the tariffs on grain unchanged, and both sides said"
            + " they would meet again next month to discuss the tariffs.");
    assertFalse(topics.contains("sanctions"), topics.toString());
  }

  @Test
  void aFirmAvoidingATariffIsNoSanction() {
    List<String> topics = topics("TOYOTA AND VW TO RAISE LOCAL PARTS BUYING",
        "Toyota and Volkswagen need to raise the value of parts bought in Europe to 60 pct to avoid tariffs when"
            + " they export the pick-up trucks they build in West Germany to other European markets. The two"
            + " companies said they would buy more parts from German suppliers.");
    assertFalse(topics.contains("sanctions"), topics.toString());
  }
}
