package io.facetwire.extract;

import static io.facetwire.extract.Extracted.topics;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 49, from the development halves of the blind modern-news sets news42 and news44, without a server: a
 * restaurant review whose headline sets a Syrian city beside a chef, a diner or its kitchens is no Syria story, however
 * much the title weighs; a Syrian city beside the war's words still is. Passages written for this test; the first case
 * was tagged Syria on session 48's end jar.
 */
class TopicNews44SensesTest {

  @Test
  void aReviewsHeadlineCityIsNoSyriaStory() {
    List<String> review = topics("From Homs to Hope Street: chef Rami Haddad's new diner is the hottest table in town",
        "The queue starts at five. Inside, the room is small and loud, and the bread comes straight from the oven."
            + " Haddad left Homs as a teenager and cooked in three cities before this one. Bookings are taken a month"
            + " ahead, and the lamb with pomegranate sells out by eight. The wine list is short and fairly priced.");
    assertFalse(review.contains("Syria"), review.toString());
    List<String> war = topics("From Homs to Hama: shelling resumes as the ceasefire collapses",
        "Government forces shelled rebel-held districts of Homs on Tuesday, residents said, as a ceasefire collapsed."
            + " Fighting spread north towards Hama, and aid agencies said thousands had fled. The Syrian Observatory"
            + " for Human Rights counted dozens of dead.");
    assertTrue(war.contains("Syria"), war.toString());
  }
}
