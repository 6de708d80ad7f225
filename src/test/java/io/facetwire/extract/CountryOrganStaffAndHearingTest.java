package io.facetwire.extract;

import static io.facetwire.extract.Extracted.countries;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 39, from the opened test36 part, without a server: four US stories named no country word, and each organ
 * acted by LABELLING.md's organ rule — its analysts giving its figures, a committee hearing a witness, the Council of
 * Economic Advisers' chairman speaking, a thrift under the FSLIC's guidance. Passages written for this test; each row
 * of the first table named no country on session 38's end jar.
 */
class CountryOrganStaffAndHearingTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Soybean acreage amounted to less than two mln acres of the total, a USDA analyst said.                                 | United States
      Farmers enrolled over six mln acres of program crops, USDA conservation specialists said.                            | United States
      "Drugs are easily available in that area," Smithers told the Senate Judiciary Committee.                               | United States
      The budget director, testifying before the House Rules Committee, repeated his opposition to the plan.                | United States
      Council of Economic Advisers chairman Beryl Sprinkel said the administration remains opposed to a tax increase.      | United States
      Central, which operates 46 branches, has been under management guidance of the FSLIC since May 1985.                 | United States
      """)
  void anOrgansStaffOrHearingNamesItsState(String body, String expected) {
    assertEquals(expected, countries(body));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The investor told the Securities and Exchange Commission it bought 65,000 shares for investment purposes.     | ''
      Analysts at the bank said the committee's report was due in May.                                             | ''
      The chairman told the company's audit committee that the figures would be restated.                          | ''
      """)
  void aFilingOrAFirmsCommitteeNamesNone(String body, String expected) {
    assertEquals(expected, countries(body));
  }
}
