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
 * LABELLING.md: a country's name means the state of its time, as the story's reader knew it — "Germany" and "German"
 * in a story published before German reunification (3 October 1990) are West Germany, even where the story does not
 * say "West"; "Russia", "Russian" and "Moscow" in a story published before the Soviet Union's end (26 December 1991)
 * are the Soviet Union. The extractor reads the article's date; without one it keeps today's state. No server.
 */
class StatesOfTheirTimeTest {

  private static final FacetExtractor FX = FacetExtractor.loadDefault();

  private static final Instant APRIL_1987 = Instant.parse("1987-04-07T09:00:00Z");

  static Stream<Arguments> germanies() {
    return Stream.of(
        // The rows dated 1987 failed before the date was read (they gave Germany).
        Arguments.of("GERMAN CALL MONEY FIRMS ON TENDER", "Call money firmed to about 3.65 pct in Frankfurt.",
            APRIL_1987, List.of("West Germany")),
        Arguments.of("Drug approved", "The drug has been approved for use in Germany and awaits approval in Italy.",
            APRIL_1987, List.of("Italy", "West Germany")),
        Arguments.of("Trade", "East German exports to Germany rose, the ministry said.", APRIL_1987,
            List.of("East Germany", "West Germany")),
        // The day before and the day of reunification.
        Arguments.of("Drug approved", "The drug has been approved for use in Germany.",
            Instant.parse("1990-10-02T12:00:00Z"), List.of("West Germany")),
        Arguments.of("Drug approved", "The drug has been approved for use in Germany.",
            Instant.parse("1990-10-03T12:00:00Z"), List.of("Germany")),
        // No date: today's state, as before.
        Arguments.of("Drug approved", "The drug has been approved for use in Germany.", null, List.of("Germany")),
        Arguments.of("Bonds", "Prices of German bonds were barely changed.", Instant.parse("2005-02-01T00:00:00Z"),
            List.of("Germany")));
  }

  @ParameterizedTest
  @MethodSource("germanies")
  void germanyBeforeReunificationIsWestGermany(String title, String body, Instant published, List<String> expected) {
    assertEquals(expected, FX.extract(title, body, "Reuters", published).values(Facet.COUNTRY), body);
  }

  static Stream<Arguments> soviets() {
    return Stream.of(
        // Session 14: the rows dated before 26 December 1991 failed before the date was read for it (Russia).
        Arguments.of("MOSCOW SEEKS GRAIN", "Moscow told Washington it would buy more U.S. wheat, the Russians said.",
            APRIL_1987, List.of("Soviet Union", "United States")),
        Arguments.of("Wheat", "Russian wheat imports are expected to rise this year.", APRIL_1987,
            List.of("Soviet Union")),
        Arguments.of("Wheat", "Russian wheat imports are expected to rise this year.",
            Instant.parse("1991-12-25T12:00:00Z"), List.of("Soviet Union")),
        // From the Soviet Union's end, and without a date: Russia, as before.
        Arguments.of("Wheat", "Russian wheat imports are expected to rise this year.",
            Instant.parse("1991-12-26T12:00:00Z"), List.of("Russia")),
        Arguments.of("Wheat", "Russian wheat imports are expected to rise this year.", null, List.of("Russia")));
  }

  @ParameterizedTest
  @MethodSource("soviets")
  void russiaBeforeTheSovietUnionsEndIsTheSovietUnion(String title, String body, Instant published,
      List<String> expected) {
    assertEquals(expected, FX.extract(title, body, "Reuters", published).values(Facet.COUNTRY), body);
  }

  static Stream<Arguments> republics() {
    return Stream.of(
        // Session 15: the rows dated before the union's end failed before republics.tsv was read (they gave the
        // republic as today's country).
        Arguments.of("USSR WINTER GRAINS HURT", "Key wheat growing areas of the southern Ukraine and North Caucasus "
            + "received little rain, the analyst said of the Soviet crop.", APRIL_1987, List.of("Soviet Union")),
        Arguments.of("Caesium in food", "Tests showed caesium in tea from Azerbaijan and Ukrainian hazelnuts.",
            APRIL_1987, List.of("Soviet Union")),
        Arguments.of("Soviet test", "The Soviet test took place near the Siberia, Kazakhstan border.", APRIL_1987,
            List.of("Soviet Union")),
        Arguments.of("YUGOSLAV WHEAT", "The crop was hurt by frost, officials in Belgrade said of Yugoslavia's wheat.",
            APRIL_1987, List.of("Yugoslavia")),
        Arguments.of("Trade", "Slovak and Czech firms signed the deal.", Instant.parse("1992-12-31T12:00:00Z"),
            List.of("Czechoslovakia")),
        // From independence, and without a date: today's country, as before.
        Arguments.of("Trade", "Slovak and Czech firms signed the deal.", Instant.parse("1993-01-01T12:00:00Z"),
            List.of("Czech Republic", "Slovakia")),
        Arguments.of("Grain", "Ukrainian wheat exports rose.", Instant.parse("1991-12-26T12:00:00Z"),
            List.of("Ukraine")),
        Arguments.of("Grain", "Ukrainian wheat exports rose.", null, List.of("Ukraine")),
        Arguments.of("Talks", "The Serbian government met Croatian envoys.", Instant.parse("1995-11-01T00:00:00Z"),
            List.of("Croatia", "Yugoslavia")));
  }

  @ParameterizedTest
  @MethodSource("republics")
  void aRepublicBeforeItsUnionsEndIsTheUnion(String title, String body, Instant published, List<String> expected) {
    assertEquals(expected, FX.extract(title, body, "Reuters", published).values(Facet.COUNTRY), body);
  }
}
