package io.facetwire.extract;

import static io.facetwire.extract.Extracted.topics;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 45, from the opened test42 part, without a server: a kidnapping for ransom is crime and justice; a hostage
 * taken by militants is terrorism's or the conflict's, not a crime story of its own. Passages written for this test;
 * the first was tagged no topic on session 44's end jar.
 */
class TopicKidnappingsTest {

  @Test
  void aKidnappingForRansomIsACrime() {
    List<String> ransom = topics("KIDNAPPED ENGINEER ALIVE, CHURCH SAYS",
        "A kidnapped Italian engineer is alive and may soon be released, the archbishop said. The engineer was"
            + " kidnapped last November and his captors have demanded a two mln dlr ransom from his employer.");
    assertTrue(ransom.contains("crime and justice"), ransom.toString());
  }

  @Test
  void aHostageOfMilitantsIsNoCrimeStory() {
    List<String> hostage = topics("Aid worker kidnapped in Iraq",
        "Militants kidnapped a British aid worker in Baghdad on Tuesday and released a video of her. The kidnappers"
            + " demanded that British troops leave Iraq. Her abduction was condemned by the government.");
    assertFalse(hostage.contains("crime and justice"), hostage.toString());
  }
}
