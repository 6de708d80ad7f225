package io.facetwire.extract;

import static io.facetwire.extract.Extracted.persons;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 21, without a server: two kinds of wrong persons read from the errors of the opened test18 (1987 Reuters),
 * in passages written for this test. A well-known person's surname that the article uses as the first word of a
 * company's name names the company when it stands alone ("the Mueller sale"), and a firm named by its trade or form
 * ("Glass Works", "Brands", "Mutual", "Mint", "Landesbank") is no person. The first table's rows gave a person on the session's
 * start jar (27c3ea60); the second table's rows must keep theirs.
 */
class PersonCompanyWordsTest {

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      -                           | The firm agreed to sell its Mueller Brass Co unit. The Mueller sale still needs the lenders' approval.
      SHARON STEEL EXTENDS OFFERS | <Sharon Steel Corp> said it extended its exchange offers to April 30.
      -                           | Sharon Steel Corp said it would close the mill. Sharon has lost money for three years.
      -                           | Corning Glass Works said its profit rose 12 pct in the quarter.
      -                           | Tandy Brands said it would buy the leather maker for cash.
      -                           | The complaint was filed by Florida Citrus Mutual, a growers' group. Florida Citrus Mutual said prices fell.
      -                           | The lead manager, Landesbank Schleswig-Holstein - Girozentrale, said the bond was priced at par.
      -                           | Gold coins from the Perth Mint sold out, the mint said. Chase Econometrics said demand would stay high.
      """)
  void aCompanysWordsNameNoPerson(String title, String body) {
    assertEquals("", persons(title, body));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      -                           | Former FBI director Robert Mueller said the inquiry would go on. | Robert Mueller
      -                           | Prime Minister Sharon said Israel would answer. Sharon Steel Corp shares fell. | Ariel Sharon
      -                           | Mueller said the report did not exonerate the president. | Robert Mueller
      """)
  void theWellKnownPersonStaysWhereNoCompanyTakesHisName(String title, String body, String expected) {
    assertEquals(expected, persons(title, body));
  }
}
