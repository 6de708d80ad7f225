package io.facetwire.extract;

import static io.facetwire.extract.Extracted.persons;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 22, without a server, read from the opened test19's persons: a firm of the oil patch or the mines named
 * like a person ("Victoria Exploration", "Norsk Hydro") and a holiday ("May Day") are no persons; "Hall" after a role
 * is a surname ("spokesman Rich Hall said"), alone it is still the venue ("the Albert Hall"); session 23, from test20:
 * a firm by its trade ("Lucas Aerospace", "Lucas Industrial") is no person. Passages written for
 * this test; every row of the first table gave a person, and every row of the second none, on the session's start
 * jar (ee8876bc), except the venue, which was right before and is kept right.
 */
class PersonFirmsHolidaysAndHallsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Victoria Exploration said it would drill two more wells this year.
      Norsk Hydro said its share of the field's output rose 22 pct.
      Union leaders called a May Day stay-away from work.
      Tickets for the concert at the Albert Hall sold out within hours.
      Lucas Aerospace and Lucas Industrial both raised their sales.
      """)
  void aFirmAHolidayOrAVenueIsNoPerson(String body) {
    assertEquals("", persons(body));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The railroad asked the ICC to reopen the case, spokesman Rich Hall said.   | Rich Hall
      Rich Hall, a spokesman for the company, said the appeal was filed.        | Rich Hall
      """)
  void aSurnameHallAfterARoleIsAPerson(String body, String expected) {
    assertEquals(expected, persons(body));
  }
}
