package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 17, without a server: an acronym with another common meaning in the news (ICE, EMA, PCS, ETA, RT, ICC, FSB:
 * "ambiguous" in organisations.tsv) is the listed body only where the article has one of its context words. The first table's
 * rows gave the body on the start-of-session jar (368bd9b); the second table's are where it still counts.
 */
class AmbiguousAcronymsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Brent crude futures on ICE rose 2% to $85 a barrel.                       | ''
      The stock's 50-day EMA crossed above its 200-day moving average.          | ''
      The carrier launched PCS service in 12 cities, adding 200,000 subscribers. | ''
      The plane's ETA was 10:45, but fog delayed the landing by two hours.       | ''
      Fans were asked to RT the message, and thousands did within minutes.       | ''
      England beat Australia in the ICC Champions Trophy final at The Oval.      | ''
      """)
  void theLettersOtherMeaning(String body, String expected) {
    assertEquals(expected, OrganisationsOfText.joined(body));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      ICE agents detained dozens of migrants in a raid on Tuesday.              | Immigration and Customs Enforcement
      The EMA approved the vaccine for children aged five to 11.                | European Medicines Agency
      PCS members at the Land Registry will strike next week.                   | Public and Commercial Services Union
      Spanish police arrested three suspected members of ETA.                   | ETA
      RT, the Kremlin-funded broadcaster, was taken off the air.                | RT
      He previously hosted a show on RT and now hosts one on internet radio.    | RT
      The ICC issued an arrest warrant for the president over war crimes.       | International Criminal Court
      The FSB said its agents had detained a spy in Moscow.                     | Federal Security Service
      """)
  void theBodyInItsContext(String body, String expected) {
    assertEquals(expected, OrganisationsOfText.joined(body));
  }
}
