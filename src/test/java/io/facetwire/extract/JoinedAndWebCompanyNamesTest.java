package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 16, without a server: known names the list had but the reader never matched — joined by "&" (the
 * tokenizer's break), written with a lower-case first letter ("eBay"), or named by a web address ("Amazon.com",
 * which the tokenizer cuts at the dot) — and a web address of a company in no list. Every row of the first table
 * lacked the value on the start-of-session jar (92a1740, checked with its `extract`).
 */
class JoinedAndWebCompanyNamesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Shoppers went back to Marks & Spencer over Christmas.                  | Marks & Spencer
      The deal with AT&T closed on Monday.                                   | AT&T
      Johnson & Johnson said sales rose.                                     | Johnson & Johnson
      The rupee rose after Standard & Poor's raised the rating.              | Standard and Poor's
      He sold the space on auction site eBay last week.                      | eBay
      The US-based Amazon.com holds a patent for one-click shopping.         | Amazon.com
      The figures were compiled by the website Shopping.com last month.      | Shopping.com
      The story was first reported by News.com.au on Tuesday.                | News.com.au
      """)
  void aJoinedOrWebName(String body, String expected) {
    assertEquals(expected, OrganisationsOfText.joined(body));
  }

  /**
   * Where it stops: a share index named by its round number is a product ("the S&P 500"), an aircraft's number
   * is not an index, and a lower-case word at a real sentence's start is no web address.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The S&P 500 index fell 2% in early trading.                            | ''
      The cash-settled S&P 100 index option is the most traded.              | ''
      Boeing 747 orders rose, Boeing said.                                   | Boeing
      They flew to the Amazon. Then they went home.                          | ''
      """)
  void whereItStops(String body, String expected) {
    assertEquals(expected, OrganisationsOfText.joined(body));
  }
}
