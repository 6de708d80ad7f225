package io.facetwire.extract;

import static io.facetwire.extract.Extracted.countries;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 45, from the development half of the blind modern-news set news40, without a server: "Finn" glued to a
 * capitalised word is a name's ("Huckleberry Finn", "Finn Russell"), not the Finns' state; "Papuans" alone may be
 * Indonesia's Papuans, so it needs another mention of Papua New Guinea. Passages written for this test; each row of
 * the first table named a state on session 44's end jar.
 */
class CountryNews40FormsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The shortlist includes a reimagining of Mark Twain's Huckleberry Finn told by the enslaved man Jim.   | ''
      Finn Russell kicked the winning penalty in the last minute.                                          | ''
      Activists and young Papuans unfurled banners against the nickel mines near Raja Ampat.               | ''
      """)
  void aNameOrAnAmbiguousPeopleNamesNoState(String body, String expected) {
    assertEquals(expected, countries(body));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The Finn won the race ahead of two Norwegians.                                  | Finland; Norway
      Papua New Guinea said Papuan highlanders had voted in large numbers.            | Papua New Guinea
      """)
  void theStateStillCounts(String body, String expected) {
    assertEquals(expected, countries(body));
  }
}
