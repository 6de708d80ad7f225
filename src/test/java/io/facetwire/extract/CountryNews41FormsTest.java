package io.facetwire.extract;

import static io.facetwire.extract.Extracted.countries;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 46, from the development half of the blind modern-news set news41, without a server: a country word that
 * opens the name of an event or a leak names that thing, not the state ("the Hong Kong Marathon", "the Panama Papers",
 * "the British Grand Prix"; LABELLING.md: a country word inside the name of something that is not an organ of the
 * state), as "French Open" did before; the state named otherwise still counts. Passages written for this test; the
 * first four rows gave another answer on session 45's end jar.
 */
class CountryNews41FormsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The runner, who won the Hong Kong Marathon earlier this year, returned an adverse finding.     | ''
      A former prime minister who resigned in 2016 over the Panama Papers won eight seats.          | ''
      He won the British Grand Prix for a record ninth time on Sunday.                               | ''
      Verstappen won the Singapore Grand Prix under the lights.                                      | ''
      Britain's sports minister congratulated him on the British Grand Prix win.                     | United Kingdom
      """)
  void readAsTheArticleMeansIt(String body, String expected) {
    assertEquals(expected, countries(body));
  }
}
