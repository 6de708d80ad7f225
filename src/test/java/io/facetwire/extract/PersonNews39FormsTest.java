package io.facetwire.extract;

import static io.facetwire.extract.Extracted.persons;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 44, from news39's development half, without a server: the Chinese family name He in mid-sentence, "Son" as a
 * surname after a given name, a title-case headline's capitalised words that the body never names, and a surname with
 * its generation folded into the full name. Passages written for this test; each row of the first two tables gave
 * another answer on session 43's end jar.
 */
class PersonNews39FormsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Spokesperson He Yadong said Washington had overstretched the concept of national security. | He Yadong
      The event was hosted by Yu and He Gang, chief executive of the consumer business.           | He Gang
      SoftBank founder Masayoshi Son said demand was strong.                                      | Masayoshi Son
      A team led by Professor Takahashi Jun of Kyoto University presented the results.            | Takahashi Jun
      Khaled al-Masri waited. Mr al-Masri's eldest daughter, Rama, 15, says she barely remembers. | Khaled al-Masri; Rama al-Masri
      Detective Inspector Narelle Cooper leads the inquiry. Det Insp Cooper said the boy died.     | Narelle Cooper
      Through his company, Quincy Jones Productions, Jones produced the sitcom. Quincy Jones was proud. | Quincy Jones
      """)
  void aFamilyNameOrASurnameThatIsAlsoAWord(String body, String expected) {
    assertEquals(expected, persons(body));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Grenada PM Surveys Beryl Devastation      | Prime Minister Dickon Mitchell toured Carriacou after Hurricane Beryl struck. | Dickon Mitchell
      Whipps Jr. wins second term as president  | President Surangel Whipps Jr. was returned for a second term.                   | Surangel Whipps Jr
      """)
  void aHeadlineNameTheBodyDoesNotBear(String title, String body, String expected) {
    assertEquals(expected, persons(title, body));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      He said nothing when asked. He Told reporters later.     | ''
      Asked about the plan, He said it would wait.             | ''
      John Smith and Son said sales rose.                      | John Smith
      """)
  void thePronounAndTheFirmsSonStayWords(String body, String expected) {
    assertEquals(expected, persons(body));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Island Leader Counts the Cost of Beryl          | The prime minister toured Carriacou. Dickon Mitchell said it was flattened. | Dickon Mitchell
      Seoul Mayor Park Won-soon Found Dead            | The mayor of Seoul was found dead on Friday, police said.                      | Park Won-soon
      Lewis-Francis Wins Sprint Title Again           | Mark Lewis-Francis won the 60 metres in 6.55 seconds.                          | Mark Lewis-Francis
      """)
  void aTitleCaseHeadlinesPersonTheBodyNamesStays(String title, String body, String expected) {
    assertEquals(expected, persons(title, body));
  }

  /** A side listed by full names, with a replacement and his minute in brackets, is a team sheet, not persons. */
  @org.junit.jupiter.api.Test
  void aSheetOfFullNamesWithAReplacementsMinute() {
    String body = "The home side won 3-2. Line-ups. Sport Recife: Everson Lacerda; Felipinho, Leandro Thyago, "
        + "Cristiano Bezerra, Joao Victor Sampaio; Fabinho (Ronaldo Henrique, 70'), Lucas Mendes Portela, Caio Barreto; "
        + "Matias Ezequiel Sosa, Gustavo Henrique Maia, Ze Roberto (Jefferson Soares, 75').";
    assertEquals("", persons(body));
  }
}
