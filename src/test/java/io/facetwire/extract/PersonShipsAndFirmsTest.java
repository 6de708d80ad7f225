package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.facetwire.facet.Facet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 25, from the opened parts' wrong persons, without a server: a name right after a vessel word is a ship's
 * ("the production ship Petro Jarl", "the Soviet freighter Nikolay Kuznetsov"), a name before "and Co" or "and
 * Associates" is a firm's ("a subcontractor to Sanford Cohen and Associates", "Usines Renault", "Allied Vintners"). A person named beside them,
 * or with a surname that is also a thing (Barry Bonds), is still listed. Passages written for this test; the first six
 * rows and the ship of the ninth gave a wrong person before the session's changes.
 */
class PersonShipsAndFirmsTest {

  private static final FacetExtractor FX = FacetExtractor.loadDefault();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Output from the production ship Petro Jarl totalled 1,719 barrels per day last month.                  |
      Loading of grain on the Soviet freighter Nikolay Kuznetsov was completed today at the port.            |
      The company said it is a subcontractor to Sanford Cohen and Associates of McLean, Va.                   |
      The state-owned Regie Nationale des Usines Renault said it would cut its work force.                    |
      Midivest Inc said it acquired all the assets of Business Aviation Inc of Sioux Falls, S.D.              |
      Bookmakers Ladbrokes said the film was now the favourite to win best picture.                          |
      Michael Jackaman, chief executive officer of the wine firm Allied Vintners, said so.    | Michael Jackaman
      Barry Bonds hit two home runs and Robert Plant sang at the ballpark.                                   | Barry Bonds; Robert Plant
      Ship owner John Fredriksen said the tanker Mia Margrethe was hit by a missile off Bahrain.             | John Fredriksen
      Chairman Theodore Forstmann said Forstmann Little and Co would sell the unit.                          | Theodore Forstmann
      """)
  void aShipOrAFirmIsNoPerson(String body, String expected) {
    assertEquals(expected == null ? "" : expected, String.join("; ", FX.extract("", body).values(Facet.PERSON)));
  }
}
