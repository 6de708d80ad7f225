package io.facetwire.extract;

import static io.facetwire.extract.Extracted.persons;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 36, from the development half of the blind modern-news set news36, without a server: a Chinese name written
 * family name first keeps its family name when its given name opens with a word the lists know as a given name ("Tan
 * Wei Ling" was "Wei Ling"; the wire's "Khoo Teck Puat" was missed). A word before a given name that is no family name
 * still opens no name. Passages written for this test; the first table's rows gave the shorter name on session 36's
 * start jar.
 */
class PersonChineseNamesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      "The liquidity is not there," said Tan Wei Ling, an analyst at a research firm.   | Tan Wei Ling
      Lim Wei Ming, the bank's chairman, said profits rose.                             | Lim Wei Ming
      """)
  void theFamilyNameOpensTheName(String body, String expected) {
    assertEquals(expected, persons(body));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Yesterday Wei Ling said prices rose.              | Wei Ling
      Premier Lee Hsien Loong met Wang Yi in Beijing.   | Lee Hsien Loong; Wang Yi
      """)
  void otherRunsAsBefore(String body, String expected) {
    assertEquals(expected, persons(body));
  }
}
