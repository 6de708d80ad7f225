package io.facetwire.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The numbers a page shows for counts taken from a sample ({@link SamplePlan}). Elasticsearch scales a
 * sampled article count back up; a page that counts stories scales it by the result's own share of
 * stories among articles (a sample cannot count distinct stories: a story's versions fall in it apart).
 * Estimates keep three significant digits, so they do not look more precise than they are.
 */
final class SampledCounts {

  private SampledCounts() {}

  static List<SearchResult.FacetValue> estimated(List<SearchResult.FacetValue> values, double storiesPerArticle) {
    List<SearchResult.FacetValue> out = new ArrayList<>(values.size());
    for (SearchResult.FacetValue v : values) {
      out.add(new SearchResult.FacetValue(v.value(), round(Math.round(v.count() * storiesPerArticle)), v.selected(),
          v.excluded()));
    }
    return out;
  }

  static List<SearchResult.DateBucket> estimatedDates(List<SearchResult.DateBucket> dates) {
    return dates.stream().map(b -> new SearchResult.DateBucket(b.start(), b.end(), round(b.count()), b.interval()))
        .toList();
  }

  /** {@code n} to three significant digits: 12,345 is 12,300; 987 stays 987. */
  static long round(long n) {
    if (n < 1000) {
      return n;
    }
    long unit = 1;
    for (long m = n; m >= 1000; m /= 10) {
      unit *= 10;
    }
    return Math.round((double) n / unit) * unit;
  }
}
