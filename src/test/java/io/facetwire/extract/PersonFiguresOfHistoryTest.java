package io.facetwire.extract;

import static io.facetwire.extract.Extracted.persons;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 24, without a server, from the opened parts' missed persons: figures of history, letters and the arts that
 * the news names by surname alone are listed with their full names, as LABELLING.md lists a world-famous person named
 * by surname; the wire's gold "Napoleon" coin, priced in a table, stays no person. Passages written for this test; the
 * first three rows gave no person before the change.
 */
class PersonFiguresOfHistoryTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The exhibition shows how Hitler used film in the 1930s.                      | Adolf Hitler
      The company will stage two Shakespeare plays at the festival this summer.   | William Shakespeare
      The altarpiece was painted by Caravaggio in 1607, experts said.             | Caravaggio
      Paris gold coins: Napoleon 512 francs, Sovereign 595 francs.                |
      """)
  void aFigureOfHistoryByHisSurname(String body, String expected) {
    assertEquals(expected == null ? "" : expected, persons(body));
  }
}
