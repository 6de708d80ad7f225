package io.facetwire.extract;

import static io.facetwire.extract.Extracted.persons;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 36, from the development half of the blind modern-news set news36, without a server: firms named like
 * persons (well-known ones in not-persons.txt; others by a word of organisation-words.txt: a venue, a research firm, a
 * police force), places named like persons ("Luis Munoz Marin airport", "São José dos Campos") and a firm of two
 * partners' names ("Tucker Anthony and R.L. Day Inc", test33) are no persons, and the person beside them, or beside a
 * firm ("investor Asher Edelman and Dominion Textiles Inc"), still is. Passages written for this test; every row but the
 * Edelman one gave the firm or the place as a person on session 36's start jar.
 */
class PersonNamedLikeFirmsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Chocolate makers including Barry Callebaut and Hershey have raised prices, said analyst Fatou Diabate. | Fatou Diabate
      Firms such as BlackRock and Franklin Templeton launched tokenised funds, said Karen Lim.                | Karen Lim
      The singer closed the residency at the Jose Miguel Agrelot Coliseum, promoter Ana Rivera said.         | Ana Rivera
      Demand is weak, said Marcus Lee, an analyst at research firm Asia Fintech Insights.                    | Marcus Lee
      Officers of the Guardia Civil found the cocaine, spokesman Luis Ortega said.                           | Luis Ortega
      Airlines added flights to San Juan's Luis Munoz Marin airport, tourism chief Carla Ruiz said.          | Carla Ruiz
      The company retained Tucker Anthony and R.L. Day Inc to seek buyers, president Tom Bevis said.        | Tom Bevis
      Shares rose on talk that investor Asher Edelman and Dominion Textiles Inc bought a stake.              | Asher Edelman
      The satellite was built in São José dos Campos, engineer Ana Ribeiro said.                             | Ana Ribeiro
      """)
  void aFirmNamedLikeAPersonIsNone(String body, String expected) {
    assertEquals(expected, persons(body));
  }
}
