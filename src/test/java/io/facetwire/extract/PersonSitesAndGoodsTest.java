package io.facetwire.extract;

import static io.facetwire.extract.Extracted.persons;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 43, from test40 once opened, without a server: a mine's or a field's site, a crude oil's grade, a Turkish
 * bank and a firm after its country's possessive are named like people and are none (LABELLING.md: things named after
 * people are not persons); the people around them still are. Passages written for this test after the wire's; every row
 * of the first method gave a thing's name as a person on session 43's start code, and so did the Tom Brown row of the
 * second. A firm named for its founder that other stories call a firm ("William Blair", the Chicago brokerage) is the
 * person where an apposition describes one.
 */
class PersonSitesAndGoodsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Viceroy said drilling on the Lesley Ann deposit extended the mineralised zone.   | ''
      Output at the Terra Nova field will start in 1990, the partners said.            | ''
      Britain's Brent Blend rose 20 cts to 18.45 dlrs a barrel.                        | ''
      The price of Britain's Brent Crude rose in thin trading.                         | ''
      "The paper is on sale today," Osman Erk, deputy general-manager of Yapi ve Kredi Bankasi told Reuters. | Osman Erk
      Britain's Kaiser Steel rose five pence.                                          | ''
      Assays from the number-three vein at the Chester Township property indicate gold. | ''
      """)
  void aThingNamedLikeAPersonIsNone(String body, String expected) {
    assertEquals(expected, persons(body));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Ethiopia's Tirunesh Dibaba won the race.                                         | Tirunesh Dibaba
      Brent Scowcroft said the talks would go on.                                      | Brent Scowcroft
      US District Court Judge Robert W. Sweet ruled Lee should get a tenth of profits. | Robert W. Sweet
      It bought the Tom Brown property from Mary Jones.                                | Mary Jones
      The deficit will grow, said William Blair, an executive member of the Seaway Authority. | William Blair
      The shares were placed by William Blair, the Chicago brokerage.                  | ''
      """)
  void thePeopleAroundThemStay(String body, String expected) {
    assertEquals(expected, persons(body));
  }
}
