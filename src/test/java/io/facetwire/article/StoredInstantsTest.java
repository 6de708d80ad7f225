package io.facetwire.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StoredInstantsTest {

  @Test
  void storedFormsAreReadByTheFastPathAsInstantParseReadsThem() {
    for (String s : List.of("1987-02-26T00:00:00Z", "1987-06-18T13:30:20.870Z", "2017-07-30T23:59:59.999999999Z",
        "2000-02-29T12:00:00.5Z", "0001-01-01T00:00:00Z", "2025-12-31T23:59:59.123456Z")) {
      assertNotNull(StoredInstants.fast(s), s);
      assertEquals(Instant.parse(s), StoredInstants.parse(s), s);
    }
  }

  @Test
  void randomInstantsPrintedAndReadBackAreTheSame() {
    Random random = new Random(15);
    for (int i = 0; i < 20_000; i++) {
      long seconds = random.nextLong(-62_135_596_800L, 32_503_680_000L); // years 1..2999
      int nanos = switch (i % 4) {
        case 0 -> 0;
        case 1 -> random.nextInt(1000) * 1_000_000;
        case 2 -> random.nextInt(1_000_000) * 1000;
        default -> random.nextInt(1_000_000_000);
      };
      Instant instant = Instant.ofEpochSecond(seconds, nanos);
      String printed = instant.toString();
      assertEquals(instant, StoredInstants.parse(printed), printed);
      assertNotNull(StoredInstants.fast(printed), printed);
    }
  }

  @Test
  void otherFormsGoToInstantParseWithItsAnswerOrItsError() {
    // An offset and a leap second are Instant.parse's to read.
    assertNull(StoredInstants.fast("2017-07-30T12:34:56+02:00"));
    assertEquals(Instant.parse("2017-07-30T12:34:56+02:00"), StoredInstants.parse("2017-07-30T12:34:56+02:00"));
    assertNull(StoredInstants.fast("2016-12-31T23:59:60Z"));
    assertEquals(Instant.parse("2016-12-31T23:59:60Z"), StoredInstants.parse("2016-12-31T23:59:60Z"));
    assertNull(StoredInstants.fast("2017-07-30T00:00:00.Z"));
    assertEquals(Instant.parse("2017-07-30T00:00:00.Z"), StoredInstants.parse("2017-07-30T00:00:00.Z"));
    // Instant.parse reads 24:00 as the next day's midnight.
    assertNull(StoredInstants.fast("2017-07-30T24:00:00Z"));
    assertEquals(Instant.parse("2017-07-30T24:00:00Z"), StoredInstants.parse("2017-07-30T24:00:00Z"));
    for (String bad : List.of("2017-02-29T00:00:00Z", "2017-13-01T00:00:00Z", "2017-07-3xT00:00:00Z", "2017-07-30T00:00:00.1234567890Z", "2017-07-30 00:00:00Z",
        "2017-07-30T00:00:00", "2017-07-30", "")) {
      assertNull(StoredInstants.fast(bad), bad);
      assertThrows(DateTimeParseException.class, () -> StoredInstants.parse(bad), bad);
    }
  }
}
