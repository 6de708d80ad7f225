package io.facetwire.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DateParsingTest {

  @Test
  void acceptsTheDocumentedForms() {
    assertEquals(Instant.parse("2019-01-04T00:00:00Z"), DateParsing.parse("2019-01-04"));
    assertEquals(Instant.parse("2019-01-04T10:00:00Z"), DateParsing.parse("2019-01-04T10:00:00Z"));
    assertEquals(Instant.parse("2019-01-04T10:00:00Z"), DateParsing.parse("2019-01-04T10:00:00"));
    assertEquals(Instant.parse("2019-01-04T10:00:00Z"), DateParsing.parse("2019-01-04 10:00"));
    assertEquals(Instant.parse("2019-01-04T10:00:00Z"), DateParsing.parse(" 2019-01-04T10:00 "));
  }

  @Test
  void appliesOffsetsAndFractions() {
    assertEquals(Instant.parse("2019-01-04T09:00:00Z"), DateParsing.parse("2019-01-04T10:00:00+01:00"));
    assertEquals(Instant.parse("2019-01-04T09:00:00Z"), DateParsing.parse("2019-01-04T10:00:00+0100"));
    assertEquals(Instant.parse("2019-01-04T10:00:00.250Z"), DateParsing.parse("2019-01-04T10:00:00.25Z"));
  }

  @Test
  void readsEpochMillis() {
    assertEquals(Instant.parse("2019-01-04T10:00:00Z"), DateParsing.parse("1546596000000"));
  }

  @Test
  void refusesOtherTextWithAClearMessage() {
    for (String bad : new String[] {"04/01/2019", "2019-13-01", "yesterday", "2019-01-04T25:00", "2019"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DateParsing.parse(bad), bad);
      assertTrue(e.getMessage().contains("\"" + bad + "\""), e.getMessage());
      assertTrue(e.getMessage().contains("2019-01-04T10:00:00Z"), e.getMessage());
    }
    // A day the month does not have is refused in every form, not moved to the month's end in silence.
    for (String bad : new String[] {"2026-02-30", "2026-02-30T00:00:00Z", "2026-02-30T10:00:00", "2026-02-29 10:00",
        "2026-04-31T10:00:00+01:00", "2026-06-31T10:00:00+0100"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DateParsing.parse(bad), bad);
      assertTrue(e.getMessage().contains("\"" + bad + "\""), e.getMessage());
    }
    assertEquals(Instant.parse("2024-02-29T10:00:00Z"), DateParsing.parse("2024-02-29T10:00:00Z"), "a leap day is kept");
    assertEquals("date is empty", assertThrows(IllegalArgumentException.class, () -> DateParsing.parse(" ")).getMessage());
  }
}
