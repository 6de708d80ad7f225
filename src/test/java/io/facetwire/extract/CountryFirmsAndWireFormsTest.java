package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.facetwire.facet.Facet;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Session 15 (issue 10), no server: the wire's firms and forms that the country facet misread (LABELLING.md: a
 * country word inside the name of something that is not an organ of the state does not count; a firm's home country
 * named after it does). Every row failed with the session's start jar (713036c) unless it says it guards.
 */
class CountryFirmsAndWireFormsTest {

  private static final FacetExtractor FX = FacetExtractor.loadDefault();

  private static final Instant MARCH_1987 = Instant.parse("1987-03-24T09:00:00Z");

  static Stream<Arguments> rows() {
    return Stream.of(
        // A shouted headline's company before its ticker, its body a table: no country.
        Arguments.of("AMERICAN BUSINESS PRODUCTS INC <ABP> 3RD QTR", "ATLANTA, Oct 20 - Shr 40 cts vs eight cts",
            List.of()),
        Arguments.of("BRITISH AEROSPACE PLC <BAEL.L> 1986 YEAR", "LONDON, March 24 - Shr 51.4p vs 56.4p", List.of()),
        Arguments.of("REPUBLIC AMERICAN CORP <RAWC.O> 3RD QTR NET", "ENCINO, Calif., Oct 20 - Shr 36 cts vs 35 cts",
            List.of()),
        // The wire's angle brackets around a company's name, as the whole headline.
        Arguments.of("<DUNLOP MALAYSIAN INDUSTRIES BHD>", "KUALA LUMPUR, March 7 - Six months to December 31 SHR 1.4 cts",
            List.of()),
        // Guards: the country before the headline's firm, or a headline with no firm before the ticker, still counts.
        Arguments.of("JAPAN TO BUY STAKE IN FORD <F>", "DETROIT, March 3 - Ford said a group would buy shares.",
            List.of("Japan")),
        Arguments.of("BRITAIN'S RATES <X> FALL", "LONDON, March 3 - Rates fell in Britain.", List.of("United Kingdom")),
        // A country in brackets inside a firm's name, and a ticker that is a country's letters.
        Arguments.of("Story", "The founding of Commerz Securities (Japan) Co. Ltd would widen its business.",
            List.of()),
        Arguments.of("Story", "Santos said it would buy the unit from Total Holdings (Australia) Pty Ltd for cash.",
            List.of()),
        Arguments.of("Story", "PARIS, April 2 - Union Carbide France, a unit of Union Carbide Corp <UK>, has launched "
            + "a bid.", List.of()),
        // Guard: a country in brackets after a person's name is no firm's.
        Arguments.of("Story", "The referee was Paul Honiss (New Zealand) and the match was close.",
            List.of("New Zealand")),
        // A firm's legal form, then "of" and its country: where it is from (the labels list it).
        Arguments.of("Story", "NEWPORT NEWS, Va., June 19 - Canon Inc of Japan said its unit opened a plant.",
            List.of("Japan")),
        Arguments.of("Story", "City Resources is controlled by City Resources Ltd of Australia.", List.of("Australia")),
        Arguments.of("Story", "Hyundai Motor America, a unit of Hyundai Motor Co of South Korea, said sales rose.",
            List.of("South Korea")),
        // Guard: an association's name still keeps its country.
        Arguments.of("Story", "The Writers Guild of America went on strike.", List.of()),
        // A firm's short name the article repeats after its full one is the firm's, not the country.
        Arguments.of("Story", "PITTSBURGH, March 30 - It sold its unit to the <Swedish Match Co> of Stockholm. The net "
            + "payment by Swedish Match will amount to about 160 mln dlrs.", List.of()),
        Arguments.of("Story", "KALAMAZOO, Mich., April 1 - First of America Bank Corp said it completed the deal. Later, "
            + "First of America said the bank has assets of 54.9 mln dlrs.", List.of()),
        Arguments.of("Story", "It bid for 49 pct of <Canadian Tire Corp Ltd> common shares. Canadian Tire dealers "
            + "opposed it.", List.of()),
        // Guards: the country named otherwise still counts, and a state's bank a firm managed is the state's.
        Arguments.of("Story", "The payment by Swedish Match Co will be made. Swedish exports rose.", List.of("Sweden")),
        Arguments.of("Story", "Bank of Greece, led by Commerzbank AG, came to market. The success of Commerzbank's Bank "
            + "of Greece deal pleased dealers.", List.of("Greece")),
        // A country word that opens a name ending in a legal form past "and", or stands before the form.
        Arguments.of("Story", "LONDON, Oct 19 - British Printing and Communication Corporation Plc <BPCL.L> has "
            + "proposed the cancellation of its shares.", List.of()),
        Arguments.of("Story", "LONDON, March 24 - <Shell U.K. Ltd's> pre-tax profit on exploration fell. Earlier, "
            + "Shell U.K., a subsidiary of the group, said output rose.", List.of()),
        // Guards: "and" right after the country joins two names; the 1987 wire's capital after "U.S." is no name.
        Arguments.of("Story", "It agreed to sell Bennes Marrel SA of France and Juster Steel Corp as well.",
            List.of("France")),
        Arguments.of("Story", "Rumours that U.S. Publisher Harcourt Brace Jovanovich Inc might bid were denied.",
            List.of("United States")),
        // A possessive in a shouted headline ("'S" in capitals) still names the country.
        Arguments.of("FRANCE'S FSGT ISSUES 1.7 BILLION FRANC BOND", "PARIS, March 5 - The Fonds Special de Grands "
            + "Travaux is issuing a bond.", List.of("France")),
        Arguments.of("BRITAIN'S TRADE GAP WIDENS", "LONDON, March 22 - The visible trade gap widened in February.",
            List.of("United Kingdom")),
        // "N.Z." is New Zealand.
        Arguments.of("N.Z. TRADE SURPLUS 119.1 MLN DLRS IN FEBRUARY", "WELLINGTON, March 25 - Preliminary trade "
            + "figures for February show a surplus.", List.of("New Zealand")),
        Arguments.of("Story", "The N.Z. government said eight bond tenders would be held.", List.of("New Zealand")));
  }

  @ParameterizedTest
  @MethodSource("rows")
  void countries(String title, String body, List<String> expected) {
    assertEquals(expected, FX.extract(title, body, "Reuters", MARCH_1987).values(Facet.COUNTRY), title + " | " + body);
  }
}
