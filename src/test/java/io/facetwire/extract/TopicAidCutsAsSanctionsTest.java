package io.facetwire.extract;

import static io.facetwire.extract.Extracted.topics;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 45, from the opened test42 part (its one sanctions story, missed at its scoring), without a server: a state's
 * aid cut to punish another state is a sanction though the word is absent; an aid cut in a budget is not. Passages
 * written for this test; the first was tagged no sanctions on session 44's end jar.
 */
class TopicAidCutsAsSanctionsTest {

  @Test
  void anAidCutThatPunishesIsASanction() {
    List<String> punished = topics("SENATE VOTES TO CUT AID TO GUATEMALA",
        "The Senate voted to halve aid to Guatemala as a protest at its failure to cooperate in the fight against drug"
            + " trafficking. The measure would cut assistance by 12 mln dlrs this year.");
    assertTrue(punished.contains("sanctions"), punished.toString());
  }

  @Test
  void aBudgetsAidCutIsNone() {
    List<String> budget = topics("Britain to cut foreign aid budget",
        "The government will cut its aid budget from 0.7 to 0.5 pct of national income to pay for the pandemic, the"
            + " finance minister said. Charities said the cut in assistance would cost lives.");
    assertFalse(budget.contains("sanctions"), budget.toString());
  }
}
