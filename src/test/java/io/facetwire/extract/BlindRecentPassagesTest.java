package io.facetwire.extract;

import io.facetwire.extract.BlindPassageSet.Passage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The blind key-topic passages of session 17 as a table: every row of {@code /topics/blind-recent-dev.tsv} and
 * {@code /topics/blind-recent-test.tsv} (news passages of 2014-2026 written and labelled by LABELLING.md before
 * topics.txt was read; see the files' headers) run through the current definitions, and each of the four key topics
 * must come out as labelled — except the (row, topic) pairs listed in {@code /topics/blind-recent-known-misses.tsv},
 * which must still come out wrong. So a definition change that fixes a known miss fails here until the list loses
 * it, and one that breaks a row that held fails too: both show.
 */
class BlindRecentPassagesTest {

  private static final FacetExtractor FX = FacetExtractor.loadDefault();
  private static final BlindPassageSet SET = new BlindPassageSet("blind-recent", 187, 125);

  static List<Passage> passages() {
    return SET.passages();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("passages")
  void eachKeyTopicComesOutAsLabelledOrAsAListedMiss(Passage p) {
    SET.assertKeyTopicsAsLabelledOrListed(FX, p);
  }

  @Test
  void theSetsAreWhatTheirHeadersSayAndEveryKnownMissNamesARowAndAKeyTopic() {
    SET.assertWhatTheHeadersSay();
  }
}
