package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.facetwire.facet.Facet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Session 40 (issue 10), no server: a name right after a lower-case noun for an organisation's kind (a newspaper, a
 * magazine, a firm, an agency) is the organisation's, in that sentence and every later one, even when its words look
 * like a person's ("Les Echos", "Curtis Brown"); a person named after a title, a staff word or "of the firm" is still a
 * person. The first five rows failed on session 39's end jar.
 */
class PersonOrganisationKindTest {

  private static final FacetExtractor FX = FacetExtractor.loadDefault();

  static Stream<Arguments> rows() {
    return Stream.of(
        Arguments.of("Balladur said in an interview with the daily Les Echos. He told Les Echos he aims to cut the deficit.",
            List.of("Edouard Balladur")),
        Arguments.of("The army newspaper Quan Doi Nhan Dan said soldiers must grow more rice.", List.of()),
        Arguments.of("The figures were published by the magazine Mac Format on Tuesday.", List.of()),
        Arguments.of("The winner gets a deal with literary agency Curtis Brown and a cash prize.", List.of()),
        Arguments.of("The seller, Irish-based property firm Quinlan Private, declined to comment.", List.of()),
        // Guards: a person after the medium's staff word, and a person who merely speaks to a newspaper.
        Arguments.of("The newspaper's editor, Alan Rusbridger, said the story was true.", List.of("Alan Rusbridger")),
        Arguments.of("Newspaper publisher Rupert Murdoch bought the daily on Monday.", List.of("Rupert Murdoch")),
        Arguments.of("The firm will work on the projects, bank Vice-President S. Stanley Katz said.",
            List.of("S. Stanley Katz")),
        Arguments.of("Chairman of the firm Gordon Wu said the plant would open in 1990.", List.of("Gordon Wu")));
  }

  @ParameterizedTest
  @MethodSource("rows")
  void persons(String body, List<String> expected) {
    assertEquals(expected, FX.extract("Story", body).values(Facet.PERSON), body);
  }
}
