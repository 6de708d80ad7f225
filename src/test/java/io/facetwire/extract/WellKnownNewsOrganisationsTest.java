package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 16, without a server: well-known organisations of the news of 2000-2026 that no name shape finds
 * (`organisations.tsv`, built from general knowledge by kind), the guards of a name that is also a common word
 * ("word") and of a platform named as a post's medium ("platform"), and an acronym the article defines in brackets.
 * Every row of the first table lacked the value on the start-of-session jar (92a1740, checked with its `extract`).
 */
class WellKnownNewsOrganisationsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Hamas and Fatah met in Cairo on Tuesday.                                 | Fatah; Hamas
      But Age Concern argued that social care was under-funded.               | Age Concern
      Oil giant Shell reported a record annual profit.                         | Royal Dutch Shell
      Some networks, such as Orange, charge for every megabyte.               | Orange
      Police said the attack was carried out by ETA.                           | ETA
      The BJP won a majority in the state assembly.                            | Bharatiya Janata Party
      Twitter suspended his account after the post.                            | Twitter
      The report by Reporters Without Borders was published on Monday.         | Reporters Without Borders
      Last week, the London Stock Exchange (LSE) rejected the offer, and the LSE said it was too low. | London Stock Exchange
      """)
  void aWellKnownOrganisation(String body, String expected) {
    assertEquals(expected, OrganisationsOfText.joined(body));
  }

  /**
   * Where it stops: a common word's name in a longer name, after "the", at a sentence's start or as a person's
   * surname; a platform named as where something was posted.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Thousands joined the Orange Revolution in Kiev.                          | ''
      Fires raged across the Amazon rainforest this summer.                    | ''
      Harrison Ford said he would return for the sequel, and Ford smiled.      | ''
      The mayor wrote on Twitter that the city was in mourning.                | ''
      He announced his bid via a YouTube video on Thursday.                    | ''
      """)
  void whereItStops(String body, String expected) {
    assertEquals(expected, OrganisationsOfText.joined(body));
  }

  /**
   * Session 17 (a review's leftover): a platform after a measure aimed at it and "on" is the firm, not a post's
   * medium. Each row gave no value on the start-of-session jar (368bd9b).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Regulators imposed a record fine on Facebook for breaching privacy rules.  | Facebook
      Lawmakers debated a ban on TikTok over data security.                      | TikTok
      The government stepped up pressure on Twitter to remove the posts.         | Twitter
      """)
  void aPlatformAMeasureIsAimedAt(String body, String expected) {
    assertEquals(expected, OrganisationsOfText.joined(body));
  }

  /**
   * Session 18 (session 17's review, redone): the word after the platform is read first — "a ban on TikTok videos"
   * bans the videos, a post's medium — and "on" after an act that is itself posted ("attacks on Twitter", "a war on
   * Twitter") is where it was posted; a measure "imposed" or "levied" on a platform is aimed at the firm. Each row
   * gave the other answer on the start-of-session jar (8b78aca).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Lawmakers debated a ban on TikTok videos in schools.                       | ''
      He launched fresh attacks on Twitter against the judge.                    | ''
      The feud turned into a war on Twitter between the two rappers.             | ''
      A record fine was imposed on Facebook by the regulator.                    | Facebook
      A digital tax levied on Instagram was dropped.                             | Instagram
      """)
  void theWindowAroundAPlatformsName(String body, String expected) {
    assertEquals(expected, OrganisationsOfText.joined(body));
  }
}
