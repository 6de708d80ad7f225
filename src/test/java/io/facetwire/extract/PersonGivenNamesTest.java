package io.facetwire.extract;

import static io.facetwire.extract.Extracted.persons;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 35, without a server, from test32 once opened: given names the extractor cut off or read as something else
 * — "Earl", a peer's title that is a common American given name; an initial that opens a name after a word that is
 * no part of it; Brazilian given names the long lists lack and Norwegian ones — and a Spanish-language state firm read as a person.
 * Passages written for this test; the rows of a peer and of a plain name guard the readings that must stay.
 */
class PersonGivenNamesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      Traders are worried about the talks, said Harris bank currency analyst Earl Johnson.              | Earl Johnson
      Earl Takefman, the company's president, said sales of the toy had doubled.                        | Earl Takefman
      The Earl of Derby opened the new stand at the racecourse on Saturday.                              | ""
      The repurchase of shares from Texan H. Ross Perot angered shareholders, the analyst said.          | H. Ross Perot
      Dutch Finance Minister H. Onno Ruding said the guilder would stay firm.                            | H. Onno Ruding
      The head of the Merchant Marine Authority, Murilo Rubens Habbema, said talks would resume.         | Murilo Rubens Habbema
      Finance Minister Mailson Nobrega said Brazil would resume interest payments.                       | Mailson Nobrega
      Yacimientos Petroliferos Fiscales said crude output fell 2.6 pct in January.                       | ""
      The U.N. envoy for Syria, Geir Pedersen, has called on Israel to halt its strikes.                 | Geir Pedersen
      """)
  void theGivenNameIsKept(String body, String expected) {
    assertEquals(expected, persons(body));
  }
}
