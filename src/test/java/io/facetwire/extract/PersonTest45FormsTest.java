package io.facetwire.extract;

import static io.facetwire.extract.Extracted.persons;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 48, from test45 once opened, without a server: dotted initials before a surname with no cue ("succeeding M.S.
 * Swaminathan") name a person when the article describes the surname ("Swaminathan, who has headed"), and spell no
 * honorific "Ms"; a firm whose name opens with a title ("King Soopers Supermarkets", "Bishop Buffets") and a chamber
 * ("the States of Malaya Chamber of Mines") name no one, nor does a country misspelt ("Sri Lanaka must reduce"). The
 * guards: a firm of initials ("E.F. Hutton said") stays no person, and a titled surname with no firm of its word stays
 * one. Passages written for this test; the rows of the first group gave another answer on session 47's end jar.
 */
class PersonTest45FormsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Klaus Lampe will take over in early 1988, succeeding M.S. Swaminathan. It said Swaminathan, who has headed IRRI since 1982, will stay. | Klaus Lampe; M.S. Swaminathan
      The union picketed its King Soopers Supermarkets division. It removed pickets from King Soopers on Friday.                              | ''
      Sales excluded discontinued operations such as Designer Depots, Furr's Cafeterias and Bishop Buffets.                                   | ''
      Output rose to 2,000 tonnes, the States of Malaya Chamber of Mines said.                                                                  | ''
      The IMF has said previously Sri Lanaka must reduce its budget deficit.                                                                   | ''
      The chairman said E.F. Hutton would advise the company. Hutton, which has offices in London, declined to comment.                       | ''
      The bishops met in Rome. Bishop Tutu, who spoke first, called for sanctions.                                                              | Tutu
      """)
  void readAsTheArticleMeansIt(String body, String expected) {
    assertEquals(expected, persons(body));
  }
}
