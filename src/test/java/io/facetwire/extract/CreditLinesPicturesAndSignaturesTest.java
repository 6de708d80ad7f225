package io.facetwire.extract;

import static io.facetwire.extract.Extracted.persons;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 44, from news39's development half, without a server: a picture's credit, a lower-case "with additional
 * reporting by", a closing "Written by" line and a byline with the writer's address in brackets name writers and
 * photographers, not persons of the story (LABELLING.md's credit rule). Passages written for this test; each row of
 * the first table named its credited name as a person on session 43's end jar.
 */
class CreditLinesPicturesAndSignaturesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Whipps won a second term. Photo: RNZ Pacific / Iolana Tuimavave                               | ''
      Thousands fled the city on Monday. REUTERS/Arlette Bashizi                                   | ''
      Flowers were laid outside the home. Picture: Tahlia Crossman                                 | ''
      Protesters at the march. Image: Andrew Gray.                                                 | ''
      Turnout was high in Koror. RNZ Pacific, with additional reporting by Bernadette Carreon in Koror | ''
      Cases crossed 100 on Sunday. Written by Aditi Gokhale                                         | ''
      Samsung said profits fell. By Yoon Da-eun (yoondaeun@heraldcorp.com)                           | ''
      """)
  void aCreditNamesNoPerson(String body, String expected) {
    assertEquals(expected, persons(body));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Photo caption: Maria Tauaa-Mitchell lays flowers outside the home on Monday.         | Maria Tauaa-Mitchell
      He took a photo. Maria Lopez said it was good.                                        | Maria Lopez
      Written by Jane Austen, the novel sold well. Critics praised Austen.                  | Jane Austen
      """)
  void aCaptionOrProseStillNamesItsPersons(String body, String expected) {
    assertEquals(expected, persons(body));
  }
}
