package io.facetwire.extract;

import static io.facetwire.extract.Extracted.persons;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 48, from the development half of the blind modern-news set news43, without a server: Malaysia's honours and
 * India's "Pandit" before a name are no part of it ("Datuk Zuraida Kamaruddin", "Datuk Seri Anwar Ibrahim", "Pandit
 * Shivkumar Sharma"), and "Begum" stays a surname after a name ("Rokeya Begum"); a photographer before an agency's
 * slash ("Photo: Ozan Kose/AFP"), a regional paper's "Story:" credit and a press release's media contact are credits;
 * a stand or an award named after a person ("the Mario Kempes stand") and a madrasa's ground are things; "Jun" after a
 * title is a given name ("Professor Jun Takahashi"). Passages written for this test; the first nine rows gave another
 * answer on session 47's end jar; the last three are guards.
 */
class PersonNews43FormsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Plantation Minister Datuk Zuraida Kamaruddin said Malaysia would raise exports.                          | Zuraida Kamaruddin
      The santoor maestro Pandit Shivkumar Sharma died in Mumbai on Tuesday.                                   | Shivkumar Sharma
      Families wait at the Cilvegozu border gate. (Photo: Ozan Kose/AFP)                                       | ''
      Farmers cheered the new price.\\n\\nStory: Kofi Yeboah-Mensah, Sefwi Wiawso                              | ''
      The satellite reached orbit.\\n\\n+ Rocket Lab Media Contact\\nMurielle Baker\\nmedia@rocketlabusa.com     | ''
      The Mario Kempes stand, where fans made monkey gestures, will be closed for five matches.                | ''
      The court was set up at the Alia Madrasa ground in Bakshibazar.                                         | ''
      Her work has earlier won the Daana Chintamani Attimabbe award.                                          | ''
      In Japan, a team led by Professor Jun Takahashi used stem cells.                                          | Jun Takahashi
      The farmer Rokeya Begum said the river had taken her field.                                             | Rokeya Begum
      Mario Kempes, who scored twice in the 1978 final, watched from the stand.                               | Mario Kempes
      Prime Minister Datuk Seri Anwar Ibrahim announced the reshuffle on Tuesday.                              | Anwar Ibrahim
      """)
  void readAsTheArticleMeansIt(String body, String expected) {
    assertEquals(expected, persons(body.replace("\\n", "\n")));
  }
}
