package io.facetwire.extract;

import static io.facetwire.extract.Extracted.countries;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 47, from the development half of the blind modern-news set news42, without a server: a language at the end of
 * a list of languages ("works in Swahili, Dholuo and French,") or after "words of" is no country; a team named with its
 * sponsor's country ("UAE Team Emirates-XRG") is a team. Lists of peoples, of adjectives and the wire's "of Canadian"
 * stay countries, and a people in the plural after "in" is no language ("travellers in Germans"). Passages written for
 * this test; the first three rows named a country on session 46's end jar, the fourth left Germany out.
 */
class CountryNews42FormsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Mercy Achieng, a freelance translator who works in Swahili, Dholuo and French, said the space had helped.  | ''
      Lady Gaga told the crowd in English and a few words of Portuguese.                                         | ''
      On the cobbles, Pogacar's UAE Team Emirates-XRG team-mates stretched the field.                            | ''
      Danes lost more phones than travellers in Germans, Norwegians and Swedes.                                  | Denmark; Germany; Norway; Sweden
      Dealers said paper of U.S. -- and also of Canadian -- banks was in demand.                                 | Canada; United States
      Those of Pakistani, Bangladeshi and Caribbean origin were more likely to be unemployed.                    | Bangladesh; Pakistan
      """)
  void readAsTheArticleMeansIt(String body, String expected) {
    assertEquals(expected, countries(body));
  }
}
