package io.facetwire.extract;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Trade and economy's kinds from the opened test22 and the parts before it (issue 10, session 25): trade remedies
 * (dumping and countervailing duties), a state's taxes and fees on goods, its budget in the legislature's committees
 * and a central bank named by its name. The passages are written here in the wire's manner, not copied from a labelled
 * part; every "has" case failed with the previous topics.txt. The near misses keep a company's own duty-free shop and a
 * bank's customer notes out of the topic (no server).
 */
class TradeRemediesAndTaxesTest {

  private static final FacetExtractor SHIPPED = FacetExtractor.loadDefault();
  private static final String TOPIC = "trade and economy";

  static Stream<TopicCase> cases() {
    return Stream.of(
        new TopicCase("dumping duties", TOPIC, "U.S. SETS DUMPING DUTIES ON CANADIAN POTATOES",
            "The Commerce Department said it set final dumping duties of 12 pct on fresh potatoes from Canada. "
                + "Growers in Maine had complained about the shipments.", true),
        new TopicCase("a tax on goods proposed by a bloc", TOPIC, "EC STATES SPLIT ON PROPOSED FATS TAX",
            "Member states of the European Community remain split over a proposed fats tax on oils and fats, "
                + "diplomats said. Three states oppose it outright.", true),
        new TopicCase("an oil import fee", TOPIC, "BAKER SAYS REAGAN OPPOSES OIL IMPORT FEE",
            "Treasury Secretary James Baker said the president remains opposed to an oil import fee. He told "
                + "the committee an oil import fee would hurt consumers.", true),
        new TopicCase("a central bank by its name", TOPIC, "BANK NEGARA CUTS LENDING RATE",
            "Bank Negara, Malaysia's central bank, said it cut its lending rate to commercial banks by half a "
                + "point. Dealers expected the move.", true),
        new TopicCase("a shop's duty-free sales", TOPIC, "AIRPORT SHOPS REPORT RECORD YEAR",
            "Duty-free shops at the airport had record sales last year, the operator said. Sales of perfume and "
                + "watches rose most.", false),
        new TopicCase("a bank's promissory notes", TOPIC, "BANK SETS NEW BRANCH HOURS",
            "First Federal Bank said its branches will open on Saturdays from next month. Customers can pay "
                + "their notes at any branch, the bank said.", false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachKindIsReadAsTheEconomyOrNot(TopicCase c) {
    c.assertOn(SHIPPED);
  }
}
