package io.facetwire.extract;

import static io.facetwire.extract.Extracted.persons;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 45, from the development half of the blind modern-news set news40, without a server: an interview's closing
 * "Interview by" is a credit; India's "Shri" is an honorific; a film's title before "(dir. ...)" is no person, nor a
 * firm's name after Indonesia's "PT"; "Group Captain" before a name and a force's "of the" is a rank; "Sales" after an
 * executive's office is its portfolio; "Max Zhdanov" after "Maxim Olegovich Zhdanov" is that person; a referee's or a
 * presiding judge's data line is not read (LABELLING.md's news37 paragraph). Passages written for this test; each gave
 * another answer on session 44's end jar.
 */
class PersonNews40FormsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Q: Why this story? A: Because it is true. Interview by Dian Kusumawardani                                       | ''
      Minister of State for Agriculture, Shri Bhagirath Choudhary, was present at the event.                          | Bhagirath Choudhary
      The permit of a subsidiary of state-owned miner PT Aneka Tambang was not revoked.                               | ''
      He named the companies as PT Anugerah Surya Pratama and PT Mulia Raymond Perkasa.                              | ''
      Maxim Olegovich Zhdanov, 41, is accused of shipping chips. Prosecutors said Max Zhdanov used shell companies.    | Maxim Olegovich Zhdanov
      On Wednesday Group Captain Shubhanshu Shukla of the Indian Air Force became the first Indian in space in 41 years. | Shubhanshu Shukla
      It was signed by Tony Douglas of Riyadh Air and Benoit Dupont, Executive Vice President Sales at Airbus.          | Benoit Dupont; Tony Douglas
      """)
  void readAsTheArticleMeansIt(String body, String expected) {
    assertEquals(expected, persons(body));
  }

  @Test
  void aDataLinesNamesAreNotRead() {
    assertEquals("Maxim Zhdanov", persons("Chips trial opens",
        "Maxim Zhdanov, 41, is accused of shipping chips to Russia, prosecutors said.\nPresiding: U.S. District Judge"
            + " Marguerite A. Kessler"));
    assertEquals("", persons("Arsenal 2 Spurs 0", "Arsenal won 2-0 at home.\nReferee: Michael Oliver (England)"));
    assertEquals("Michael Oliver", persons("Arsenal 2 Spurs 0", "Referee Michael Oliver sent off the Spurs captain."));
  }

  @Test
  void aFilmBeforeItsDirectorIsNoPerson() {
    String list = "Nominees for best film:\n- Peretas (dir. Sekar Ayuningtyas)\n- Mbok Darmi (dir. Wahyu Prasetyo)\n"
        + "- Anak Kolong (directed by Yohanes Lumban Tobing)\nNominees for best director: Sekar Ayuningtyas (Peretas),"
        + " Wahyu Prasetyo (Mbok Darmi), Yohanes Lumban Tobing (Anak Kolong).";
    assertEquals("Sekar Ayuningtyas; Wahyu Prasetyo; Yohanes Lumban Tobing", persons("Awards", list));
  }
}
