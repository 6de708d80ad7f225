package io.facetwire.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DateWindowsTest {

  static final Duration DAYS_2 = Duration.ofDays(2);

  @Test
  void aFeedsBatchIsOneWindowAndAnArchivesBatchOneWindowPerDistantDate() {
    DateWindows feed = DateWindows.around(List.of(at("2024-03-01T10:00:00Z"), at("2024-03-01T10:05:00Z"),
        at("2024-03-01T09:58:00Z")), DAYS_2);
    assertEquals(List.of(new DateWindows.Window(at("2024-02-28T09:58:00Z"), at("2024-03-03T10:05:00Z"))), feed.windows());

    DateWindows archive = DateWindows.around(List.of(at("2001-05-01T00:00:00Z"), at("2019-05-01T00:00:00Z"),
        at("2001-05-03T00:00:00Z")), DAYS_2);
    assertEquals(List.of(new DateWindows.Window(at("2001-04-29T00:00:00Z"), at("2001-05-05T00:00:00Z")),
        new DateWindows.Window(at("2019-04-29T00:00:00Z"), at("2019-05-03T00:00:00Z"))), archive.windows());
  }

  @Test
  void noDatesNoWindows() {
    assertTrue(DateWindows.around(Arrays.asList(null, null), DAYS_2).isEmpty());
    assertTrue(DateWindows.around(List.of(), DAYS_2).isEmpty());
  }

  /** Whatever the dates, a moment is in the windows exactly when it is within the margin of one of them. */
  @Test
  void containsWhatIsWithinTheMarginOfSomeDateAndNothingElse() {
    Random random = new Random(5);
    for (int round = 0; round < 200; round++) {
      List<Instant> dates = new ArrayList<>();
      for (int i = random.nextInt(30); i > 0; i--) {
        dates.add(Instant.ofEpochSecond(random.nextInt(100 * 86_400)));
      }
      DateWindows windows = DateWindows.around(dates, DAYS_2);
      for (int probe = 0; probe < 200; probe++) {
        Instant t = Instant.ofEpochSecond(random.nextInt(104 * 86_400) - 2 * 86_400);
        boolean near = dates.stream().anyMatch(d -> !t.isBefore(d.minus(DAYS_2)) && !t.isAfter(d.plus(DAYS_2)));
        assertEquals(near, windows.contains(t), () -> t + " against " + dates);
      }
      for (int i = 1; i < windows.windows().size(); i++) {
        assertTrue(windows.windows().get(i - 1).to().isBefore(windows.windows().get(i).from()), "merged, in order");
      }
    }
    assertFalse(DateWindows.around(List.of(at("2020-01-10T00:00:00Z")), DAYS_2).contains(at("2020-01-12T00:00:01Z")));
  }

  private static Instant at(String s) {
    return Instant.parse(s);
  }
}
