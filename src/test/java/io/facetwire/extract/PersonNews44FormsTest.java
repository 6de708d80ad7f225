package io.facetwire.extract;

import static io.facetwire.extract.Extracted.persons;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 49, from the development half of the blind modern-news set news44, without a server: the town or desk after
 * a byline's comma ("By Oluwatoyin Bamidele, Akure") is no name the prose may mean; a station or quay named in French
 * or Spanish ("the Gare du Midi") and a street called a Row are places; a motor-racing team ("Joe Gibbs Racing") is
 * a team; an honorific or a rank written with a dot ("Hon.", "Engr.", "Brig.") ends no sentence, so the name after it
 * is read as one; a singer known by one name is a person (known-persons.txt), an airline's acronym is not. Passages
 * written for this test; the first seven rows gave another answer on session 48's end jar; the last five are guards.
 */
class PersonNews44FormsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      He spoke outside the Assembly complex in Akure.\\n\\nBy Oluwatoyin Bamidele, Akure             | ''
      It shows what the festival means across the Highlands.\\n\\nBy Catriona Mackay, Highlands reporter | ''
      The procession went from the North Station to the Gare du Midi on Tuesday.                     | ''
      It is quite possibly the best thing on Richmond Row.                                           | ''
      The suit was filed with Joe Gibbs Racing's support on Monday.                                  | ''
      The sitting was chaired by the Deputy Speaker, Hon. Abimbola Fayehun, on Tuesday.              | Abimbola Fayehun
      Wizkid headlined the festival on Saturday night.                                               | Wizkid
      The station will open next year, Brig. Kiprono Kipkosgei said.                                 | Kiprono Kipkosgei
      The actor Nathan Lane opened the show.                                                         | Nathan Lane
      Doe said the count went on.\\n\\nBy Jane Doe and John Roe                                      | Jane Doe
      Traffic on Lincoln Highway stopped for an hour.                                                | ''
      SIA said its profit rose in the quarter.                                                       | ''
      """)
  void readAsTheArticleMeansIt(String body, String expected) {
    assertEquals(expected, persons(body.replace("\\n", "\n")));
  }
}
