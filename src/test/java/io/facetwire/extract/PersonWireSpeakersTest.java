package io.facetwire.extract;

import static io.facetwire.extract.Extracted.countries;
import static io.facetwire.extract.Extracted.persons;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 42, without a server, from the opened test39: the wire's ways of naming a speaker. A Korean given name whose
 * first syllable is an English word ("In", "On") after an office; initials between the commas of an apposition; a
 * speaker's firm between commas before "said", which also makes a country's name after a given name a surname; and a
 * firm whose two-word name the article also writes split by a comma, speaking as "Warburg Pincus said". Passages
 * written for this test; the last rows of each guard the readings beside them.
 */
class PersonWireSpeakersTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      South Korea's Finance Minister Chung In-yong will visit Washington next week.                          | Chung In-yong
      Mr Chung On-yong said the won would rise slowly.                                                        | Chung On-yong
      Trade Minister Rha Woong-bae told the chamber a revaluation would hurt.                                 | Rha Woong-bae
      Officials In Seoul said the won would rise slowly.                                                      | ""
      The secretary-general of the opposition party, K.M. Obaidur Rahman, said the strike was still on.       | K.M. Obaidur Rahman
      But Alastair France, of London brokers Alexanders, Laing and Cruickshank, said the bank would gain.     | Alastair France
      Ties with France, of all the European states, said the minister, matter most.                          | ""
      "Warburg, Pincus Capital Co L.P., an investment partnership, said it would not raise its bid. Warburg Pincus said its price was fair." | ""
      "Dangote Group was set up by a 20-year-old Aliko Dangote with a loan. Dangote Cement is listed in Lagos."  | Aliko Dangote
      """)
  void theSpeakerIsNamed(String body, String expected) {
    assertEquals(expected, persons(body));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      "But Alastair France, of London brokers Alexanders, said earnings would rise. The bank's profit should double, France said." | ""
      "Vernon Jordan met the board on Monday. Jordan said the plan was sound."                                   | ""
      "Alastair Campbell met the French minister. France said it would veto the plan."                           | France
      France said it would veto the plan.                                                                         | France
      """)
  void aCountrysNameAsTheSpeakersSurname(String body, String expected) {
    assertEquals(expected, countries(body));
  }
}
