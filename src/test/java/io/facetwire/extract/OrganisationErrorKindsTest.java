package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.facetwire.facet.Facet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The organisation errors of test14, test15 and test16 read by kind (session 19), as one table without a server:
 * each row is a short passage of the kind, written anew (no article copied), and the organisations it must give, no
 * more. Rows that must keep a name guard each rule's other side.
 */
class OrganisationErrorKindsTest {

  private static final FacetExtractor FX = FacetExtractor.loadDefault();

  /** One passage of a kind and the organisations it gives. */
  record Case(String kind, String body, List<String> expected) {

    @Override
    public String toString() {
      return kind + ": " + body;
    }
  }

  private static Case row(String kind, String body, String... expected) {
    return new Case(kind, body, List.of(expected));
  }

  static Stream<Case> cases() {
    return Stream.of(
        row("a listed possessive short name's full name", "Moody's Investors Service Inc said it cut the ratings of Acme Corp.",
            "Acme", "Moody's"),
        row("a listed possessive short name's full name", "The debt was upgraded by Moody's Investors Service on Tuesday.",
            "Moody's"),
        row("a listed possessive short name's full name", "Moody's Investors Service Ltd lowered its outlook.", "Moody's"),
        row("a listed possessive short name alone", "Moody's said the outlook was stable.", "Moody's"),
        row("a state and a sector word", "The U.S. Unit eased against the yen in thin trading.", new String[0]),
        row("a state and a sector word", "Japanese and U.S. Securities houses bought gilts.", new String[0]),
        row("a state and a sector word", "Indonesian Energy Minister Subroto met oil firms.", new String[0]),
        row("a state and a sector word", "Talks on non-U.S. Markets stalled.", new String[0]),
        row("a state and a sector word: a listed firm", "British Telecommunications raised its prices.",
            "British Telecommunications"),
        row("a sector word after no state", "Shares of Chemical Bank and Canal Bank rose.", "Canal Bank", "Chemical Bank"),
        row("a state, a sector word and more", "The Malaysian Industrial Development Bank lent 10 mln dlrs.",
            "Malaysian Industrial Development Bank"),
        row("a chamber's committee whose jobs are joined by and",
            "It went to the House Energy and Commerce Committee, chaired by Frank Pallone.",
            "House Energy and Commerce Committee"),
        row("a chamber's committee after its state's word", "The U.S. Senate Agriculture Committee approved the bill.",
            "Senate Agriculture Committee"),
        row("a chamber alone", "The U.S. Senate voted and the committee met.", new String[0]),
        row("a chamber alone", "The House passed the bill, and a committee will review it.", new String[0]),
        row("a firm named House", "Random House Inc said the merger was done.", "Random House"),
        row("a person of a firm with a legal form", "\"Buyers will come back,\" said Dillard Spriggs of Petroleum "
            + "Analysis Ltd in New York.", "Petroleum Analysis"),
        row("a place after a legal form says where the firm is", "Terumo Corp of Tokyo will build a plant.", "Terumo"));
  }

  /** A partner named House is no chamber: the "and" after his firm's name does not join the next firm to it. */
  @org.junit.jupiter.api.Test
  void aPartnerNamedHouseIsNoChamber() {
    List<String> orgs = FX.extract(null, "It bought Northwest Rehabilitation Inc and Len M. House and Associates and "
        + "United Rehabilitation Inc for undisclosed terms.").values(Facet.ORGANIZATION);
    org.junit.jupiter.api.Assertions.assertTrue(orgs.contains("United Rehabilitation"), orgs.toString());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void readsTheKind(Case c) {
    assertEquals(c.expected(), FX.extract(null, c.body()).values(Facet.ORGANIZATION));
  }
}
