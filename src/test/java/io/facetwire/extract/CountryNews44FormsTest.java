package io.facetwire.extract;

import static io.facetwire.extract.Extracted.countries;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 49, from the development half of the blind modern-news set news44, without a server: a state whose every
 * mention is the bare surname of a person the article names ("Michael Jordan ... owned by Jordan") is that person, for
 * the names the gazetteer marks as people's names too. A demonym or another mention keeps the state, and a name the
 * gazetteer does not mark so ("James Ireland" beside "Ireland and Scotland players") never costs it. Passages written
 * for this test; the first two rows named a state on session 48's end jar; the last three are guards.
 */
class CountryNews44FormsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The team co-owned by Michael Jordan sued. It is owned by Jordan and Jordan's partner Curtis Polk.      | ''
      Matt Holland put the visitors ahead. Bartlett laid it off to Holland, who scored.                     | ''
      Michael Jordan met Jordanian officials in Amman on Tuesday.                                            | Jordan
      The Dragons might use James Ireland. Most Ireland and Scotland players have been released.            | Ireland
      Jordan's King Abdullah met the envoy on Tuesday.                                                      | Jordan
      """)
  void readAsTheArticleMeansIt(String body, String expected) {
    assertEquals(expected, countries(body));
  }
}
