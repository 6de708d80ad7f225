package io.facetwire.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps a histogram to at most {@link HistogramInterval#MAX_BARS} bars when its interval was chosen from a
 * span narrower than the data turned out to be. Without a date range the interval comes from the corpus's
 * first and last dates, cached for a minute ({@link CorpusDates}); right after articles from a wider span
 * arrive (the demo articles loading at a first start, an import of older news) that cache says "a few
 * days" and the chart would need a bar per day over years (1,325 bars and a 300 KB page for the demo's 296
 * articles). Elasticsearch answers only the periods that hold articles (min_doc_count 1, so a far-off date cannot ask
 * it for more buckets than it allows); {@link #bars} fills the empty periods and merges them into the finest
 * interval that fits their real span.
 * Merging days is exact, and so are months into quarters or years; a week is counted in the period its
 * first day falls in (weeks do not nest in months), an approximation that lasts until the cache
 * refreshes.
 */
final class HistogramFit {

  private HistogramFit() {}

  /**
   * The chart's bars from Elasticsearch's non-empty periods (session 16). The request asks for periods that hold
   * an article only ({@code min_doc_count} 1), because with empty periods filled in Elasticsearch built a bucket
   * for every period between the first and the last article: one article dated in year 9999 or −5000 among today's
   * news, while the server still held the old span's monthly or daily interval, asked for more than the 65,536
   * buckets Elasticsearch allows, and every search and entity page answered 400 or 503 until the cached span
   * expired (and yearly bars still cost 15,000 buckets a page after it). The empty periods are filled in here,
   * from the first bar to the last (or over {@code from}–{@code to} when given: a sampled chart's whole span), and
   * only once the bars are at most {@link HistogramInterval#MAX_BARS}: otherwise they are merged into the finest
   * interval that fits, then joined — the same bars as when every period was listed (before session 16), without
   * ever holding one object per empty period.
   */
  static List<SearchResult.DateBucket> bars(List<SearchResult.DateBucket> nonEmpty, HistogramInterval interval,
      LocalDate from, LocalDate to) {
    java.util.TreeMap<LocalDate, Long> counts = new java.util.TreeMap<>();
    for (SearchResult.DateBucket bar : nonEmpty) {
      counts.merge(interval.start(bar.start()), bar.count(), Long::sum);
    }
    LocalDate lo = from == null ? null : interval.start(from);
    LocalDate hi = to == null ? null : interval.start(to);
    if (!counts.isEmpty()) {
      lo = lo == null || counts.firstKey().isBefore(lo) ? counts.firstKey() : lo;
      hi = hi == null || counts.lastKey().isAfter(hi) ? counts.lastKey() : hi;
    }
    if (lo == null || hi == null) {
      return List.of();
    }
    if (interval.periodsBetween(lo, hi) < HistogramInterval.MAX_BARS) {
      return filled(counts, interval, lo, hi);
    }
    HistogramInterval coarser = HistogramInterval.forSpan(lo, interval.end(hi));
    if (coarser.compareTo(interval) > 0) {
      java.util.TreeMap<LocalDate, Long> merged = new java.util.TreeMap<>();
      counts.forEach((start, count) -> merged.merge(coarser.start(start), count, Long::sum));
      counts = merged;
      interval = coarser;
      lo = coarser.start(lo);
      hi = coarser.start(hi);
      if (interval.periodsBetween(lo, hi) < HistogramInterval.MAX_BARS) {
        return filled(counts, interval, lo, hi);
      }
    }
    return joined(counts, interval, lo, hi);
  }

  /** Every period from {@code lo} to {@code hi} (period starts), empty ones with 0. */
  private static List<SearchResult.DateBucket> filled(java.util.Map<LocalDate, Long> counts, HistogramInterval interval,
      LocalDate lo, LocalDate hi) {
    List<SearchResult.DateBucket> out = new ArrayList<>();
    for (LocalDate d = lo; !d.isAfter(hi); d = interval.end(d).plusDays(1)) {
      out.add(new SearchResult.DateBucket(d, interval.end(d), counts.getOrDefault(d, 0L), interval));
    }
    return out;
  }

  /**
   * Years that are still too many bars (session 15): one article dated in year 0 among today's news made every
   * page whose results held it draw 2,032 yearly bars (a 346 KB page), and a year-9999 one would make 10,000;
   * any imported or fetched article can carry such a date. Consecutive periods from {@code lo} to {@code hi} are
   * joined, as many to a bar as bring them to at most {@link HistogramInterval#MAX_BARS}; a joined bar spans from
   * its first period's start to its last period's end, which is what its link narrows to, and the time axis stays
   * even. The empty periods are counted, not listed.
   */
  private static List<SearchResult.DateBucket> joined(java.util.NavigableMap<LocalDate, Long> counts,
      HistogramInterval interval, LocalDate lo, LocalDate hi) {
    long n = interval.periodsBetween(lo, hi) + 1;
    long per = (n + HistogramInterval.MAX_BARS - 1) / HistogramInterval.MAX_BARS;
    List<SearchResult.DateBucket> out = new ArrayList<>(HistogramInterval.MAX_BARS);
    for (long first = 0; first < n; first += per) {
      LocalDate start = interval.plus(lo, first);
      LocalDate lastStart = interval.plus(lo, Math.min(n - 1, first + per - 1));
      long count = counts.subMap(start, true, lastStart, true).values().stream().mapToLong(Long::longValue).sum();
      out.add(new SearchResult.DateBucket(start, interval.end(lastStart), count, interval));
    }
    return out;
  }
}
