package io.facetwire.extract;

import static io.facetwire.extract.Extracted.persons;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 35, without a server, from the modern-news development halves: a village and a market named like persons,
 * and a minister's portfolio before the minister in apposition (LABELLING.md: places and organisations named after
 * people are no persons). Passages written for this test; the last rows guard the people beside them. Session 41: an
 * office named by a list of portfolios ("Minister of Education, Culture, Sports, Science and Technology") or by one
 * the title list lacked (science, mines) still cues the name after it.
 */
class PersonPlacesAndPortfoliosTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      In the village of Moulay Brahim, about 45 kilometres from Marrakesh, residents dug graves.          | ""
      One shopkeeper in the Grand Marché told the BBC by phone that nobody was going out.                  | ""
      The Minister of Agriculture and Food Security, Senator Abubakar Kyari, said the government would act. | Abubakar Kyari
      Minister of Industry and Trade Cahit Aral said exports rose in March.                                | Cahit Aral
      Minister of Education, Culture, Sports, Science and Technology Masahito Moriyama welcomed the launch. | Masahito Moriyama
      Minister of Science Masahito Moriyama welcomed the launch.                                           | Masahito Moriyama
      Deputy Minister of Mines Subroto said output would rise.                                             | Subroto
      The mayor of the town, Ahmed Brahim, said the road was cut.                                          | Ahmed Brahim
      """)
  void thePlaceOrPortfolioIsNoPerson(String body, String expected) {
    assertEquals(expected, persons(body));
  }
}
