package io.facetwire.extract;

import static io.facetwire.extract.Extracted.countries;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 31, without a server, from the opened parts' missed United States once test28 was opened: a member of
 * Congress written with the party's letter and the state ("Sen. Chris Dodd, D-Conn") is the United States' organ acting
 * (LABELLING.md: "a 'Rep. X (D-Iowa)' or a senator of a state acting in Congress"); an organ acts through its officer
 * named after one more word ("Senate majority leader", "White House communications director", "Federal Reserve Board
 * Vice Chairman"); a party's word after an organ is its caucus, not a party's name ("U.S. Senate Republican leader").
 * "Formosa" alone is an Argentine province or a firm's word on the wire: it names Taiwan only beside another mention.
 * In a story that names a state's governor or legislature, "the Senate" is the state's, even when filed from the US.
 * Passages written for this test; every row of the first table gave no country on the session's start (2d63eb4d), and
 * the second table's rows gave none and must stay so.
 */
class CountryCongressAndOfficersTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Sen. Chris Dodd, D-Conn, a co-sponsor of the bill, said banks do not disclose their fees.     | United States
      Rep. Pat Roberts, R-Kan., predicted the plan would be dropped.                                | United States
      Banking Chairman William Proxmire (D-Wisc) said he would press for the bill.                  | United States
      Rep. Charles Schumer, D-N.Y., said the measure would pass.                                    | United States
      U.S. Senate Republican leader Robert Dole said he and a group of senators would act.           | United States
      White House communications director John Koehler resigned after one week.                     | United States
      Federal Reserve Board Vice Chairman Manuel Johnson said the risks were significant.           | United States
      WASHINGTON, March 27 - Senate majority leader Robert Byrd said the veto would stand.          | United States
      """)
  void aMemberOrAnOfficerOfAnOrganNamesItsState(String body, String expected) {
    assertEquals(expected, countries(body));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The dollar fell against the D-Mark in early trading, dealers said.
      Rains reached 83 mm in Cordoba, eight in Chaco and 35 in Formosa.
      NEW YORK, June 19 - Governor Rudy Perpich may call a special legislative session. Senate Majority Leader Roger Moe said he would act.
      """)
  void aPartysLetterWithoutAStateOrAProvinceNamesNone(String body) {
    assertEquals("", countries(body));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Formosa and the mainland signed the pact, Taiwanese officials said.     | Taiwan
      """)
  void formosaBesideAnotherMentionIsTaiwan(String body, String expected) {
    assertEquals(expected, countries(body));
  }
}
