package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.facetwire.facet.Facet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 26, from reading the corpus' persons in context, without a server: the firms' words of Spanish and Portuguese
 * ("Comissaria", "Camiones", "Brasileiro", "Nacional", "Financiera", ...) make a capitalised run a firm's name, as
 * session 25's words of the other European languages do ("Usines", "Finanza"). The corpus lost five wrong persons and
 * nothing else. The first four rows (passages after the corpus' own) gave a wrong person before the change; the last two guard persons named beside
 * such firms. After test24 was opened, the chemistry words of the continent's languages ("Rhone-Poulenc Chimie",
 * "Hoechst Chemie") joined them: the seventh row failed before.
 */
class PersonForeignFirmWordsTest {

  private static final FacetExtractor FX = FacetExtractor.loadDefault();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Cocoa arrivals were slightly higher this week, Comissaria Smith said in its weekly review.             |
      Navistar International said it and Dina Camiones, a truck subsidiary of Diesel Nacional, signed a pact.  |
      The seamen signed an agreement with the state-owned Lloyd Brasileiro company on Saturday.              |
      Mexico's Nacional Financiera (NF), the recipient of both loans, will receive 185 mln dlrs.            |
      Jose Antonio Lopez, president of Grupo Industrial Saltillo, said sales rose.              | Jose Antonio Lopez
      Finance Minister Gustavo Petricioli said Nacional Financiera would sell the bonds.          | Gustavo Petricioli
      Monsanto said it agreed to buy the polyphenyl business of Rhone-Poulenc Chimie, a French company.     |
      """)
  void aForeignFirmsWordMakesAFirmNotAPerson(String body, String expected) {
    assertEquals(expected == null ? "" : expected, String.join("; ", FX.extract("", body).values(Facet.PERSON)));
  }
}
