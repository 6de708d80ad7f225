package io.facetwire.extract;

import static io.facetwire.extract.Extracted.persons;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 37, from the development half of the blind modern-news set news37, without a server: forms of modern news
 * that named the wrong person or none. Places and firms written like names ("DR Congo", Vietnam's provinces, a children's
 * hospital); a predecessor named after "his" or "her"; a review's "Reviewed by" at the
 * foot (the writer's, not the story's); a character's family name alone ("Her Detective Oh"); Kikuyu's and Kalenjin's
 * "wa" and "arap" inside a name; the UAE's "AlNeyadi" after the given name Sultan; a
 * capitalised particle ending the name is its surname ("Shaktikanta Das"); a monarch named with his title stays a person
 * beside an institution named after him. Passages written for this test; each
 * row of the first table gave a wrong or shorter person on session 36's end jar.
 */
class PersonNews37FormsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      In the quarter-final, DR Congo beat Guinea 3-1 to reach the last four.                            | ''
      The issuer operates refrigerated warehouses near Hai Phong and Binh Duong, the firm said.         | ''
      Its coffee comes from an exporter based in Buôn Ma Thuột, in the Central Highlands.               | ''
      Patients at the Evelina London Children's Hospital were moved on Tuesday.                          | ''
      The minister was appointed after his predecessor, Taku Eto, resigned over a gaffe.                | Taku Eto
      The film is a pleasure from start to finish. Reviewed by Jessica Moreau                           | ''
      His son, the novelist Mukoma wa Ngugi, survives him.                                              | Mukoma wa Ngugi
      The play was banned under Daniel arap Moi.                                                        | Daniel arap Moi
      Sultan AlNeyadi spent six months on the station.                                                  | Sultan AlNeyadi
      "Food price shocks pose risks," Governor Shaktikanta Das said in his policy statement.           | Shaktikanta Das
      King Mohammed VI declared mourning. The injured went to the Mohammed VI University Hospital.      | Mohammed VI
      """)
  void modernFormsReadAsTheyAre(String body, String expected) {
    assertEquals(expected, persons(body));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The bonds were issued for the benefit of PPC and its predecessor Pacific Oassis.                          | ''
      "It is good for the CME," said Merrill Lynch Commodity Marketing Vice President Neil McGarrity.          | Neil McGarrity
      Dr Amina Yusuf said the clinic would reopen.                                                              | Amina Yusuf
      Mark IV Industries Inc said its Mark IV unit would be sold.                                               | ''
      He met Luiz Inacio Lula da Silva and Charles de Gaulle's grandson.                                        | Charles de Gaulle; Luiz Inacio Lula da Silva
      """)
  void otherRunsAsBefore(String body, String expected) {
    assertEquals(expected, persons(body));
  }

  @org.junit.jupiter.api.Test
  void aCharactersFamilyNameAloneIsTheCharacter() {
    String body = "The film follows a hacker. A police investigator, Detective Oh Mi-ran (Yang Hye-rin), traces the attack."
        + " Yang gives the film its backbone. Her Detective Oh is underpaid and overworked.";
    assertEquals("Yang Hye-rin", persons(body));
  }
}
