package io.facetwire.extract;

import static io.facetwire.extract.Extracted.countries;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 29, without a server (test27 once opened, and the opened parts' US misses read by kind): a US federal
 * organ named alone acts when a verb in the past tense follows it, after one adverb or its own short name in
 * brackets ("the House Armed Services Committee slashed", "the Senate unanimously approved", "The Environmental
 * Protection Agency (EPA) announced"), and the agencies the organ list lacked (the NLRB, the FTC, the National
 * Institutes of Health, the Army Corps of Engineers, ...) are organs. A participle that describes another noun, a
 * firm's filing and another state's agency of the same name stay out. Passages written for this test; every row of
 * the first table gave no country on the session's start jar (main at 497eae8e); the other tables' rows gave what they
 * expect there and must stay so.
 */
class CountryOrgansInPastTenseTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The House Armed Services Committee slashed funding for the missile program.               | United States
      WASHINGTON, April 8 - The Senate unanimously approved the bill to lift the price controls. | United States
      The Federal Reserve entered the market to add temporary reserves.                        | United States
      The Federal Reserve is likely to add reserves to the banking system today.               | United States
      The Environmental Protection Agency (EPA) announced it would reject the plans.            | United States
      The company said the National Institutes of Health awarded it a grant for the test.       | United States
      On March 27 the National Labor Relations Board issued a complaint against the unit.       | United States
      The Federal Trade Commission said it eased a requirement on the acquisition.             | United States
      Barges moved upstream after repairs, an Army Corps of Engineers spokesman said.           | United States
      """)
  void anOrganThatActsNamesItsState(String body, String expected) {
    assertEquals(expected, countries(body));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The company said in a filing with the Federal Trade Commission that it holds 6 pct.
      Deposits at banks the Federal Deposit Insurance Corporation insured rose in the year.
      Thrifts the Federal Home Loan Bank Board regulated lost money in the quarter.
      The State Environmental Protection Agency said the river was cleaner.
      The firm in a filing with the Securities and Exchange Commission compared the results with 1985.
      """)
  void aFilingAParticipleOrAnotherBodyNamesNoState(String body) {
    assertEquals("", countries(body));
  }

  /** "British Columbians" are people of a Canadian province, not Britons: it gave the United Kingdom before. */
  @org.junit.jupiter.api.Test
  void britishColumbiansAreNoBritons() {
    assertEquals("", countries("What we want is to make sure Newfoundlanders and British Columbians and Albertans get"
        + " their chance, the prime minister said."));
  }
}
