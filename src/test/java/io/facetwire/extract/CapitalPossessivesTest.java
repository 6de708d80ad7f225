package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.facetwire.facet.Facet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Session 15 (issue 10), no server: a capital's possessive stands for its government ("Washington's policies") but
 * not before one of the city's own places, markets or offices ("London's King Cross station"): LABELLING.md, a
 * capital used as a place does not count. The rows naming no country failed with the session's start jar.
 */
class CapitalPossessivesTest {

  private static final FacetExtractor FX = FacetExtractor.loadDefault();

  static Stream<Arguments> rows() {
    return Stream.of(
        Arguments.of("Describing that first meeting at London's King Cross station, he said it moved him.", List.of()),
        Arguments.of("London's famous Savoy hotel has been sold to a group of investors.", List.of()),
        Arguments.of("London's soft futures markets, namely cocoa, coffee and sugar, are adopting new procedures.",
            List.of()),
        Arguments.of("He spoke as London's Labour mayor Ken Livingstone remains embroiled in a row.", List.of()),
        Arguments.of("I was back to official duties in my role as an ambassador to London's 2012 Olympic bid.",
            List.of()),
        Arguments.of("He starred in One Flew Over the Cuckoo's Nest in London's West End last year.", List.of()),
        // Guards: the government's acts still count.
        Arguments.of("Washington's policies on trade angered its allies.", List.of("United States")),
        Arguments.of("Moscow's decision to cut the embassy staff was a response to sanctions.", List.of("Russia")));
  }

  @ParameterizedTest
  @MethodSource("rows")
  void countries(String body, List<String> expected) {
    assertEquals(expected, FX.extract("Story", body).values(Facet.COUNTRY), body);
  }
}
