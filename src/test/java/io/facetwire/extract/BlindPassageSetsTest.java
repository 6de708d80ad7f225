package io.facetwire.extract;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The blind passage sets as tables: every row of {@code /topics/NAME-dev.tsv} and {@code /topics/NAME-test.tsv}
 * (news passages written and labelled by LABELLING.md before topics.txt was read; each file's header says by whom and in
 * which wording) runs through the current definitions, and each of the four key topics must come out as labelled —
 * except the (row, topic) pairs listed in {@code /topics/NAME-known-misses.tsv}, which must still come out wrong. So a
 * definition change that fixes a known miss fails here until the list loses it, and one that breaks a row that held
 * fails too: both show. The sets, one per session that wrote one:
 * <ul>
 *   <li>{@code blind-recent} (session 17): 2014-2026 news in the wording of Reuters, AP, the BBC and the Guardian;</li>
 *   <li>{@code blind-recent18}: regional and wire outlets of Africa, Latin America, Asia and the Gulf;</li>
 *   <li>{@code blind-recent19}: wire, national, trade and local outlets, wording outside the first two sets' kinds;</li>
 *   <li>{@code blind-recent20}: state and national agencies (Xinhua, TASS, Yonhap, Kyodo, Anadolu, SANA);</li>
 *   <li>{@code blind-recent22}: the news of 1985-2013 (trade cut off, divestment, early e-mail worms, Shuttle-Mir),
 *       written by a helper who had read only LABELLING.md's definitions;</li>
 *   <li>{@code blind-recent23}: full-length articles (250-600 words) of 2014-2026 from wire, national, broadcast,
 *       business, security-trade, space and state outlets, written the same way;</li>
 *   <li>{@code blind-topics23}: full-length articles of 2015-2026 written for the ten shown topics other than the key
 *       four (and for none), labelled with every topic that applies: every shown topic is checked;</li>
 *   <li>{@code blind-wire24}: stories in the manner of the Reuters wire of 1985-1990 (the corpus's own era and style:
 *       capitals headlines, "mln dlrs"), written the same way.</li>
 * </ul>
 */
class BlindPassageSetsTest {

  private static final FacetExtractor FX = FacetExtractor.loadDefault();

  private static final List<BlindPassageSet> SETS = List.of(
      new BlindPassageSet("blind-recent", 187, 125),
      new BlindPassageSet("blind-recent18", 106, 70),
      new BlindPassageSet("blind-recent19", 73, 47),
      new BlindPassageSet("blind-recent20", 41, 28),
      new BlindPassageSet("blind-recent22", 56, 36),
      new BlindPassageSet("blind-recent23", 39, 28),
      BlindPassageSet.allTopics("blind-topics23", 34, 32),
      new BlindPassageSet("blind-wire24", 39, 26));

  static Stream<Arguments> passages() {
    return SETS.stream().flatMap(set -> set.passages().stream().map(p -> Arguments.of(set, p)));
  }

  static Stream<BlindPassageSet> sets() {
    return SETS.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("passages")
  void eachCheckedTopicComesOutAsLabelledOrAsAListedMiss(BlindPassageSet set, BlindPassageSet.Passage p) {
    set.assertTopicsAsLabelledOrListed(FX, p);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sets")
  void theSetsAreWhatTheirHeadersSayAndEveryKnownMissNamesARowAndACheckedTopic(BlindPassageSet set) {
    set.assertWhatTheHeadersSay();
  }
}
