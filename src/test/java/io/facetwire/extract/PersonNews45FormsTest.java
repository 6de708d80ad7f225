package io.facetwire.extract;

import static io.facetwire.extract.Extracted.persons;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 50, from the development half of the blind modern-news set news45, without a server: a story's last line
 * that credits its writers ("Report by Awa Sy", "With reports from ...", "Katarzyna Wójcik (PAP)") and a release's
 * contact written in sentence case ("Media contact:") name no persons of the story; a head of government named
 * after "the government of" is a person even when his surname is a country's name; a shop's salesman is described
 * as a person; a sports complex is a place; a luxury group's full name and a club or a couture house named in
 * Portuguese or French are no persons. Passages written for this test; the first eight rows gave another answer on
 * session 49's end jar; the last six are guards.
 */
class PersonNews45FormsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The satellite will be launched next year, officials said.\\n\\nReport by Awa Sy                      | ''
      The trial moves to the Senate in June.\\n\\nWith reports from Jhesset Enano and Carmela Reyes-Santos | ''
      The crew will spend two weeks on the station.\\n\\nKatarzyna Wójcik (PAP)                           | ''
      It employs 430 people.\\n\\nMedia contact:\\nPutri Anggraini, Head of Communications                 | ''
      Portugal, under the government of Luís Montenegro, ordered its own review.         | Luís Montenegro
      "Now everyone wants it," said Mwila Banda, a salesman at one shop.                                | Mwila Banda
      The sample was collected at the Nishtar Park Sports Complex in Lahore in March.           | ''
      Sales at Moët Hennessy Louis Vuitton fell in the year.                                          | ''
      The court ordered the Belgian club to pay Esporte Clube Bahia the fee.                           | ''
      Sales at Christian Dior Couture fell in the year.                                               | ''
      The review said so, Jane Doe wrote in the report.\\n\\nReporting by John Roe                     | Jane Doe
      A report by Awa Sy found the river had shrunk. Mamadou Diallo said so. | Awa Sy; Mamadou Diallo
      The government of South Korea and the administration of New Zealand said so.                     | ''
      Sales at LVMH rose, Bernard Arnault said.                                                       | Bernard Arnault
      """)
  void readAsTheArticleMeansIt(String body, String expected) {
    assertEquals(expected, persons(body.replace("\\n", "\n")));
  }
}
