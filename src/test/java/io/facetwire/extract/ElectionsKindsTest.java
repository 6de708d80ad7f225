package io.facetwire.extract;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Elections in a race's own words (issue 10, session 24, from the opened parts' misses): a presidential bid ended, a
 * candidate endorsed, a party's lead in the polls. A board endorsing a merger is no race. Passages written for this
 * test; the first two cases failed with the previous topics.txt (no server).
 */
class ElectionsKindsTest {

  private static final FacetExtractor SHIPPED = FacetExtractor.loadDefault();


  static Stream<TopicCase> cases() {
    return Stream.of(
        new TopicCase("a presidential bid ended", "elections", "Senator ends presidential bid",
            "Senator Jane Doe ended her presidential bid on Tuesday after weeks of low support and said she would "
                + "back the front-runner. Her campaign had struggled to raise money.", true),
        new TopicCase("a poll's lead", "elections", "Opposition holds lead in the polls",
            "The opposition party holds a clear lead in the polls a month before the vote, a survey published on "
                + "Sunday showed. The government trails by six points.", true),
        new TopicCase("a board endorsing a merger is no race", "elections", "Board endorses merger",
            "The board of Acme Inc endorsed the merger with Beta Corp on Monday and recommended that shareholders "
                + "vote for it at a meeting in May.", false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void aRaceInItsOwnWords(TopicCase c) {
    c.assertOn(SHIPPED);
  }
}
