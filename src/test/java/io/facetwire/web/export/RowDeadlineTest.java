package io.facetwire.web.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The export's budget is checked before every row, so time blocked on a slow client counts at once. */
class RowDeadlineTest {

  @Test
  void aRowAfterTheBudgetIsNotWrittenEvenInTheMiddleOfAPage() throws Exception {
    AtomicLong now = new AtomicLong(5_000);
    AtomicLong handedOn = new AtomicLong();
    // Each row "blocks on the client" for 10 s: the clock moves while the row is written.
    RowDeadline rows = new RowDeadline(hit -> {
      handedOn.incrementAndGet();
      now.addAndGet(Duration.ofSeconds(10).toNanos());
    }, Duration.ofSeconds(60), now::get);
    for (int i = 0; i < 6; i++) {
      rows.row(null);
    }
    // Before session 13 the budget was looked at between pages of 1,000 rows: all of them went on.
    assertThrows(RowDeadline.Spent.class, () -> rows.row(null));
    assertEquals(6, rows.written());
    assertEquals(6, handedOn.get());
  }

  @Test
  void noBudgetMeansNoDeadlineAndAClockNearItsEndDoesNotOverflow() throws Exception {
    AtomicLong now = new AtomicLong(Long.MAX_VALUE - 10);
    RowDeadline none = new RowDeadline(hit -> now.addAndGet(5), null, now::get);
    RowDeadline huge = new RowDeadline(hit -> now.addAndGet(5), Duration.ofDays(365_000), now::get);
    for (int i = 0; i < 4; i++) {
      none.row(null);
      huge.row(null);
    }
    assertEquals(4, none.written());
    assertEquals(4, huge.written());
  }
}
