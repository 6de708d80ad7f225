package io.facetwire.extract;

import io.facetwire.extract.BlindPassageSet.Passage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The third blind key-topic passage set (session 19): {@code /topics/blind-recent19-dev.tsv} and
 * {@code /topics/blind-recent19-test.tsv}, written and labelled by LABELLING.md before topics.txt was opened in that
 * session, with the key topic carried by wording outside sessions 17 and 18's kinds (a state's penalty tariffs and
 * trade freezes, terrorist and court designations, the war's later camps and towns, the gangs and malware named,
 * encrypted machines, agencies' joint orbiters and trained crews; and near misses of the same words: a board that
 * "sanctions" a buyback, Damascus steel, life hacks, prices that rocket). As in {@link BlindRecentPassagesTest}: each
 * key topic must come out as labelled, except the (row, topic) pairs listed in
 * {@code /topics/blind-recent19-known-misses.tsv}, which must still come out wrong (a fix takes its line off).
 */
class BlindRecent19PassagesTest {

  private static final FacetExtractor FX = FacetExtractor.loadDefault();
  private static final BlindPassageSet SET = new BlindPassageSet("blind-recent19", 73, 47);

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
