package io.facetwire.extract;

import io.facetwire.facet.Facet;
import java.util.List;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CountryExtractorTest {

  private static final FacetExtractor FX = FacetExtractor.loadDefault();

  private static List<String> countries(String body) {
    return FX.extract(null, body).values(Facet.COUNTRY);
  }

  @Test
  void personNamedJordanIsNotTheCountry() {
    assertEquals(List.of(), countries("Jordan Henderson scored twice for the club on Saturday."));
    assertEquals(List.of(), countries("He said Michael Jordan would retire."));
  }

  @Test
  void capitalAndPossessiveNameTheCountry() {
    assertEquals(List.of("Jordan"), countries("Talks in Amman and Jordan's king welcomed the plan."));
    assertEquals(List.of("Jordan"), countries("Aid to Jordan rose by a third."));
  }

  @Test
  void usOnlyInCapitals() {
    assertEquals(List.of("United States"), countries("US officials met on Monday."));
    assertEquals(List.of("United States"), countries("U.S. officials met on Monday."));
    assertEquals(List.of(), countries("Let us know what you think, he told us."));
    assertEquals(List.of(), countries("Us and them."));
  }

  @Test
  void namesShortFormsDemonymsAndCapitals() {
    assertEquals(List.of("United Kingdom"), countries("British ministers met."));
    assertEquals(List.of("Belgium"), countries("Belgian farmers protested."));
    assertEquals(List.of("Russia"), countries("Moscow said it would respond."));
    assertEquals(List.of("United States"), countries("Washington's policies were criticised."));
    assertEquals(List.of("Soviet Union", "West Germany"), countries("The USSR and West Germany signed."));
    assertEquals(List.of("United Arab Emirates"), countries("The UAE said so."));
  }

  @Test
  void europeanUnionAndRegionsAreNotCountries() {
    assertEquals(List.of(), countries("The EU and the European Union met about the Middle East."));
    assertEquals(List.of(), countries("Latin American debt and New Mexico farms."));
  }

  @Test
  void washingtonPostIsNotTheGovernment() {
    assertEquals(List.of(), countries("A report in the Washington Post on Sunday."));
  }

  @Test
  void lowerCaseWordsAreNotCountries() {
    assertEquals(List.of(), countries("They ate turkey from fine china."));
    assertEquals(List.of("China", "Turkey"), countries("Turkey and China signed a deal."));
  }

  @Test
  void datelinePlaceIsAPlaceNamedAloneNotACountryOfTheStory() {
    assertEquals(List.of(), countries("NEW YORK, March 3 - Shares rose."));
    assertEquals(List.of(), countries("TOKYO, March 3 - Shares rose."));
    assertEquals(List.of("Japan"), countries("TOKYO, March 3 - Japan's exports rose."));
    // Kept apart: what Reuters files the story under, for the PLACES comparison.
    assertEquals(java.util.Optional.of("United States"), FX.datelineCountry(null, "NEW YORK, March 3 - Shares rose."));
    assertEquals(java.util.Optional.of("Japan"), FX.datelineCountry(null, "TOKYO, March 3 - Shares rose."));
    assertEquals(java.util.Optional.empty(), FX.datelineCountry(null, "Shares rose in New York."));
    assertFalse(countries("Shares rose in New York.").contains("United States"));
  }

  @Test
  void countryWordNamingAnEventCurrencyOrChartIsNotTheCountry() {
    assertEquals(List.of(), countries("The French Open champion and the Australian Open holder met."));
    assertEquals(List.of(), countries("Talks since the Uruguay Round began."));
    assertEquals(List.of(), countries("McDonalds Corp issued a 75 mln Canadian dlr bond."));
    assertEquals(List.of(), countries("He topped the US albums chart and has had 12 UK hit singles."));
    assertEquals(List.of("Canada"), countries("Canadian exporters said the rules hurt them."));
  }

  @Test
  void theLastOrganisationWordDecidesWhetherANameIsAnOrganOfTheState() {
    assertEquals(List.of(), countries("The leader of the British National Party was arrested."));
    assertEquals(List.of("Brazil"), countries("Figures are due from the Brazilian Cocoa Trade Commission."));
    assertEquals(List.of(), countries("Issuers included Swiss Bank Corp International and others."));
    assertEquals(List.of("Switzerland"), countries("The Swiss National Bank left rates unchanged."));
    assertEquals(List.of("United States"), countries("The US Air Force confirmed the flight."));
  }

  @Test
  void countryAfterAnAssociationsOfIsPartOfItsName() {
    assertEquals(List.of(), countries("The Writers Guild of America said it agreed to meet."));
    // After a firm's legal form, "of" and the country say where the firm is from: listed (session 15).
    assertEquals(List.of("South Africa"), countries("Anglo American Corp of South Africa attacked the law."));
    assertEquals(List.of("Japan"), countries("The Bank of Japan said rates would stay."));
  }

  @Test
  void inASovietEraStoryMoscowMeansTheSovietUnion() {
    assertEquals(List.of("Soviet Union"), countries("Soviet output fell. Moscow said it would respond."));
    assertEquals(List.of("Russia"), countries("Moscow said it would respond."));
    assertEquals(List.of("Russia", "Soviet Union"), countries("The Soviet Union broke up and Russia took its seat."));
    assertEquals(List.of("Russia", "Soviet Union"),
        countries("Russian President Vladimir Putin spoke of the Soviet Union's collapse."));
    assertEquals(List.of("West Germany"), FX.extract("GERMAN BOND MARKET SEEN REVIVING",
        "West Germany's eurobond market may revive.").values(Facet.COUNTRY));
  }

  @Test
  void namesOfThingsAndPeopleWithACountryWordAreNotTheCountry() {
    assertEquals(List.of(), countries("A lake below the Martian South Pole was found."));
    assertEquals(List.of(), countries("Later... With Jools Holland booked the group."));
    assertEquals(List.of(), countries("The Office missed out to Little Britain at the awards."));
    assertEquals(List.of("Netherlands", "Spain"), countries("Holland beat Spain in the final."));
  }

  @Test
  void shoutedHeadlineStillCounts() {
    assertTrue(FX.extract("U.S. SAYS JAPAN MUST OPEN MARKETS", null).values(Facet.COUNTRY)
        .containsAll(List.of("Japan", "United States")));
  }

  @Test
  void currenciesAreNotCountries() {
    assertEquals(List.of("China"), countries("China has invested about nine billion US dollars in tests."));
    assertEquals(List.of(), countries("The Swiss francs and Japanese yen rose."));
  }

  @Test
  void capitalsCountOnlyForTheirGovernment() {
    assertEquals(List.of(), countries("She made her debut at a theatre in London. London is very special to me."));
    assertEquals(List.of("Russia", "United States"), countries("Moscow told Washington to cut its staff."));
    assertEquals(List.of("China"), countries("Beijing officials declined to comment."));
  }

  @Test
  void languagesConstituentCountriesAndNamesAreNotCountries() {
    assertEquals(List.of(), countries("I'm starting a little with French, of course."));
    assertEquals(List.of(), countries("England beat Wales and Scotland in Northern Ireland."));
    assertEquals(List.of(), countries("It topped the Official UK Singles Chart."));
    assertEquals(List.of(), countries("A complaint by the Board of Deputies of British Jews."));
    assertEquals(List.of("Ireland"), countries("Ireland lost in Dublin."));
    assertEquals(List.of(), countries("The British Phonographic Industry and British Airways agreed."));
    assertEquals(List.of("Russia", "United Kingdom"),
        countries("The Russian Foreign Ministry summoned an envoy of the British Government."));
  }

  @Test
  void mixedCaseWireDatelines() {
    assertEquals(List.of(), countries("Toronto, Feb 26 - Standard Trustco said it expects more."));
    assertEquals(java.util.Optional.of("Canada"),
        FX.datelineCountry(null, "Toronto, Feb 26 - Standard Trustco said it expects more."));
  }

  @Test
  void aCountryEndingTheNameOfAFirmOrATitleIsNotTheCountry() {
    assertEquals(List.of(), countries("Members include MCI, BT, Energis, NTT, Bell Canada and many others."));
    assertEquals(List.of(), countries("The plant belongs to Nissan Motor Manufacturing Corp USA, a spokeswoman said."));
    assertEquals(List.of(), countries("The mockumentary Mister America had its premiere on Friday."));
    assertEquals(List.of(), countries("There may not be enough to go round, predicts Oliver Irish, editor of Stuff."));
    // The country itself, a hyphenated pair and a sentence's first word still count.
    assertEquals(List.of("Canada"), countries("Bell Canada said Canada would regulate the market."));
    assertEquals(List.of("Russia"), countries("Pro-Russia rebels advanced on the town."));
    assertEquals(List.of("Germany"), countries("Yesterday Germany said no."));
  }

  @Test
  void brusselsStandsForTheEuropeanUnionNotBelgium() {
    assertEquals(List.of("United States"), countries("The US filed a complaint against Brussels with the WTO."));
    assertEquals(List.of(), countries("The checks on cars, which Brussels says are a barrier, remain."));
    assertEquals(List.of("Belgium"), countries("The Belgian government said Brussels would host the talks."));
  }

  @Test
  void aDemonymAfterBestNamesAnAwardsCategory() {
    assertEquals(List.of(), countries("Vera Drake is among the nominees for best British film."));
    assertEquals(List.of(), countries("The blogs are the nominees in the best British or Irish weblog."));
    assertEquals(List.of("United Kingdom"), countries("It is the best British effort yet, British ministers said."));
    assertEquals(List.of("Ireland"), countries("The best team won, and Irish fans cheered."));
  }

  // Session 8: kinds read on test5+test4, checked on dev, test, test2, test3 (docs/history/facets-by-session.md).

  @Test
  void aCountryWordOpeningABodyOfTradeOrSportIsNotTheCountry() {
    assertEquals(List.of(), countries("David Frost, director general of the British Chambers of Commerce, warned."));
    assertEquals(List.of(), countries("Sociedad were given permission by the Spanish FA to sign a player."));
    assertEquals(List.of(), countries("Shell, a unit of Royal Dutch/Shell Group, raised propane prices."));
    assertEquals(List.of(), countries("Umaga warned the British and Irish Lions will be fearsome."));
    assertEquals(List.of(), countries("He said First American Bank and Trust Co would sell the unit."));
    // The organ or office of the state still counts.
    assertEquals(List.of("Iran"), countries("Iranian Oil Minister Gholamreza Aqazadeh arrived on Friday."));
    assertEquals(List.of("United States"), countries("A bill was introduced in the U.S. House of Representatives."));
  }

  @Test
  void aShoutedHeadlineNamingTheFirmTheBodyNamesIsNotTheCountry() {
    assertEquals(List.of(), FX.extract("SWEDISH EXPORT CREDIT TO RAISE 300 MLN LUX FRANCS",
        "Swedish Export Credit Corp is raising 300 mln Luxembourg francs through a bond.").values(Facet.COUNTRY));
    assertEquals(List.of(), FX.extract("CHRYSLER CREDIT CANADA ISSUES BOND",
        "Chrysler Credit Canada Ltd is issuing a 75 mln dlr bond.").values(Facet.COUNTRY));
    // The same words where the body names no firm: the headline means the country.
    assertEquals(List.of("Sweden"), FX.extract("SWEDISH EXPORT CREDITS RISE",
        "Exporters said credits rose by a third.").values(Facet.COUNTRY));
    assertEquals(List.of("United States"), FX.extract("KEY U.S. HOUSE MEMBER OPPOSES PLAN",
        "A key U.S. House member said he opposed the plan.").values(Facet.COUNTRY));
  }

  @Test
  void aStoryNamingWestGermanyMeansItByEveryFormOfGermany() {
    assertEquals(List.of("West Germany"), countries("West Germany's bond market may revive, German bond dealers said."));
    assertEquals(List.of("France", "West Germany"), countries(
        "Delors favoured a Franco-German bid. \"That will enable Germany and France to move closer,\" he said of "
            + "an alliance with West Germany's Siemens."));
    // A story of today names Germany.
    assertEquals(List.of("Germany"), countries("German bond dealers said Germany's market may revive."));
  }

  @Test
  void currenciesWrittenAfterACountryWordAreNotTheCountry() {
    assertEquals(List.of(), countries("Danish crown 5.2 (5.3) German mark 19.3 (19.6)."));
    assertEquals(List.of(), countries("Daiwa launched a 100 mln U.S. Dlr tranche of an equity warrant bond."));
  }

  @Test
  void aCapitalsPossessiveBeforeTheNameOfAPlaceIsTheCity() {
    assertEquals(List.of(), countries("London's International Petroleum Exchange remained closed."));
    assertEquals(List.of(), countries("The band played for 5,000 fans at London's Brixton Academy on Tuesday."));
    assertEquals(List.of("China"), countries("Beijing's Foreign Ministry rejected the report."));
    assertEquals(List.of("United States"), countries("Washington's policies were criticised."));
  }

  /**
   * A demonym inside a fixed expression is not the country: "Dutch auction" (a way of selling shares: Google's
   * 2004 listing), "Spanish flu" (the 1918 pandemic, named in every COVID-19 story), "Greek yogurt"; nor is the
   * "New Holland" of a Pennsylvania town or CNH's tractor brand. The country named otherwise still counts.
   */
  @Test
  void aDemonymInsideAFixedExpressionIsNotTheCountry() {
    assertEquals(List.of(), countries("Google sold its shares in a Dutch auction, the company said."));
    assertEquals(List.of(), countries("A shelf offering of 1,000 shares of Dutch Auction Rate Transferable Securities."));
    assertEquals(List.of(), countries("The death toll now exceeds that of the 1918 Spanish flu, researchers said."));
    assertEquals(List.of(), countries("Sales of Greek yogurt and Russian dolls rose."));
    assertEquals(List.of(), countries("It bought Enterprise Telephone Co, based in New Holland, Pa., for stock."));
    assertEquals(List.of(), countries("CNH said its New Holland brand sold more tractors."));
    assertEquals(List.of("Netherlands"), countries("A Dutch court ruled on the auction of the painting."));
    assertEquals(List.of("Spain"), countries("Spanish health officials reported a flu outbreak."));
    assertEquals(List.of("Netherlands"), countries("Holland beat the hosts in the final."));
  }

  /**
   * Session 20 (LABELLING.md: an organ of one state's central power named without the country's word names that state
   * when the story tells what it does or says): the organs are read like capitals, so they count where they act and not
   * where a company only files a form with them. Before: only the White House, the Pentagon, the Kremlin, Downing
   * Street and Whitehall counted.
   */
  @Test
  void aStatesCentralOrganActingNamesTheStateAndAFilingWithItDoesNot() {
    assertEquals(List.of("United States"), countries("The Federal Reserve said it would add reserves."));
    assertEquals(List.of("United States"), countries("The Securities and Exchange Commission asked the exchange to act."));
    assertEquals(List.of("United States"), countries("The Justice Department said it opposed the merger."));
    assertEquals(List.of("Germany"), countries("The Bundesbank said it would keep rates unchanged."));
    assertEquals(List.of("Israel"), countries("The Knesset approved the budget on Wednesday."));
    assertEquals(List.of("United Kingdom"), countries("The Home Office said the review would start in May."));
    assertEquals(List.of(), countries("The company said it filed with the Securities and Exchange Commission for an offering."));
    assertEquals(List.of(), countries("It registered the shares with the SEC last week."));
    // EPA is also Japan's Economic Planning Agency on the wire, and other states have Environmental Protection Agencies.
    assertEquals(List.of(), countries("EPA officials told reporters the economy was firm."));
    assertEquals(List.of("China"), countries("China's State Environmental Protection Agency said the projects failed."));
  }

  @Test
  void poleVaultIsASport() {
    assertEquals(List.of(), countries("Pole vaulter Brown had hoped for a vote of confidence."));
  }

  @Test
  void aCommercialBankOrABodyOfAmericaIsNoOrganOfTheState() {
    assertEquals(List.of(), countries("The lead manager is Union Bank of Switzerland, the issuer said."));
    assertEquals(List.of(), countries("Orion, the merchant banking arm of Royal Bank of Canada, made a profit."));
    assertEquals(List.of(), countries("The workers, represented by United Steelworkers of America, will vote."));
    assertEquals(List.of(), countries("Deposits went to Empire of America, a federal savings bank."));
    assertEquals(List.of(), countries("First of America Bank Corp said it completed the affiliation."));
    assertEquals(List.of("United States"), countries("Parts of America had snow."));
    // The state's own bank, and a person or firm from the country, still name it.
    assertEquals(List.of("Japan"), countries("The Bank of Japan intervened again on Tuesday."));
    assertEquals(List.of("India"), countries("The Reserve Bank of India raised rates."));
    assertEquals(List.of("China"), countries("The People's Bank of China cut its rate."));
    assertEquals(List.of("France"), countries("She lost to Nathalie Dechy of France in the second round."));
    assertEquals(List.of("France"), countries("GE formed a venture with SNECMA of France last year."));
    assertEquals(List.of("United States"), countries("The Ambassador of America met the minister."));
  }

  @Test
  void theUruguayRoundAndAForeignCurrencyAreNotTheCountry() {
    assertEquals(List.of(), countries("Ministers launched the four-year Uruguay round of trade talks."));
    assertEquals(List.of(), countries("Dealers sold the dollar, but the U.S. currency steadied above 143 yen."));
    assertEquals(List.of("Uruguay"), countries("Uruguay won the match in the last round."));
  }

  @Test
  void theBankOfEnglandIsAnOrganOfTheUnitedKingdom() {
    assertEquals(List.of("United Kingdom"), countries("The Bank of England also sold sterling in London on Wednesday."));
    assertEquals(List.of(), countries("He grew up in a village in the north of England."));
  }

  @Test
  void theGattRoundsOtherNamesNameNoUruguay() {
    // Session 41, test38-keys once opened: five stories labelled without Uruguay, as "the Uruguay Round".
    assertEquals(List.of(), countries("Committees set up after the Uruguay meeting last September launched a new round"
        + " of GATT talks. The trade body began the Uruguay trade round to cut farm subsidies."));
    assertEquals(List.of("Uruguay"), countries("Ministers declared in Uruguay last September that trade should grow."));
  }

  @Test
  void aCapitalAfterAFirmsShortFormIsItsSeat() {
    // Session 41, test38 once opened: the verb after the seat is the firm's, not the government's.
    assertEquals(List.of(), countries("L.M. Ericsson Telephone Co of Stockholm said it signed a contract to supply"
        + " BellSouth Corp with two switches."));
    assertEquals(List.of("Sweden"), countries("Stockholm said it would expel two diplomats."));
  }

  @Test
  void theChancellorOfTheExchequerIsTheUnitedKingdomsMinister() {
    // Session 41, test38 once opened: "LONDON - Chancellor of the Exchequer Nigel Lawson criticised ..." named no
    // country (the dateline's capital alone is no mention); the office is Britain's alone (13 of 13 opened stories).
    assertEquals(List.of("United Kingdom"),
        countries("LONDON, April 2 - Chancellor of the Exchequer Nigel Lawson criticised media coverage of his comments."));
  }

  @Test
  void aNationalOlympicBodyIsASportsBody() {
    assertEquals(List.of(), countries("He took the same role with the Dutch Olympic Committee last year."));
    assertEquals(List.of(), countries("The British Olympic Association chose its team."));
    assertEquals(List.of("Netherlands"), countries("The Dutch Foreign Ministry said no."));
  }
}
