package io.facetwire.extract;

import static io.facetwire.extract.Extracted.topics;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Session 46, from the development half of the blind modern-news set news41, without a server: a film review tells the
 * film's making and showing ("the screenplay", "the cinematography"), which makes it arts and entertainment
 * where its "film" words alone fell short. Passage written for this test; session 45's end jar tagged
 * nothing.
 */
class TopicFilmReviewsTest {

  @Test
  void aFilmsReviewIsArts() {
    assertEquals(java.util.List.of("arts and entertainment"), topics("'Night Shift' review: a quiet Lagos thriller",
        "TORONTO - The opening minutes of \"Night Shift\" belong to a generator. It is the second feature of the Nigerian"
            + " director, which premiered on Saturday at the Toronto International Film Festival. The screenplay follows"
            + " two nurses through one night in a Lagos hospital. The cinematography is patient, and the film trusts its"
            + " actors' faces. Few films at the festival this year were as sure of their world."));
  }
}
