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
        row("a listed possessive short name alone", "Moody's said the outlook was stable.", "Moody's"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void readsTheKind(Case c) {
    assertEquals(c.expected(), FX.extract(null, c.body()).values(Facet.ORGANIZATION));
  }
}
