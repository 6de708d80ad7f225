package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.facetwire.facet.Facet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 26: common given names that neither hand-made list nor the world list held (Yusuf, Suleiman, Musa, Zaid,
 * Toshio; the world list's filter drops a name the corpora use mostly after another capitalised word), so a title's
 * last word swallowed them ("Minister of State for Planning Yusuf Ali Osman" gave "Ali Osman": the first row failed
 * before; the second guards a name after a title). After test24 was opened: Dutch given names (Louw, Joop, Piet, Henk,
 * Koos, Wouter...) and the plural of an office before two names ("State Secretaries Otto Schlecht and Hans Tietmeyer"),
 * rows three and four, which failed before.
 */
class PersonGivenNamesOfTheWireTest {

  private static final FacetExtractor FX = FacetExtractor.loadDefault();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The new law opened all sectors, Minister of State for Planning Yusuf Ali Osman said.   | Yusuf Ali Osman
      Keidanren Chairman Toshio Doko told reporters the yen's rise would hurt exporters.     | Toshio Doko
      A deadline set by Minister of Social Affairs Louw de Graaf expires today. De Graaf said so.  | Louw de Graaf
      Two German officials, State Secretaries Otto Schlecht and Hans Tietmeyer, told reporters so. | Hans Tietmeyer; Otto Schlecht
      """)
  void aCommonGivenNameStartsTheName(String body, String expected) {
    assertEquals(expected, String.join("; ", FX.extract("", body).values(Facet.PERSON)));
  }
}
