package io.facetwire.extract;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Trade and economy's kinds from the opened test21 (issue 10, session 24; session 25's below): a state's own borrowing in bills, the
 * money market's operations and a central bank named by its name, the economy's monthly figures, house prices, the
 * commodity pacts between producing and consuming states, and a state's farm export programmes. The passages are
 * written here in the wire's manner, not copied from a labelled part; every "has" case failed with the previous
 * topics.txt. The near misses keep the words a company's story shares with these (its bankruptcy, a cocoa buffer
 * stock's buying, a broker's trading in bonds) out of the topic (no server).
 */
class TradeAndEconomyKindsTest {

  private static final FacetExtractor SHIPPED = FacetExtractor.loadDefault();
  private static final String TOPIC = "trade and economy";


  static Stream<TopicCase> cases() {
    return Stream.of(
        new TopicCase("a state's bill auction", TOPIC, "CANADA SETS 2.5 BILLION DLR BILL AUCTION",
            "The Bank of Canada said it will auction 2.5 billion dlrs of 91-day and 182-day treasury bills on "
                + "Tuesday. The bills will be dated April 9 and mature in July and October. The previous week's "
                + "average yield was 7.12 pct.", true),
        new TopicCase("the money market's call money", TOPIC, "DUTCH CALL MONEY EASES AFTER SPECIAL ADVANCES",
            "Call money rates in Amsterdam eased to 5-5/8 pct from six pct after special advances to the "
                + "commercial banks, dealers said. They expected rates to ease further next week.", true),
        new TopicCase("a monthly unemployment figure", TOPIC, "AUSTRIAN UNEMPLOYMENT RATE 5.2 PCT IN MARCH",
            "Austria's seasonally adjusted unemployment rate fell to 5.2 pct in March from 5.5 pct in "
                + "February, the Social Affairs Ministry said. The number of people out of work was 148,000.",
            true),
        new TopicCase("house prices", TOPIC, "House prices slow in the capital",
            "House prices in the capital rose by only 0.3% last month, the slowest pace for two years, a "
                + "building society survey said. Its chief economist said the housing market was cooling after "
                + "a long boom as buyers waited for clearer signals.", true),
        new TopicCase("a farm export bonus", TOPIC, "CCC ACCEPTS EXPORT BONUS BARLEY TO CYPRUS",
            "The Commodity Credit Corporation accepted a bid for an export bonus to cover the sale of 20,000 "
                + "tonnes of barley to Cyprus, the U.S. Agriculture Department said. The barley is for shipment "
                + "in May under the Export Enhancement Program.", true),
        new TopicCase("a commodity pact", TOPIC, "TIN PACT TALKS TO RESUME IN GENEVA",
            "Producers and consumers will resume talks in Geneva next month on extending the tin agreement, "
                + "delegates said. The current pact expires in June and several consuming countries have not "
                + "decided whether to join a new one.", true),
        new TopicCase("a month's industry prices", TOPIC, "SWEDISH INDUSTRY PRICES UP 0.3 PCT IN MONTH",
            "Sweden's industry prices rose 0.3 pct in March after a 0.1 pct fall in February, the central statistics "
                + "office said. Prices were up 2.4 pct from a year ago.", true),
        new TopicCase("a company's bankruptcy", TOPIC, "FOOTWEAR MAKER FILES FOR BANKRUPTCY",
            "Shoe Mart Inc said it filed for protection from creditors under Chapter 11 of the bankruptcy "
                + "code. The company said its bankruptcy filing will let it keep operating its 60 stores while "
                + "it works out a plan to repay its debts.", false),
        new TopicCase("a buffer stock's buying", TOPIC, "COCOA BUFFER STOCK BUYS 5,000 TONNES",
            "The cocoa buffer stock manager bought 5,000 tonnes of cocoa on the second day of purchases, "
                + "traders said. The buffer stock rules allow purchases of up to 75,000 tonnes when prices stay "
                + "below the floor, and cocoa futures rose on the news.", false),
        new TopicCase("a broker's trading", TOPIC, "BROKER BUYS RIVAL'S BOND DESK",
            "Fundamental Brokers Inc said it bought the government securities brokerage unit of a rival for "
                + "an undisclosed sum. The unit trades government bonds and gilts for dealer banks.", false));
  }

  /**
   * Session 25, from the opened test22 and the parts before it: trade remedies (dumping and countervailing duties), a
   * state's taxes and fees on goods, its budget in the legislature's committees and a central bank named by its name;
   * the near misses keep a shop's duty-free sales and a bank's customer notes out.
   */
  static Stream<TopicCase> remediesAndTaxes() {
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
  @MethodSource({"cases", "remediesAndTaxes"})
  void eachKindIsReadAsTheEconomyOrNot(TopicCase c) {
    c.assertOn(SHIPPED);
  }
}
