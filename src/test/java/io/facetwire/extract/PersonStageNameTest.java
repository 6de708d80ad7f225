package io.facetwire.extract;

import static io.facetwire.extract.Extracted.persons;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 39, from news37's development half, without a server: after a role whose holders go by one name (a rapper, a
 * singer, a musician, a DJ) the one word is the person's whole name ("the rapper Olamide"; none on session 38's end
 * jar), but not after "star" or "producer", whose next word is a film's or a firm's ("Star Wars", "sugar producer
 * Beghin-Say"). A one-word name no list holds and no role precedes stays no one ("Kizzbeat"; this row's "Asake" became
 * a well-known singer in known-persons.txt in session 49).
 */
class PersonStageNameTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The field included Kizzbeat and the rapper Olamide, who both played in Lagos last week.   | Olamide
      The convention was opened by singer Jillea on Saturday night.                            | Jillea
      The film is the latest of the Star Wars series to open in London this week.               | ''
      French sugar producer Beghin-Say said it would keep its sugar in intervention.            | ''
      """)
  void aStageNameAfterItsRoleIsAPerson(String body, String expected) {
    assertEquals(expected, persons(body));
  }
}
