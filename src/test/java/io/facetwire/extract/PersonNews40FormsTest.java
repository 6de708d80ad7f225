package io.facetwire.extract;

import static io.facetwire.extract.Extracted.persons;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 45, from the development half of the blind modern-news set news40, without a server: an interview's closing
 * "Interview by" is a credit; India's "Shri" is an honorific; a film's title before "(dir. ...)" is no person, nor a
 * firm's name after Indonesia's "PT". Passages written for this test; each gave another answer on session 44's end jar.
 */
class PersonNews40FormsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Q: Why this story? A: Because it is true. Interview by Dian Kusumawardani                                       | ''
      Minister of State for Agriculture, Shri Bhagirath Choudhary, was present at the event.                          | Bhagirath Choudhary
      The permit of a subsidiary of state-owned miner PT Aneka Tambang was not revoked.                               | ''
      He named the companies as PT Anugerah Surya Pratama and PT Mulia Raymond Perkasa.                              | ''
      """)
  void readAsTheArticleMeansIt(String body, String expected) {
    assertEquals(expected, persons(body));
  }

  @Test
  void aFilmBeforeItsDirectorIsNoPerson() {
    String list = "Nominees for best film:\n- Peretas (dir. Sekar Ayuningtyas)\n- Mbok Darmi (dir. Wahyu Prasetyo)\n"
        + "- Anak Kolong (directed by Yohanes Lumban Tobing)\nNominees for best director: Sekar Ayuningtyas (Peretas),"
        + " Wahyu Prasetyo (Mbok Darmi), Yohanes Lumban Tobing (Anak Kolong).";
    assertEquals("Sekar Ayuningtyas; Wahyu Prasetyo; Yohanes Lumban Tobing", persons("Awards", list));
  }
}
