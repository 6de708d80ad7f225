package io.facetwire.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Histogram bars chosen from a too-narrow span are merged into the interval their real span needs. */
class HistogramFitTest {

  private static List<SearchResult.DateBucket> bars(HistogramInterval interval, LocalDate first, LocalDate last) {
    List<SearchResult.DateBucket> out = new ArrayList<>();
    for (LocalDate d = first; !d.isAfter(last); d = interval.end(d).plusDays(1)) {
      out.add(new SearchResult.DateBucket(d, interval.end(d), d.getDayOfMonth() % 3, interval));
    }
    return out;
  }

  /** The chart from every period listed, as Elasticsearch answered before session 16 (empty periods included). */
  private static List<SearchResult.DateBucket> fit(List<SearchResult.DateBucket> everyPeriod) {
    return HistogramFit.bars(everyPeriod, everyPeriod.get(0).interval(), null, null);
  }

  private static long total(List<SearchResult.DateBucket> bars) {
    return bars.stream().mapToLong(SearchResult.DateBucket::count).sum();
  }

  @Test
  void daysOverYearsBecomeMonthsWithEveryArticleCounted() {
    // The demo's span at a first start: a bar per day from the 2017 article to the last 2021 one.
    List<SearchResult.DateBucket> days = bars(HistogramInterval.DAY, LocalDate.of(2017, 7, 30), LocalDate.of(2021, 3, 15));
    assertEquals(1325, days.size());
    List<SearchResult.DateBucket> fitted = fit(days);
    assertEquals(45, fitted.size(), "July 2017 to March 2021");
    assertEquals(HistogramInterval.MONTH, fitted.get(0).interval());
    assertEquals(LocalDate.of(2017, 7, 1), fitted.get(0).start());
    assertEquals(LocalDate.of(2017, 7, 31), fitted.get(0).end());
    assertEquals(LocalDate.of(2021, 3, 1), fitted.get(44).start());
    assertEquals(total(days), total(fitted));
    long august2017 = days.stream().filter(b -> b.start().getYear() == 2017 && b.start().getMonthValue() == 8)
        .mapToLong(SearchResult.DateBucket::count).sum();
    assertEquals(august2017, fitted.get(1).count());
  }

  @Test
  void monthsOverDecadesBecomeYears() {
    List<SearchResult.DateBucket> months = bars(HistogramInterval.MONTH, LocalDate.of(1987, 2, 1), LocalDate.of(2021, 3, 1));
    List<SearchResult.DateBucket> fitted = fit(months);
    assertEquals(HistogramInterval.YEAR, fitted.get(0).interval());
    assertEquals(35, fitted.size());
    assertEquals(LocalDate.of(1987, 1, 1), fitted.get(0).start());
    assertEquals(total(months), total(fitted));
  }

  @Test
  void barsWithinTheLimitStayAsTheyAre() {
    List<SearchResult.DateBucket> few = bars(HistogramInterval.DAY, LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 31));
    assertEquals(few, fit(few));
  }

  /** Session 15: years are the coarsest interval, so a long span (an article dated in year 0) joins years instead. */
  @Test
  void yearsBeyondTheLimitAreJoinedIntoEvenBars() {
    List<SearchResult.DateBucket> years = bars(HistogramInterval.YEAR, LocalDate.of(1900, 1, 1), LocalDate.of(2021, 1, 1));
    List<SearchResult.DateBucket> fitted = fit(years);
    assertEquals(41, fitted.size()); // 122 years, three to a bar
    assertEquals(total(years), total(fitted));
    assertEquals(LocalDate.of(1900, 1, 1), fitted.get(0).start());
    assertEquals(LocalDate.of(1902, 12, 31), fitted.get(0).end());
    assertEquals(LocalDate.of(2021, 12, 31), fitted.get(fitted.size() - 1).end());
    List<SearchResult.DateBucket> all = bars(HistogramInterval.YEAR, LocalDate.of(0, 1, 1), LocalDate.of(9999, 1, 1));
    assertTrue(fit(all).size() <= HistogramInterval.MAX_BARS);
  }

  /**
   * Session 16: Elasticsearch answers the non-empty periods only, and the chart is the one drawn from every period
   * listed, empty ones included (what Elasticsearch answered before): filled, merged and joined alike.
   */
  @Test
  void barsFromTheNonEmptyPeriodsAreTheBarsOfEveryPeriod() {
    for (List<SearchResult.DateBucket> dense : List.of(
        bars(HistogramInterval.DAY, LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 31)),
        bars(HistogramInterval.DAY, LocalDate.of(2017, 7, 30), LocalDate.of(2021, 3, 15)),
        bars(HistogramInterval.MONTH, LocalDate.of(1987, 2, 1), LocalDate.of(2021, 3, 1)),
        bars(HistogramInterval.YEAR, LocalDate.of(1900, 1, 1), LocalDate.of(2021, 1, 1)),
        bars(HistogramInterval.WEEK, LocalDate.of(2019, 1, 7), LocalDate.of(2021, 6, 28)))) {
      List<SearchResult.DateBucket> nonEmpty = dense.stream().filter(b -> b.count() > 0).toList();
      assertEquals(fit(dense), HistogramFit.bars(nonEmpty, dense.get(0).interval(), null, null),
          dense.get(0).interval() + " from " + dense.get(0).start());
    }
  }

  /** Two articles 15,000 years apart in monthly bars: 60 joined yearly bars, never a bucket per empty period. */
  @Test
  void articlesFarApartAreJoinedWithoutListingTheEmptyPeriods() {
    List<SearchResult.DateBucket> two = List.of(
        new SearchResult.DateBucket(LocalDate.of(-5000, 3, 1), LocalDate.of(-5000, 3, 31), 1, HistogramInterval.MONTH),
        new SearchResult.DateBucket(LocalDate.of(9999, 6, 1), LocalDate.of(9999, 6, 30), 2, HistogramInterval.MONTH));
    List<SearchResult.DateBucket> out = HistogramFit.bars(two, HistogramInterval.MONTH, null, null);
    assertTrue(out.size() <= HistogramInterval.MAX_BARS, out.size() + " bars");
    assertEquals(HistogramInterval.YEAR, out.get(0).interval());
    assertEquals(LocalDate.of(-5000, 1, 1), out.get(0).start());
    assertEquals(LocalDate.of(9999, 12, 31), out.get(out.size() - 1).end());
    assertEquals(3, total(out));
    assertEquals(1, out.get(0).count());
    assertEquals(2, out.get(out.size() - 1).count());
  }

  /** A sampled chart is drawn over its whole span, empty ends included (Elasticsearch's extended bounds did that). */
  @Test
  void aSpanGivenDrawsItsEmptyEnds() {
    List<SearchResult.DateBucket> one = List.of(
        new SearchResult.DateBucket(LocalDate.of(2021, 3, 10), LocalDate.of(2021, 3, 10), 4, HistogramInterval.DAY));
    List<SearchResult.DateBucket> out = HistogramFit.bars(one, HistogramInterval.DAY, LocalDate.of(2021, 3, 1),
        LocalDate.of(2021, 3, 31));
    assertEquals(31, out.size());
    assertEquals(4, out.get(9).count());
    assertEquals(4, total(out));
    assertEquals(31, HistogramFit.bars(List.of(), HistogramInterval.DAY, LocalDate.of(2021, 3, 1),
        LocalDate.of(2021, 3, 31)).size(), "no article in the sample: the span's empty bars");
    assertTrue(HistogramFit.bars(List.of(), HistogramInterval.DAY, null, null).isEmpty());
  }

  @Test
  void periodStartsFollowElasticsearchsCalendar() {
    LocalDate day = LocalDate.of(2021, 3, 14);  // a Sunday
    assertEquals(LocalDate.of(2021, 3, 8), HistogramInterval.WEEK.start(day), "weeks start on Monday");
    assertEquals(LocalDate.of(2021, 3, 1), HistogramInterval.MONTH.start(day));
    assertEquals(LocalDate.of(2021, 1, 1), HistogramInterval.QUARTER.start(day));
    assertEquals(LocalDate.of(2021, 10, 1), HistogramInterval.QUARTER.start(LocalDate.of(2021, 12, 31)));
    assertEquals(LocalDate.of(2021, 1, 1), HistogramInterval.YEAR.start(day));
  }
}
