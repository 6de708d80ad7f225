package io.facetwire.extract;

import static io.facetwire.extract.Extracted.persons;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 44, from the opened test41 part and the labelled BBC articles, without a server: a surname said alone and
 * spelt one letter away from the surname of a person the story names in full is that person, not a second one.
 * Passages written for this test; each row of the first table gave the surname as a person of its own on session 43's
 * end jar.
 */
class PersonSurnameSpellingsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Finance minister Pranab Mukherjee said the budget would be tabled on Monday. Mr Mukerjee added that growth was strong. | Pranab Mukherjee
      Eurocheque president Mark Van Wauve said card use grew. Van Wauwe said the group expects 10 pct more cards.          | Mark Van Wauve
      The book by Robert Preston claimed the two men had quarrelled. Mr Peston said his sources were good.                 | Robert Preston
      """)
  void aSurnameSpeltALetterApartIsThePersonNamedInFull(String body, String expected) {
    assertEquals(expected, persons(body));
  }

  @Test
  void twoCloseNamesOrAnExactOneLeaveTheSurnameAlone() {
    TreeSet<String> both = new TreeSet<>(List.of("Ronald Reagan", "Donald Regan", "Regan"));
    SurnameSpellings.withoutVariants(both);
    assertTrue(both.contains("Regan"), "a full name ends with it exactly: " + both);
    TreeSet<String> two = new TreeSet<>(List.of("Anna Jansen", "Piet Janson", "Jansn"));
    SurnameSpellings.withoutVariants(two);
    assertTrue(two.contains("Jansn"), "two full names within a letter: " + two);
    TreeSet<String> short3 = new TreeSet<>(List.of("Bill Gates", "Gat"));
    SurnameSpellings.withoutVariants(short3);
    assertTrue(short3.contains("Gat"), "under four letters: " + short3);
    TreeSet<String> otherInitial = new TreeSet<>(List.of("John Baker", "Maker"));
    SurnameSpellings.withoutVariants(otherInitial);
    assertTrue(otherInitial.contains("Maker"), "first letters differ: " + otherInitial);
  }

  @Test
  void oneEditMeansOneLetterChangedAddedOrLeftOut() {
    assertTrue(SurnameSpellings.oneEditApart("mukherjee", "mukerjee"));
    assertTrue(SurnameSpellings.oneEditApart("preston", "peston"));
    assertTrue(SurnameSpellings.oneEditApart("van wauve", "van wauwe"));
    assertTrue(SurnameSpellings.oneEditApart("gates", "gate"));
    assertFalse(SurnameSpellings.oneEditApart("gates", "gates"));
    assertFalse(SurnameSpellings.oneEditApart("barrot", "barotte"));
    assertFalse(SurnameSpellings.oneEditApart("smith", "smyth s"));
  }
}
