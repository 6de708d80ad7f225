package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.facetwire.facet.Facet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Session 14 (issue 10): things named like people are no persons (LABELLING.md: places, organisations, prizes, events
 * and objects named after people are not persons) — a band, firm, body or work written right before a role and the
 * name of one of its people ("Manfred Mann singer Paul Jones"), and a run whose last word is a common noun for a kind
 * of thing ("Tate Gallery", "Vance Management"). The rows that say an extra is gone failed before the change; the others say what
 * stays a person. No server.
 */
class NamedLikePeopleTest {

  private static final FacetExtractor FX = FacetExtractor.loadDefault();

  static Stream<Arguments> outfits() {
    return Stream.of(
        // The outfit before a role and a name: gone (each gave the outfit as a person before).
        Arguments.of("Former Manfred Mann singer Paul Jones paid tribute on Friday.", List.of("Paul Jones")),
        Arguments.of("Laura Ashley chief executive Ainsley Gill said sales fell.", List.of("Ainsley Gill")),
        // The person after the role stays, with a role or a given name we know.
        Arguments.of("Stop Stansted Expansion chairman Peter Sanders said the plan was flawed.",
            List.of("Peter Sanders")),
        Arguments.of("Injured Chelsea winger Arjen Robben says he will be back.", List.of("Arjen Robben")),
        // A person's own people are written with the possessive; a role with no name after it is an apposition.
        Arguments.of("Tony Blair's spokesman Tom Kelly denied the report.", List.of("Tom Kelly", "Tony Blair")),
        Arguments.of("The award went to Ray Charles, singer and pianist, in 1987.", List.of("Ray Charles")),
        Arguments.of("Prime Minister Tony Blair said the talks went well.", List.of("Tony Blair")),
        Arguments.of("Rangers manager Alex McLeish praised Steven Thompson.", List.of("Alex McLeish", "Steven Thompson")));
  }

  @ParameterizedTest
  @MethodSource("outfits")
  void anOutfitNamedLikeAPersonBeforeARoleAndANameIsNoPerson(String body, List<String> expected) {
    assertEquals(expected, FX.extract(null, body).values(Facet.PERSON), body);
  }

  static Stream<Arguments> things() {
    return Stream.of(
        // Each gave the thing as a person before.
        Arguments.of("The painting went on show at the Tate Gallery in London.", List.of()),
        Arguments.of("She opens next month at the Ethel Barrymore Theatre.", List.of()),
        Arguments.of("Previous winners of the Sutherland Trophy include Mike Leigh.", List.of("Mike Leigh")),
        Arguments.of("The Christian Medical Fellowship opposed the bill.", List.of()),
        Arguments.of("Economist Brian Roberts of Vance Management said jobs grew.", List.of("Brian Roberts")),
        Arguments.of("The lawsuit named Reynolds Tobacco as a defendant.", List.of()),
        // Surnames that are also such nouns stay persons.
        Arguments.of("Former minister Barbara Castle said she would stand down.", List.of("Barbara Castle")),
        Arguments.of("Defender Wayne Bridge is out for a month.", List.of("Wayne Bridge")));
  }

  @ParameterizedTest
  @MethodSource("things")
  void aRunEndingInANounForAKindOfThingIsNoPerson(String body, List<String> expected) {
    assertEquals(expected, FX.extract(null, body).values(Facet.PERSON), body);
  }
}
