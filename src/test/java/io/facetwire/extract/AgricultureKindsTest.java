package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.facetwire.facet.Facet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Agriculture's kinds from the opened test21 (issue 10, session 24): the tree crops and oils of the tropics (palm oil,
 * copra, natural rubber), the farm goods of the wire's market reports (hogs, pork, butter) and the oils and fats of
 * the EC's farm policy. The passages are written here in the wire's manner, not copied from a labelled part; every
 * "has" case failed with the previous topics.txt. The near misses keep a tyre maker's rubber and a company's results
 * out (no server).
 */
class AgricultureKindsTest {

  private static final FacetExtractor SHIPPED = FacetExtractor.loadDefault();
  private static final String TOPIC = "agriculture";

  record Case(String kind, String title, String body, boolean has) {

    @Override
    public String toString() {
      return kind;
    }
  }

  static Stream<Case> cases() {
    return Stream.of(
        new Case("palm oil bought at a tender", "PAKISTAN BUYS PALM OIL AT TENDER",
            "Pakistan bought 6,000 tonnes of refined palm oil for May shipment at its import tender on "
                + "Thursday, traders said. Palm oil prices in Kuala Lumpur were steady.", true),
        new Case("natural rubber supply", "THAILAND SEES NATURAL RUBBER SHORTAGE",
            "Thailand expects a shortage of natural rubber in the dry season as tapping slows, the rubber "
                + "producers' association said. Rubber prices rose two cents on the news.", true),
        new Case("hogs and pork in a market report", "HOG MARKET SEEN STEADY",
            "Hogs are expected to trade steady at midwest markets on Monday, dealers said. Pork demand was "
                + "light and packers were cutting their kill.", true),
        new Case("the EC's oils and fats tax", "DUTCH AGAINST EC OILS AND FATS TAX",
            "The Netherlands opposes the Commission's proposed tax on oils and fats, its farm minister said. "
                + "Importers of vegetable oils and oilseeds say the tax would raise prices for consumers.", true),
        new Case("a tyre maker's rubber", "TYRE MAKER RAISES PRICES",
            "Dunlop Tire and Rubber Corp said it will raise prices of its passenger tyres by four pct from "
                + "May 1. The company cited higher costs for synthetic rubber and steel.", false),
        new Case("a restaurant chain's results", "BURGER CHAIN PROFIT RISES",
            "Burger Barn Inc said its first quarter profit rose 12 pct on higher sales at its 300 restaurants. "
                + "The company said beef costs were stable.", false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachKindIsReadAsFarmingOrNot(Case c) {
    List<String> topics = SHIPPED.extract(c.title(), c.body()).values(Facet.TOPIC);
    if (c.has()) {
      assertTrue(topics.contains(TOPIC), c.kind() + ": " + topics);
    } else {
      assertFalse(topics.contains(TOPIC), c.kind() + ": " + topics);
    }
  }
}
