package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.facetwire.facet.Facet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Session 40 (issue 10), no server: a leader's surname used as a word for his government's bonds ("Reagan bonds", in
 * the body or a shouted headline) or for his government in the reporter's brackets ("the (Reagan) administration")
 * names no person (LABELLING.md: "Reagan bonds", "a Reagan administration official"); the leader named otherwise still
 * counts. The first three rows failed on session 39's end jar.
 */
class PersonLeadersWordTest {

  private static final FacetExtractor FX = FacetExtractor.loadDefault();

  static Stream<Arguments> rows() {
    return Stream.of(
        Arguments.of("Story", "The Treasury has no plans to issue yen bonds that would become known as \"Reagan bonds.\"",
            List.of()),
        Arguments.of("TOKYO SEES REAGAN BONDS FEASIBLE", "The governor said he would support the issue.", List.of()),
        Arguments.of("Story", "The question is whether the (Reagan) administration will change its view of the dollar.",
            List.of()),
        // Guards: the leader himself.
        Arguments.of("Story", "President Reagan said the bonds were not needed.", List.of("Ronald Reagan")),
        Arguments.of("REAGAN SEES NO NEED FOR BONDS", "The governor said he would support the issue.", List.of("Ronald Reagan")),
        Arguments.of("Story", "Reagan's administration sold no bonds.", List.of("Ronald Reagan")));
  }

  @ParameterizedTest
  @MethodSource("rows")
  void persons(String title, String body, List<String> expected) {
    assertEquals(expected, FX.extract(title, body).values(Facet.PERSON), body);
  }
}
