package io.facetwire.extract;

import static io.facetwire.extract.Extracted.persons;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 34, without a server, from the development half of the blind modern-news set news34: a byline at a story's
 * foot or head names its writers, not its persons (LABELLING.md, the credit-line rule); names written in the ways of
 * other languages — dotted middle initials ("Raphael P.M. Lotilla"), a Portuguese double surname joined by "e", a
 * Burmese form of address, Vietnamese names whose words read as English once their accents are gone; an Arabic
 * place's name before a comma and "who" ("from Maarat al-Numan, who asked"); "Sultan" as a given name before "al-";
 * Indonesian given names with no title or cue; a street named for a person. Passages written for this test; fourteen of
 * its twenty-three rows failed on the session's start (29757b9b), the other nine guard what must stay.
 */
class PersonModernNames34Test {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      "Officials met on Monday, Foreign Minister Jane Roe said.\\n\\nBy Matteo Rinaldi, cybersecurity correspondent" | Jane Roe
      "By Chinedu Okafor and Aisha Bello-Ibrahim\\n\\nABUJA - The Senate suspended her, spokesman Yemi Adaramodu said." | Yemi Adaramodu
      "The town was quiet on Sunday.\\n\\nBy Hannah Whitcombe" | ""
      "By Friday the army had left, said Colonel John Smith.\\n\\nThe town was quiet." | John Smith
      Energy Secretary Raphael P.M. Lotilla said the grid would be more reliable.                 | Raphael P.M. Lotilla
      The U.N. Body said the economic outlook of the region was poor.                              | ""
      Voters handed Prime Minister Ulisses Correia e Silva a second term. Correia e Silva, 62, said he would govern. | Ulisses Correia e Silva
      He was taken to the Masih-e-Daneshavari hospital in Tehran.                                  | ""
      "We have no heavy machines," said Daw Khin Myo, 58, sitting on a plastic chair.               | Khin Myo
      Vietnam property tycoon Truong My Lan was sentenced to death.                                | Truong My Lan
      Do Thi Nhan, a former head of a central bank inspection team, was given life in prison.      | Do Thi Nhan
      Her niece Truong Hue Van was jailed for 17 years.                                            | Truong Hue Van
      Do Not Disturb signs went up in the hotel's corridors.                                       | ""
      Prime Minister Pham Minh Chinh said the economy would grow.                                  | Pham Minh Chinh
      "We have moved five times," said the farmer from Maarat al-Numan, who asked that his name not be used. | ""
      Tourists crowded Jemaa el-Fna square as the storytellers came out at dusk.                  | ""
      Newark Mayor Ras Baraka said the city would appeal.                                         | Ras Baraka
      The crew included the UAE's Sultan al-Neyadi and Russia's Andrey Fedyaev.                   | Andrey Fedyaev; Sultan al-Neyadi
      Sultan Haitham bin Tariq received the envoy in Muscat.                                       | Haitham bin Tariq
      Officials, including Pramono Anung and Rano Karno, attended the count.                      | Pramono Anung; Rano Karno
      Finance Minister Sri Mulyani Indrawati said the deficit would narrow.                       | Sri Mulyani Indrawati
      Sri Lanka's cabinet met on Monday.                                                           | ""
      The embassy moved to an office on Rizal Drive in Taguig.                                     | ""
      """)
  void thePersonsAreTheStorysOwn(String body, String expected) {
    assertEquals(expected, persons(body.replace("\\n", "\n")));
  }
}
