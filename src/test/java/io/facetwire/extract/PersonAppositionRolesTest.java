package io.facetwire.extract;

import static io.facetwire.extract.Extracted.persons;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 36, from the development half of the blind modern-news set news36, without a server: a quote's speaker
 * whose given name the lists lack is a person when the apposition after the name gives a role of everyday stories
 * (an expert, an organiser, a consultant, a vendor, a resident). A firm "said" something too, so a firm with no such
 * apposition stays none. Passages written for this test; the first table's rows gave no person on session 36's start
 * jar.
 */
class PersonAppositionRolesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      "It is competitive," said Kazuto Suzuki, a space policy expert at the University of Tokyo.  | Kazuto Suzuki
      "For us this is not a theory," said Mayang Sari, a waste picker organiser from Bekasi.      | Mayang Sari
      "Prices doubled," said Oyelaran Adebayo, a market vendor in Ibadan.                          | Oyelaran Adebayo
      """)
  void aRoleInTheAppositionMakesTheSpeakerAPerson(String body, String expected) {
    assertEquals(expected, persons(body));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Prices fell, said Continental Research.                 | ''
      Rates will rise, said Drewry Shipping Consultants.      | ''
      """)
  void aFirmWithoutARoleStaysNone(String body, String expected) {
    assertEquals(expected, persons(body));
  }

  /** A teknonym alone is no person's full name (LABELLING.md, news33's decisions); a longer name opening so still is. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      In an olive grove, Abu Ahmad has pitched a tent. Abu Ahmad said he would stay.   | ''
      Umm Khaled said her sons had left for Turkey.                                     | ''
      Abu Bakr al-Baghdadi was killed in a raid, officials said.                        | Abu Bakr al-Baghdadi
      """)
  void aTeknonymAloneIsNoFullName(String body, String expected) {
    assertEquals(expected, persons(body));
  }

  /** A family's name for its rule is no person (news33's decisions; news36's development half: "the Assad regime"). */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      It was the most detailed estimate since the fall of the Assad regime in December.   | ''
      Margaret Thatcher spoke on Monday. Her fall ended the Thatcher era.                  | Margaret Thatcher
      """)
  void aFamilysNameForItsRuleIsNoPerson(String body, String expected) {
    assertEquals(expected, persons(body));
  }
}
