package io.facetwire.extract;

import static io.facetwire.extract.Extracted.persons;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 36, from the development half of the blind modern-news set news36, without a server: a story signed at its
 * foot without "By" ("— Nur Rahmawati and Andi Prasetyo", "— Divya Ramakrishnan, Special Correspondent") and a
 * contributor's line that gives a place instead of "to this report" name the writers, who are not the story's persons
 * (LABELLING.md's credit-line rule), and the place a writer filed from is no writer's name that the prose could mean
 * ("Reporting by ... in Soubre" made "the Soubre region" a person). A full name standing alone as the last sentence
 * is a signature too; a sentence with a verb and a thanks stay persons.
 * Passages written for this test; every row of the first table gave the writers as persons on session 36's start jar.
 */
class PersonSignaturesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Prices rose, said analyst Fatou Diabate.\\n\\n— Nur Rahmawati and Andi Prasetyo                      | Fatou Diabate
      Prices rose, said analyst Fatou Diabate.\\n\\n— Ananya Krishnan                                       | Fatou Diabate
      Prices rose, said analyst Fatou Diabate.\\n\\n— Divya Ramakrishnan, Special Correspondent              | Fatou Diabate
      Prices rose, said analyst Fatou Diabate.\\n\\n— Jane Okoro, science correspondent, in Lagos           | Fatou Diabate
      Rivers rose, said mayor Sebastiao Melo.\\n\\nAssociated Press writer Mariana Lopes contributed from Rio de Janeiro. | Sebastiao Melo
      Kouassi Koffi farms in the Soubre region.\\n\\nReporting by Aboubakar Traore in Soubre and Mariam Ouattara in Abidjan; editing by Nelly Achieng | Kouassi Koffi
      Unions will march in Brussels next month.\\n\\nReporting by Pieter Claes; additional reporting by Sophie Lambert in Brussels | ''
      """)
  void aSignatureAtTheFootNamesTheWriters(String body, String expected) {
    assertEquals(expected, persons(body.replace("\\n", "\n")));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The prize went to the poet. "It is hers," said Jane Smith.                          | Jane Smith
      Monfort said profits rose. Monfort is an integrated beef and lamb producer.        | ''
      The team thanked its sponsors.\\n\\nThanks to Fatou Diabate and Jane Okoro.        | Fatou Diabate; Jane Okoro
      """)
  void proseAtTheFootStaysProse(String body, String expected) {
    assertEquals(expected, persons(body.replace("\\n", "\n")));
  }
}
