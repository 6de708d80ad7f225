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
 * Session 27 (issue 10): an office word is sometimes a surname, and a government is sometimes named like a person.
 * Found in test24 once it was opened (British Airways' "chairman Lord King", "the Reagan Administratian") and checked
 * on 43,433 corpus articles: a surname that is also an office, alone after an honorific, is the person ("Lord King",
 * "Mr Major"); a rank after an honorific is a judge's title ("Mr Justice Harrison", "Lord Justice May"), whose
 * surname names the judge and not the well-known politician of that surname; a woman's honorific does not name the
 * well-known man ("Ms King"); a capitalised "Administration" or "Government" after a surname names the government.
 * The rows of each kind failed before the change; the forms of address guard what must not move. No server.
 */
class PersonOfficesAsSurnamesTest {

  private static final FacetExtractor FX = FacetExtractor.loadDefault();
  private static final Instant MAY_1987 = Instant.parse("1987-05-19T09:00:00Z");
  private static final Instant FEBRUARY_2005 = Instant.parse("2005-02-07T09:00:00Z");

  static Stream<Arguments> persons() {
    return Stream.of(
        Arguments.of("BRITISH AIRWAYS SEES FIRST QUARTER RECOVERY", "The recovery will show in first quarter results "
            + "due in August, chairman Lord King told the annual meeting.", MAY_1987, List.of("King")),
        Arguments.of(null, "Former prime minister John Major spoke first. Mr Major said the treaty was sound.",
            FEBRUARY_2005, List.of("John Major")),
        Arguments.of(null, "The protesters appealed against a finding by Lord Justice May and Mr Justice Harrison that "
            + "the police had acted lawfully.", FEBRUARY_2005, List.of("Harrison", "May")),
        Arguments.of(null, "Mr Justice Eady said the newspaper could not print the letters.", FEBRUARY_2005,
            List.of("Eady")),
        Arguments.of(null, "The MP for Bethnal Green spoke against the bill. Ms King told the Commons it went too far.",
            FEBRUARY_2005, List.of("King")),
        Arguments.of(null, "The Reagan Administration said it would not pursue federal legislation on the states' "
            + "use of unitary taxation.", MAY_1987, List.of()),
        Arguments.of(null, "The Thatcher Government said it would sell British Gas this year.", MAY_1987,
            List.of()),
        // Forms of address are offices, not surnames.
        Arguments.of(null, "The Lord Chancellor said the courts would sit. Mr Speaker called the House to order.",
            FEBRUARY_2005, List.of()),
        Arguments.of(null, "Mr President, the people are waiting, the senator said.", FEBRUARY_2005, List.of()));
  }

  @ParameterizedTest
  @MethodSource("persons")
  void anOfficeAfterAnHonorificIsASurnameAndAGovernmentIsNoPerson(String title, String body, Instant published,
      List<String> expected) {
    assertEquals(expected, FX.extract(title, body, null, published).values(Facet.PERSON), body);
  }
}
