package io.facetwire.extract;

import static io.facetwire.extract.Extracted.persons;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 34, without a server, from test31 once opened: things the 1987 wire writes like a person's name — a plant
 * named for a person, a firm by its product, a utility's short form, a partners' firm called by its first two names, a
 * French savings bank (LABELLING.md: places, organisations and objects named after people are not persons). Passages
 * written for this test; every row but the last two failed on the session's start (29757b9b); those guard the real
 * persons.
 */
class PersonWireThingsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      Oglethorpe will not raise rates to cover costs at the Alvin W. Vogtle Nuclear Plant, in which it holds 30 pct. | ""
      OAKLAND, Calif., March 13 - Dreyer's Grand Ice Cream said it has restated its fourth quarter loss.            | ""
      The agreement will produce the first rate decrease for Con Edison in 20 years, Governor Mario M. Cuomo said.     | Mario M. Cuomo
      Comdata will merge into a company formed by <Welsh, Carson, Anderson and Stowe IV>. The price improves on an agreement with Welsh Carson. | ""
      The bond's lead manager, Caisse d'Epargne de l'Etat du Grand-Duche de Luxembourg, said it was placed. | ""
      Robert Plant said the band would tour again next year.                                                          | Robert Plant
      The plant manager, Ann Plant, said the Hope Creek plant would reopen.                                            | Ann Plant
      """)
  void theThingIsNoPerson(String body, String expected) {
    assertEquals(expected, persons(body));
  }
}
