package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.facetwire.facet.Facet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Session 14 (issue 10): the one word after an honorific ("Mr Pound", "Mrs Washington") is a surname even where it is
 * also a place word (a currency, a city): the person counts, and so does the family the sentence names ("Mr Pound said
 * his wife Maggie" is Maggie Pound, LABELLING.md). The rows that name a person failed before the change. No server.
 */
class HonorificSurnamesTest {

  private static final FacetExtractor FX = FacetExtractor.loadDefault();

  static Stream<Arguments> surnames() {
    return Stream.of(
        Arguments.of("Mr Pound said his wife Maggie had been fully supportive.", List.of("Maggie Pound", "Pound")),
        Arguments.of("Labour MP Stephen Pound spoke first. Mr Pound said it was a shock. Lord Jones said little. "
            + "Mr Pound said his wife Maggie had been fully supportive.",
            List.of("Jones", "Maggie Pound", "Stephen Pound")),
        // A place word the honorific already made a surname, a function word, and an organisation word: as before.
        Arguments.of("Mrs Washington said the school would open in May.", List.of("Washington")),
        Arguments.of("The talks went on, Mr Speaker.", List.of()),
        Arguments.of("It borrowed from Mr Inc and others.", List.of()));
  }

  @ParameterizedTest
  @MethodSource("surnames")
  void theWordAfterAnHonorificIsASurname(String body, List<String> expected) {
    assertEquals(expected, FX.extract(null, body).values(Facet.PERSON), body);
  }
}
