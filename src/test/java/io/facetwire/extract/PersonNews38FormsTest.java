package io.facetwire.extract;

import static io.facetwire.extract.Extracted.countries;
import static io.facetwire.extract.Extracted.persons;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 43, from the development half of the blind modern-news set news38, without a server: a ship under its
 * navy's prefix, a landform or a craft before its noun, a rock formation, a league, a faculty's sciences and a
 * street's short form are no persons; a credit line that goes on in lower case and a sign-off with the outlet's name
 * are the writers'; a councillor's "Cllr" is a title; a Serbian city is a place, a state's era a period; a person
 * beside the foundation that bears the name stays; Polish letters fold to the lists' given names, Central European
 * given names and more Chinese family names and Dutch given names open a name, and "Jun" after one is a given name,
 * no month. Passages written for this test after the set's forms; every row but the last gave another answer on
 * session 43's start code.
 */
class PersonNews38FormsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      The polar ship RRS Sir David Attenborough docked at Harwich on Monday.                       | ""
      A model of the aircraft carrier, the USS Ronald Reagan, launched paper planes.               | ""
      Glaciers in the Pamir and Tien Shan mountains feed the Amu Darya.                            | ""
      The Rosalind Franklin rover was ready to launch in 2022.                                     | ""
      The Rosalind Franklin rover was stored in Turin. 'Rosalind Franklin has waited long,' he said. | ""
      The bones were found in rocks of the Allen Formation in Rio Negro province.                  | ""
      He scored 14 goals in Portugal's Primeira Liga before his departure.                         | ""
      "Syria signed the deal on Sunday. (Reporting by the Damascus bureau; editing by Sarah Whitcombe)" | ""
      "Canada's list now includes more than 100 people.
      — Jordan Whitfield, The Canadian Press"                                                       | ""
      "Harwich's mayor, Cllr Janet Riley, said the town was proud."                                | Janet Riley
      "The chief executive, Aliko Dangote, said it was a proud day. The Aliko Dangote Foundation funds clinics." | Aliko Dangote
      He was the second Pole in space after Mirosław Hermaszewski in 1978.                         | Mirosław Hermaszewski
      Tibor Kapu is the first Hungarian in space since Bertalan Farkas in 1980.                    | Bertalan Farkas; Tibor Kapu
      Founder and chief executive Lei Jun unveiled the SU7 sedan in Beijing.                       | Lei Jun
      Faber, of Geert Wilders' Freedom Party, told MPs the fall was welcome.                       | Geert Wilders
      The restaurant is at 5412 N. Clark St., Chicago, and opens at six.                           | ""
      The talks were led by Vice Premier Tian Jiyun, the agency said.                              | Tian Jiyun
      'Nobody has been held responsible,' said Jovana Marković, a law student from Novi Sad.    | Jovana Marković
      """)
  void theSetsForms(String body, String expected) {
    assertEquals(expected, persons(body));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Farmers in Uzbekistan still rely on Soviet-era canals.                                       | Uzbekistan
      The Soviet Union built the canals.                                                           | Soviet Union
      """)
  void aStatesEraIsAPeriod(String body, String expected) {
    assertEquals(expected, countries(body));
  }
}
