package io.facetwire.extract;

import static io.facetwire.extract.Extracted.countries;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 48, from the development half of the blind modern-news set news43, without a server: every item of a list of
 * languages after "translated from" is a language, not only its first and its last ("translated from Danish, French,
 * Italian and Japanese"). A list of adjectives before a noun stays countries. Passages written for this test; the
 * first row named France and Italy on session 47's end jar.
 */
class CountryNews43FormsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The shortlist also included works translated from Danish, French, Italian and Japanese.  | ''
      Leaders of French, German and Italian banks met in Basel.                                | France; Germany; Italy
      """)
  void readAsTheArticleMeansIt(String body, String expected) {
    assertEquals(expected, countries(body));
  }
}
