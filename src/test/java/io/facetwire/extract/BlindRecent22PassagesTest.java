package io.facetwire.extract;

import io.facetwire.extract.BlindPassageSet.Passage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fifth blind key-topic passage set (session 22): {@code /topics/blind-recent22-dev.tsv} and
 * {@code /topics/blind-recent22-test.tsv}, 92 passages in the wording of the news of 1985-2013 (the wire, newspapers,
 * broadcasters, state agencies and government press releases), written and labelled by LABELLING.md by a helper who
 * had read neither topics.txt nor any topic test (South Africa's and Libya's trade cut off, divestment, the Helms-Burton
 * counter-measures, asset freezes and travel bans on a junta; early e-mail worms and card thefts; Mir, Shuttle-Mir and
 * joint satellites; near misses: a teachers' union's sanctions, a news embargo, Kerala's Syrian Christians, a phone
 * network's crash, a national crewed launch). As in {@link BlindRecentPassagesTest}: each key topic must come out as
 * labelled, except the (row, topic) pairs listed in {@code /topics/blind-recent22-known-misses.tsv}, which must still
 * come out wrong (a fix takes its line off).
 */
class BlindRecent22PassagesTest {

  private static final FacetExtractor FX = FacetExtractor.loadDefault();
  private static final BlindPassageSet SET = new BlindPassageSet("blind-recent22", 56, 36);

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
