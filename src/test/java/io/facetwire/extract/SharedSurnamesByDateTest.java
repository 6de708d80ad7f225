package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.facetwire.facet.Facet;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Session 14 (issue 10): a surname two well-known people share ("Bush", "Clinton") after a title names the one of the
 * story's time (LABELLING.md: a world-famous person named by title and surname is listed by the full name):
 * "President Bush" in 1987 is the Vice President George Bush, in 2004 George W. Bush; an undated story means the
 * bearer the surname names most often in the news (known-persons.txt says which). The rows that give a full name
 * failed before the change (they gave the surname alone). No server.
 */
class SharedSurnamesByDateTest {

  private static final FacetExtractor FX = FacetExtractor.loadDefault();

  static Stream<Arguments> surnames() {
    return Stream.of(
        Arguments.of("President Bush is to send his toughest budget to Congress.", null, List.of("George W. Bush")),
        Arguments.of("Mr Bush said the deficit would be halved.", Instant.parse("2005-02-07T00:00:00Z"),
            List.of("George W. Bush")),
        Arguments.of("Vice President Bush said the talks would go on.", Instant.parse("1987-03-20T00:00:00Z"),
            List.of("George Bush")),
        Arguments.of("Mr Clinton said the settlement was fair.", null, List.of("Bill Clinton")),
        Arguments.of("President Clinton signed the bill.", Instant.parse("1998-05-01T00:00:00Z"),
            List.of("Bill Clinton")),
        // After 2001 "Clinton" alone is no longer plain (Hillary Clinton's years): the surname, as before.
        Arguments.of("Mrs Clinton said she would run.", Instant.parse("2015-04-12T00:00:00Z"), List.of("Clinton")),
        // Without a title the shared surname names nobody yet, and a full name in the article wins.
        Arguments.of("Laura Bush opened the library; Mrs Bush said it was a gift.", null, List.of("Laura Bush")));
  }

  @ParameterizedTest
  @MethodSource("surnames")
  void aSharedSurnameAfterATitleNamesThePersonOfTheStorysTime(String body, Instant published, List<String> expected) {
    assertEquals(expected, FX.extract(null, body, null, published).values(Facet.PERSON), body);
  }
}
