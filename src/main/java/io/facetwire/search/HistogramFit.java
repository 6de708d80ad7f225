package io.facetwire.search;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps a histogram to at most {@link HistogramInterval#MAX_BARS} bars when its interval was chosen from a
 * span narrower than the data turned out to be. Without a date range the interval comes from the corpus's
 * first and last dates, cached for a minute ({@link CorpusDates}); right after articles from a wider span
 * arrive (the demo articles loading at a first start, an import of older news) that cache says "a few
 * days" and Elasticsearch answers with a bar per day over years: 1,325 bars and a 300 KB page for the
 * demo's 296 articles. The bars are then merged into the finest interval that fits their real span.
 * Merging days is exact, and so are months into quarters or years; a week is counted in the period its
 * first day falls in (weeks do not nest in months), an approximation that lasts until the cache
 * refreshes.
 */
final class HistogramFit {

  private HistogramFit() {}

  static List<SearchResult.DateBucket> fitted(List<SearchResult.DateBucket> bars) {
    if (bars.size() <= HistogramInterval.MAX_BARS) {
      return bars;
    }
    HistogramInterval from = bars.get(0).interval();
    HistogramInterval to = HistogramInterval.forSpan(bars.get(0).start(), bars.get(bars.size() - 1).end());
    if (to.compareTo(from) <= 0) {
      return grouped(bars);  // already the coarsest interval: see grouped
    }
    List<SearchResult.DateBucket> out = new ArrayList<>();
    LocalDate start = null;
    long count = 0;
    for (SearchResult.DateBucket bar : bars) {
      LocalDate period = start(to, bar.start());
      if (start != null && !period.equals(start)) {
        out.add(new SearchResult.DateBucket(start, to.end(start), count, to));
        count = 0;
      }
      start = period;
      count += bar.count();
    }
    out.add(new SearchResult.DateBucket(start, to.end(start), count, to));
    return grouped(out);
  }

  /**
   * Years that are still too many bars (session 15): one article dated in year 0 among today's news made every
   * page whose results held it draw 2,032 yearly bars (a 346 KB page), and a year-9999 one would make 10,000;
   * any imported or fetched article can carry such a date. Consecutive bars are joined, as many to a bar as
   * bring them to at most {@link HistogramInterval#MAX_BARS}; a joined bar spans from its first bar's start to
   * its last bar's end, which is what its link narrows to, and the time axis stays even.
   */
  static List<SearchResult.DateBucket> grouped(List<SearchResult.DateBucket> bars) {
    if (bars.size() <= HistogramInterval.MAX_BARS) {
      return bars;
    }
    int per = (bars.size() + HistogramInterval.MAX_BARS - 1) / HistogramInterval.MAX_BARS;
    List<SearchResult.DateBucket> out = new ArrayList<>(HistogramInterval.MAX_BARS);
    for (int i = 0; i < bars.size(); i += per) {
      List<SearchResult.DateBucket> group = bars.subList(i, Math.min(bars.size(), i + per));
      long count = group.stream().mapToLong(SearchResult.DateBucket::count).sum();
      out.add(new SearchResult.DateBucket(group.get(0).start(), group.get(group.size() - 1).end(), count,
          group.get(0).interval()));
    }
    return out;
  }

  /** The first day of the period of {@code interval} that holds {@code day}, as Elasticsearch's calendar does. */
  static LocalDate start(HistogramInterval interval, LocalDate day) {
    return switch (interval) {
      case DAY -> day;
      case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> day.withDayOfMonth(1);
      case QUARTER -> LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
      case YEAR -> LocalDate.of(day.getYear(), 1, 1);
    };
  }
}
