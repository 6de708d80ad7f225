package io.facetwire.extract;

import static io.facetwire.extract.Extracted.persons;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 47, from test44 once opened, without a server: a title, a comma and dotted initials with a surname ("its
 * president, J.R. Moman, resigned") name the title's holder, as "president J.R. Moman" did; a capital after the comma
 * goes on with a firm's partners ("L.F. Rothschild, Unterberg, Towbin Inc"), which stay no person. "Pope John Paul" is
 * John Paul II, the full name the labels give; a well-known person's whole name ("Barber Conable is finding") needs no
 * cue of its own. Passages written for this test; the rows with a name gave another answer on session 46's end jar.
 */
class PersonTest44FormsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      It refinanced its debt. It also announced its president, J.R. Moman, resigned last Friday.                | J.R. Moman
      Lane Co Inc said its chairman, B.B. Lane, has submitted his resignation as a director.                    | B.B. Lane
      Moorhead met April 1 with the company's financial advisor, L.F. Rothschild, Unterberg, Towbin Inc.        | ''
      The chairman said E.F. Hutton would advise the company on the sale.                                       | ''
      Pope John Paul, starting a one-week tour of Argentina, called for reconciliation.                         | John Paul II
      John Paul Getty bought the painting at auction.                                                           | John Paul Getty
      Michel Camdessus is new to his job and Barber Conable is finding it hard to make a mark as World Bank president, bankers said. | Barber Conable; Michel Camdessus
      """)
  void readAsTheArticleMeansIt(String body, String expected) {
    assertEquals(expected, persons(body));
  }
}
