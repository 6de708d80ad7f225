package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 22, without a server, read from the opened test19's countries: an Australian state named with the
 * country's word ("Port Pirie, South Australia") names no country (LABELLING.md: a state named alone); the first of
 * two demonyms joined before a language word is a language too ("Dutch and French speaking parties"); a capital's
 * radio or television speaking is the state's ("Tehran radio said"). Passages written for this test.
 */
class CountryStatesLanguagesAndRadiosTest {

  private static String countries(String body) {
    return Extracted.countries(body);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The smelter at Port Pirie, South Australia, will close for five weeks.                 |
      The Western Australian government approved the mine.                                   |
      The coalition of Dutch and French speaking parties fell over the language dispute.     |
      Dutch or French speakers may use either language in court.                             |
      Tehran radio said the envoy had been detained as a spy.                                | Iran
      Moscow television showed the leaders signing the accord.                               | Russia
      Australia's South Australia state is its driest.                                       | Australia
      Dutch and Belgian officials met in Brussels.                                           | Belgium; Netherlands
      """)
  void countries(String body, String expected) {
    assertEquals(expected == null ? "" : expected, countries(body));
  }
}
