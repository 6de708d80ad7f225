package io.facetwire.extract;

import static io.facetwire.extract.Extracted.countries;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 48, from the development halves of the blind modern-news sets (news43's and, read again, earlier ones),
 * without a server: every item of a list of languages after "translated from" is a language, not only its first and
 * its last; places in another state named with a country's word ("Niger states", "Benin City", "Denmark Hill"); a
 * city-state as a body's seat ("an analyst at Phillip Nova in Singapore") or as the place of a market's index ("In
 * Hong Kong, the Hang Seng index"). A list of adjectives before a noun, a state's own act and a summit in a territory
 * stay countries. Passages written for this test; the first six rows named a country on session
 * 47's end jar.
 */
class CountryNews43FormsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The shortlist also included works translated from Danish, French, Italian and Japanese.  | ''
      Checks in Kano, Kaduna, Katsina and Niger states showed a bag of fertiliser now sells for more. | ''
      At King's College Hospital in Denmark Hill, non-urgent surgery was postponed.            | ''
      "It is early," said Priyanka Sachdeva, senior market analyst at Phillip Nova in Singapore. | ''
      "There is concern," said a senior fellow at the ISEAS-Yusof Ishak Institute in Singapore. | ''
      In Hong Kong, the Hang Seng index rose 0.6%, although gains were capped.               | ''
      By Osagie Eghosa, Benin City. Long before the convoy arrived, the stands were full.     | ''
      Singapore's central bank tightened policy, and Niger closed its border.                 | Niger; Singapore
      Leaders met at a summit in Hong Kong.                                                    | Hong Kong
      Leaders of French, German and Italian banks met in Basel.                                | France; Germany; Italy
      """)
  void readAsTheArticleMeansIt(String body, String expected) {
    assertEquals(expected, countries(body));
  }
}
