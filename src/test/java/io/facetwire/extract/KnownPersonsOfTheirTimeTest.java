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
 * Session 26 (issue 10): a well-known person's short form names them only where the story could mean them. Found by
 * reading every person of the 1987 wire that the list of well-known people gave from a surname alone (43,433 corpus
 * articles): "Boris Johnson" for "Fed Vice Chairman Johnson", "Theresa May" for "JACKSON, Miss., May 20", "Mark Carney"
 * for the town "South Carney", "Miguel de la Madrid" for a headline's "MADRID", "Robert Mueller" for
 * "Internatio-Mueller NV", "Mike Pence" for sterling pence. Each row of those kinds failed before the change; the rows
 * that keep a person, and the mixed-case dateline, guard what must not move. No server.
 */
class KnownPersonsOfTheirTimeTest {

  private static final FacetExtractor FX = FacetExtractor.loadDefault();
  private static final Instant APRIL_1987 = Instant.parse("1987-04-07T09:00:00Z");
  private static final Instant FEBRUARY_2005 = Instant.parse("2005-02-07T09:00:00Z");
  private static final Instant MARCH_2017 = Instant.parse("2017-03-29T09:00:00Z");

  static Stream<Arguments> persons() {
    return Stream.of(
        // A person known only after the story's time: the surname after a title is all the story says.
        Arguments.of(null, "Noting Fed Vice Chairman Johnson's encouraging remarks on inflation, dealers bought bonds.",
            APRIL_1987, List.of("Johnson")),
        Arguments.of(null, "Mr Johnson said London would bid for the Games.", FEBRUARY_2005, List.of("Boris Johnson")),
        Arguments.of(null, "Struck warehouses in West Caldwell, Moonachie and South Carney were picketed.", APRIL_1987,
            List.of()),
        Arguments.of(null, "Mrs May said the letter would be delivered today.", MARCH_2017, List.of("Theresa May")),
        // A month before a day's number is a date, after a title too ("Miss." is Mississippi's abbreviation).
        Arguments.of("EASTGROUP PROPERTIES DIVIDEND", "JACKSON, MISS., May 20 Qtly div 65 cts vs 65 cts prior.", null,
            List.of()),
        Arguments.of("EASTGROUP PROPERTIES DIVIDEND", "JACKSON, Miss., May 20 Qtly div 65 cts vs 65 cts prior.",
            MARCH_2017, List.of()),
        // A place's word in a headline in capitals is the place.
        Arguments.of("MADRID METRO HALTED AS SPANISH STRIKES SPREAD",
            "An estimated 1.2 mln metro users in Madrid were stranded today as striking railway workers halted trains.",
            APRIL_1987, List.of()),
        Arguments.of("VOLCKER SEES NO NEED FOR RATE RISE", "The Fed chairman told the committee rates would stay.",
            APRIL_1987, List.of("Paul Volcker")),
        // A surname joined by a hyphen to another word is part of a compound, unless that word is a name's particle.
        Arguments.of("INTERNATIO-MUELLER ACQUIRES CANADIAN COMPANY",
            "Internatio-Mueller NV said it will acquire Promac Controls Inc of Canada for cash.", APRIL_1987, List.of()),
        Arguments.of("LONDON SILVER FIXING", "LONDON SILVER FIXING - APRIL 7 STG-Pence per troy ounce Spot 416.35.",
            APRIL_1987, List.of()),
        Arguments.of(null, "Syria's President Bashar al-Assad said the talks failed; al-Assad blamed the rebels.",
            MARCH_2017, List.of("Bashar al-Assad")));
  }

  @ParameterizedTest
  @MethodSource("persons")
  void aWellKnownShortFormNamesItsBearerOnlyWhereTheStoryCanMeanThem(String title, String body, Instant published,
      List<String> expected) {
    assertEquals(expected, FX.extract(title, body, null, published).values(Facet.PERSON), body);
  }
}
