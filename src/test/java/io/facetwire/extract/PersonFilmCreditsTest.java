package io.facetwire.extract;

import static io.facetwire.extract.Extracted.persons;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 35, without a server, from the blind modern-news set's development half: a film review's credits and its
 * Korean names — a family name and a hyphenated given name are a person with no cue, in a cast list and on a credits
 * line the next line runs on from; a character named before the actor in brackets is the story's; a cinematographer
 * is a role. Passages written for this test; the last rows guard a club in brackets and a plain sentence.
 */
class PersonFilmCreditsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      Cast: Yoon Ha-eun, Baek Do-hyun, Oh Ye-rin                                           | Baek Do-hyun; Oh Ye-rin; Yoon Ha-eun
      The film follows Han Ji-woo (Yoon Ha-eun, excellent), a gifted coder.                | Yoon Ha-eun
      Jack (Leonardo DiCaprio) meets Rose (Kate Winslet) on the ship's deck.               | Kate Winslet; Leonardo DiCaprio
      Cinematographer Jung Hoon's cool blue palette turns the server rooms blue.          | Jung Hoon
      Jose Mourinho (Tottenham Hotspur) said he was happy with the point.                  | Jose Mourinho
      Oh, and the festival closes with a Japanese-Korean co-production on Friday.          | ""
      """)
  void theCreditsNameThePeople(String body, String expected) {
    assertEquals(expected, persons(body));
  }

  @org.junit.jupiter.api.Test
  void aCreditsLineEndsWithTheGivenNamesSecondSyllable() {
    assertEquals("Park Seo-yeon; Yoon Ha-eun", persons("\"Backdoor\"\nDirector: Park Seo-yeon\nCast: Yoon Ha-eun\nRunning time: 118 minutes"));
  }
}
