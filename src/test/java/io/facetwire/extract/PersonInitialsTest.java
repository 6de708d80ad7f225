package io.facetwire.extract;

import static io.facetwire.extract.Extracted.persons;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 21, without a server: a person written with initials for given names ("A.W. Clausen", "D. J. Baker",
 * "C Perkins"), a form business news uses for executives, read from the misses of the opened parts (test10 to
 * test18). It counts where a title before it or a role after it says a person is meant; the same form without them
 * is often a firm ("E.F. Hutton said"), which stays out. Passages written for this test; every row of the first
 * table gave no person on the session's start jar (27c3ea60). Session 28 (test26 once opened: "G.C. Goh, chief dealer of
 * the Standard Chartered Bank"): a dealer is a role like a trader; that row gave no person before. Session 29 (test27 once opened): a given name and
 * a middle initial before a surname that is a word of a longer place ("Marshall Islands"), and "Domingo", a given name
 * that is a word of "Santo Domingo"; both rows gave no person on main at 497eae8e.
 */
class PersonInitialsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The bank's Chairman J.T. Farrow said the offer would stand.                                  | J.T. Farrow
      The board named G.H. Ormsby, president of the drilling unit, to succeed him.               | G.H. Ormsby
      P. R. Dunmore, a lawyer for the growers, told reporters the ruling would be appealed.     | P. R. Dunmore
      Food minister K. L. M. Prasad told parliament stocks were ample.                           | K. L. M. Prasad
      The company said chairman and chief executive officer B Tillotson resigned.               | B. Tillotson
      The post passes to T.W. Greenhalgh, who will remain chairman of the parent.               | T.W. Greenhalgh
      Trading opened late, said Harold J.K. Lam, who heads the exchange.                        | Harold J.K. Lam
      Rates will rise soon, said W.K. Tan, chief dealer at a local bank.                         | W.K. Tan
      Axlon Inc said Robert C. Marshall has been named president and chief executive.           | Robert C. Marshall
      Finance Minister Domingo Cordovez said Ecuador sought to defer its payments.              | Domingo Cordovez
      """)
  void initialsWithATitleOrARoleNameAPerson(String body, String expected) {
    assertEquals(expected, persons(body));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      E.F. Hutton said it would buy the brokerage.
      J.P. Morgan said its profit rose in the quarter.
      Shares of A.H. Robins fell after the ruling.
      U.S. Steel, a unit of USX, said it would close the mill.
      Sowings were slow, West German analyst F.O. Licht said.
      """)
  void initialsWithoutACueOrAFirmNameNoPerson(String body) {
    assertEquals("", persons(body));
  }
}
