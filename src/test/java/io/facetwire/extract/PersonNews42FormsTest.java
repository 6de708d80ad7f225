package io.facetwire.extract;

import static io.facetwire.extract.Extracted.persons;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 47, from the development half of the blind modern-news set news42, without a server: the Burmese "U" before a
 * Burmese name ("U Kyaw Thu Ya") and "Daw" before a well-known whole name ("Daw Aung San Suu Kyi") are forms of address,
 * no part of the name; a post given by "was sworn in as" or straight after "was appointed" makes a person of a name
 * with no given name we know; so do ", the 44-year-old ..." and ", a freelance translator who ...", "his running mate,"
 * and a day that is a Nigerian given name after a title ("Senator Monday Okpebholo"); a birth name after ", born" is
 * the named person's, no other ("the singer, born Stefani Joanna Angelina Germanotta"); "Mads" is a given name; an age
 * in apposition makes a person after a noun that usually announces a firm ("rice retailer Teresita Manalo, 56,"); a
 * ministry in brackets after a name lists a cabinet ("Kumara Jayakody (Energy)").
 * Passages written for this test; each row with a name gave another answer on session 46's end jar; the English "U" and a firm appointed to
 * a role that is no office stay what they are on both.
 */
class PersonNews42FormsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      A businessman, U Kyaw Thu Ya, is listed for brokering the purchase of aircraft parts.                   | Kyaw Thu Ya
      Among those designated is U Tin Aung San, the Minister for Transport and Communications.                 | Tin Aung San
      The Council called for the release of Daw Aung San Suu Kyi and President U Win Myint.                   | Aung San Suu Kyi; Win Myint
      Drivers who miss the exit take a U Turn Lane back to the ring road.                                      | ''
      Vijitha Herath was sworn in as Minister of Foreign Affairs on Monday.                                    | Vijitha Herath
      Bimal Rathnayake was appointed Minister of Transport, Highways and Ports.                                | Bimal Rathnayake
      Acme Holdings was appointed trustee of the pension fund.                                                 | ''
      The prime minister replaced him with Shinjiro Koizumi, the 44-year-old former environment minister.      | Shinjiro Koizumi
      Mercy Achieng, a freelance translator who works in Swahili and French, said the space had helped.        | Mercy Achieng
      Lady Gaga sang for three hours. The singer, born Stefani Joanna Angelina Germanotta in 1986, thanked the crowd. | Lady Gaga
      Mads Pedersen of Lidl-Trek won the sprint for third place.                                               | Mads Pedersen
      The APC candidate, Senator Monday Okpebholo, is expected to hold his own rally.                          | Monday Okpebholo
      The Senate on Monday Passed the bill after a long night.                                                 | ''
      The candidate and his running mate, Osarodion Ogie, led a procession through the city.                   | Osarodion Ogie
      In the market on Monday, rice retailer Teresita Manalo, 56, said she had not yet seen lower prices.      | Teresita Manalo
      The retailer John Lewis said its sales rose 3 pct in the year.                                           | ''
      Other posts went to Kumara Jayakody (Energy) and Upali Pannilage (Rural Development).                    | Kumara Jayakody; Upali Pannilage
      Shares of Tata Power (Energy) rose 2 pct.                                                                | ''
      """)
  void readAsTheArticleMeansIt(String body, String expected) {
    assertEquals(expected, persons(body));
  }
}
