package io.facetwire.extract;

import static io.facetwire.extract.Extracted.countries;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 38, from the opened test30–35 parts, without a server: a state's organ asked for a decision acts (LABELLING.md's
 * organ rule: a decision asked of it, not a routine filing), so it names its state though no other word does. Passages
 * written for this test; each row of the first table named no country on session 37's end jar.
 */
class CountryOrganAskedTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The exchange said it has submitted the changes to the Securities and Exchange Commission and the Commodity Futures Trading Commission for approval. | United States
      TWA also said it is amending its application with the Department of Transportation to seek control of the airline.                               | United States
      It also said the Federal Trade Commission had no objection to its notification that it may buy more shares.                                     | United States
      The savings bank said it applied to the Federal Home Loan Bank Board for approval to open three new branches.                                  | United States
      """)
  void anOrganAskedToDecideNamesItsState(String body, String expected) {
    assertEquals(expected, countries(body));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Widget Inc filed a 13-D with the Securities and Exchange Commission, reporting its holding of 4 mln shares.           | ''
      In a filing with the Securities and Exchange Commission, the investor said it bought 65,000 shares.                   | ''
      The company said it registered the offering with the Securities and Exchange Commission for sale to the public.      | ''
      """)
  void aRoutineFilingNamesNone(String body, String expected) {
    assertEquals(expected, countries(body));
  }
}
