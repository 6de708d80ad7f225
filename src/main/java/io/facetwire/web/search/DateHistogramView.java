package io.facetwire.web.search;

import io.facetwire.search.SearchResult;
import io.facetwire.web.search.svg.CalendarInterval;
import io.facetwire.web.search.svg.DateHistogramSvg;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** Date buckets as the inline SVG histogram of the search and entity pages, each bar a link. */
public final class DateHistogramView {

  private DateHistogramView() {}

  /** @param href the URL a bar links to, from the bucket's first and last day */
  public static String svg(List<SearchResult.DateBucket> dates, BiFunction<LocalDate, LocalDate, String> href,
      String caption) {
    if (dates.isEmpty()) {
      return "";
    }
    List<DateHistogramSvg.Bucket> buckets = new ArrayList<>();
    for (SearchResult.DateBucket b : dates) {
      buckets.add(new DateHistogramSvg.Bucket(b.start(), b.end(), b.count(), href.apply(b.start(), b.end())));
    }
    CalendarInterval interval = CalendarInterval.of(dates.get(0).interval());
    return DateHistogramSvg.render(buckets, interval::label, caption);
  }
}
