package io.facetwire.extract;

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


  static Stream<TopicCase> cases() {
    return Stream.of(
        new TopicCase("palm oil bought at a tender", TOPIC, "PAKISTAN BUYS PALM OIL AT TENDER",
            "Pakistan bought 6,000 tonnes of refined palm oil for May shipment at its import tender on "
                + "Thursday, traders said. Palm oil prices in Kuala Lumpur were steady.", true),
        new TopicCase("natural rubber supply", TOPIC, "THAILAND SEES NATURAL RUBBER SHORTAGE",
            "Thailand expects a shortage of natural rubber in the dry season as tapping slows, the rubber "
                + "producers' association said. Rubber prices rose two cents on the news.", true),
        new TopicCase("hogs and pork in a market report", TOPIC, "HOG MARKET SEEN STEADY",
            "Hogs are expected to trade steady at midwest markets on Monday, dealers said. Pork demand was "
                + "light and packers were cutting their kill.", true),
        new TopicCase("the EC's oils and fats tax", TOPIC, "DUTCH AGAINST EC OILS AND FATS TAX",
            "The Netherlands opposes the Commission's proposed tax on oils and fats, its farm minister said. "
                + "Importers of vegetable oils and oilseeds say the tax would raise prices for consumers.", true),
        new TopicCase("a tyre maker's rubber", TOPIC, "TYRE MAKER RAISES PRICES",
            "Dunlop Tire and Rubber Corp said it will raise prices of its passenger tyres by four pct from "
                + "May 1. The company cited higher costs for synthetic rubber and steel.", false),
        new TopicCase("a restaurant chain's results", TOPIC, "BURGER CHAIN PROFIT RISES",
            "Burger Barn Inc said its first quarter profit rose 12 pct on higher sales at its 300 restaurants. "
                + "The company said beef costs were stable.", false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachKindIsReadAsFarmingOrNot(TopicCase c) {
    c.assertOn(SHIPPED);
  }
}
