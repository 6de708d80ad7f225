package io.facetwire.extract;

import static io.facetwire.extract.Extracted.persons;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 24, without a server, from the corpus's wrong persons ("York May", "Spot May", "Soybean May" in the wire's
 * commodity reports, the first Reuters article among them): a month alone, with no title before it ("rose in May",
 * "basis May"), is a date, so it no longer confirms a capitalised word before another "May" as a person's name. A
 * month that ends a real name, or follows a title, still names her. Passages written for this test; the first two rows
 * gave a wrong person before the change.
 */
class PersonMonthWordsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Sugar opened lower, basis May, traders said. Spot May dropped 0.27 cent to 6.52 cents.              |
      Bids are sought for May shipment. The price is 2.27 times New York May, dealers said.              |
      Theresa May met the Irish premier in May. May said the talks had been useful.                      | Theresa May
      Prices rose in May, and Prime Minister May said inflation would fall.                              | Theresa May
      """)
  void aMonthIsADateNotASurname(String body, String expected) {
    assertEquals(expected == null ? "" : expected, persons(body));
  }
}
