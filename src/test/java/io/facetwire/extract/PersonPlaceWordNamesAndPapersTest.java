package io.facetwire.extract;

import static io.facetwire.extract.Extracted.countries;
import static io.facetwire.extract.Extracted.persons;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 46, from test43 once opened, without a server: "Marshall" is a given name ("Gulf Canada chairman Marshall
 * Cohen said"), though the English list left it out for "Marshall Islands"; the islands, the Marshall Plan and a firm
 * named Marshall stay what they are, and the department store "Marshall Field's" is no person (a list entry keeps the
 * new given name from reading it as one). Hong Kong's Chinese-language papers are papers ("Wen Wei Po, a Hong Kong
 * daily, said"), not persons named like Chinese names. Passages written for this test; the first two rows and the
 * papers gave another answer on session 45's end jar.
 */
class PersonPlaceWordNamesAndPapersTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      A holder withdrew an amendment when Gulf Canada chairman Marshall Cohen said they would be compensated.   | Marshall Cohen
      Marshall Goldman, a Harvard expert on the Soviet economy, said the reforms would be slow.                 | Marshall Goldman
      Aid under the Marshall Plan rebuilt the ports of western Europe.                                          | ''
      Marshall Industries said its profit rose 12 pct in the quarter.                                           | ''
      The deal brings together famous stores like Macy's, Bloomingdale's and Marshall Field's.                  | ''
      Wen Wei Po, a Hong Kong daily, said the drought was the worst in more than 20 years.                      | ''
      The talks failed, Ming Pao reported, quoting officials in Beijing.                                        | ''
      """)
  void readAsTheArticleMeansIt(String body, String expected) {
    assertEquals(expected, persons(body));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The Marshall Islands signed the fisheries treaty on Monday.                                              | Marshall Islands
      """)
  void theIslandsStayAState(String body, String expected) {
    assertEquals(expected, countries(body));
  }
}
