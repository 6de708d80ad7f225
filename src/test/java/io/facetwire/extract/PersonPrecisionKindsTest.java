package io.facetwire.extract;

import static io.facetwire.extract.Extracted.persons;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 18, without a server: the kinds of wrong persons read from the errors of test13-test15, in passages
 * written for this test (news of any year, not the parts' articles). Every row of the first table and the second
 * table's second row gave a person on the start-of-session jar (8b78aca); the other rows held and must stay so.
 */
class PersonPrecisionKindsTest {

  /** A firm named by its form or trade ("Cos", "Spa", "BancGroup", "Metals") that "said" something is no person. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Williams Cos said on Tuesday it would sell its pipeline unit for 1.2 billion dollars.            | ''
      Engineering group Leonardo Spa said it had won the helicopter order.                             | ''
      Colonial BancGroup said it had agreed to buy the bank for cash.                                  | ''
      The copper was sold to Gerald Metals, the mint said, at 2.10 dollars a pound.                    | ''
      The company bought Tuscan Dairies last year. Tuscan Dairies said sales rose by 9 percent.        | ''
      Crude deliveries to the Good Hope Refinery in Louisiana were halted, the company said.            | ''
      The Employers Confederation said inflation would rise, and unions called for higher wages.       | ''
      Its Semiconductor Business said it agreed to sell the unit to a Japanese buyer.                   | ''
      """)
  void aFirmByItsFormOrTrade(String body, String expected) {
    assertEquals(expected, persons(body));
  }

  /** A firm's unit or plan, a place or an age named like a person: every row gave a person on 8b78aca. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Motorola Inc's Microcomputer Division said it cut the prices of its boards by 20 percent.         | ''
      The fund, the State Teachers Retirement System, said it had voted against the board.              | ''
      The laboratory, Media Lab Europe, said it would close its doors in Dublin next month.             | ''
      The author said Victorian England was a hard place for the poor.                                   | ''
      Officials of Palm Springs said the resort would reopen on Friday.                                  | ''
      Residents of Golan Heights said the vote was unfair.                                               | ''
      He grew up in the town, and Eden Prairie officials said the plan was sound.                        | ''
      """)
  void aUnitAPlaceOrAnAge(String body, String expected) {
    assertEquals(expected, persons(body));
  }

  /** A name that opens with a firm's name written like a person's is that firm's longer name. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      "Demand is weak," said Bill Sullivan of Dean Witter Reynolds. Dean Witter Reynolds said it expected a cut. | Bill Sullivan
      The merger was advised by Morgan Stanley Dean Witter, which said the price was fair.                        | ''
      """)
  void aFirmsLongerName(String body, String expected) {
    assertEquals(expected, persons(body));
  }

  /**
   * A place of two words after "in", "at" or "near" ("at Lago Agrio", "in Eden Prairie, Minn.") whose first word is
   * also a given name is a person only if the article confirms it; every row gave a person on 8b78aca.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The pipeline carries crude from the jungle oil fields at Lago Agrio to the Pacific coast.         | ''
      The death toll from the bombing in Teri Mangal to the north rose to 81, officials said.           | ''
      The unit, based in Eden Prairie, Minn., makes medical sensors and employs 300 people.             | ''
      Flights were diverted to an airstrip near Kiran Tal after the storm closed the main airport.     | ''
      """)
  void aPlaceAfterAPrepositionOfPlace(String body, String expected) {
    assertEquals(expected, persons(body));
  }

  /**
   * A surname that opens with a particle, said alone after the full name, is that person whatever the particle's
   * case ("But de Clercq said", "De Keersmaeker, who chaired"); the first three rows gave a second person on
   * 8b78aca, the fourth held.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Commission President Ursula von der Leyen spoke in Brussels. Later von der Leyen told reporters more.    | Ursula von der Leyen
      Trade commissioner Willy de Clercq spoke on Monday. But de Clercq said the talks would go on.             | Willy de Clercq
      Minister Paul de Keersmaeker chaired the talks. De Keersmaeker, who chaired them, said no deal was near.  | Paul de Keersmaeker
      Shell chief executive Jeroen van der Veer said output would rise. Van der Veer gave no figures.            | Jeroen van der Veer
      """)
  void aParticleSurnameAlone(String body, String expected) {
    assertEquals(expected, persons(body));
  }

  /** Persons written with the same words stay persons. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Chief executive Steven Williams said the company would cut jobs.                                 | Steven Williams
      "We will not sell," said Mike Business, a spokesman for the firm.                                | Mike Business
      British Prime Minister Theresa May said the deal was done. May told parliament so on Monday.     | Theresa May
      Dean Witter, the founder of the brokerage, died in 1969.                                          | ''
      Charles de Gaulle and Anne de Gaulle were married in 1921. De Gaulle later led France.           | Anne de Gaulle; Charles de Gaulle
      The talks in Geneva were led by Laurent Fabius. Fabius said in Paris that France would agree.    | Laurent Fabius
      Shares rose on confidence in Tim Cook, and Cook said at the meeting that sales would grow.       | Tim Cook
      A statue of Nelson Mandela stands in Parliament Square, and crowds gathered at Mandela's house.  | Nelson Mandela
      """)
  void personsStay(String body, String expected) {
    assertEquals(expected, persons(body));
  }
}
