package io.facetwire.search;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.DateHistogramBucket;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.search.Suggestion;
import io.facetwire.facet.Facet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads the parts of a search response that are more than hits: facets, histogram, spelling. */
final class ResponseParts {

  private ResponseParts() {}

  /** Selected values first (as chosen, with their own counts), then excluded ones, then the top values. */
  static List<SearchResult.FacetValue> facet(SearchState state, Facet facet, Aggregate agg) {
    List<SearchResult.FacetValue> values = new ArrayList<>();
    if (agg == null) {
      return values;
    }
    var sub = agg.filter().aggregations();
    Map<String, Long> selectedCounts = new LinkedHashMap<>();
    Aggregate selected = sub.get(SearchRequestFactory.SELECTED_VALUES);
    if (selected != null) {
      selected.filters().buckets().keyed().forEach((key, bucket) ->
          selectedCounts.put(key, StoryCounts.count(bucket.aggregations(), bucket.docCount())));
    }
    List<StringTermsBucket> top = sub.get(SearchRequestFactory.TOP_VALUES).sterms().buckets().array();
    for (String value : state.values(facet)) {
      // A value typed in another case ("russia") is shown as stored ("Russia") when the index has it.
      String shown = top.stream().map(b -> b.key().stringValue()).filter(value::equalsIgnoreCase).findFirst()
          .orElse(value);
      values.add(new SearchResult.FacetValue(shown, selectedCounts.getOrDefault(value, 0L), true, false));
    }
    for (String value : state.excluded(facet)) {
      values.add(new SearchResult.FacetValue(value, 0, false, true));
    }
    for (StringTermsBucket b : top) {
      String value = b.key().stringValue();
      if (!state.isSelected(facet, value) && !state.isExcluded(facet, value)) {
        values.add(new SearchResult.FacetValue(value, StoryCounts.count(b.aggregations(), b.docCount()), false, false));
      }
    }
    return values;
  }

  /** Histogram bars with their calendar span. */
  static List<SearchResult.DateBucket> dates(Aggregate agg, HistogramInterval interval) {
    List<SearchResult.DateBucket> out = new ArrayList<>();
    if (agg == null) {
      return out;
    }
    var histogram = agg.filter().aggregations().get(SearchRequestFactory.HISTOGRAM).dateHistogram();
    List<DateHistogramBucket> buckets = new ArrayList<>(histogram.buckets().array());
    buckets.sort(Comparator.comparingLong(DateHistogramBucket::key));
    for (DateHistogramBucket b : buckets) {
      LocalDate start = Instant.ofEpochMilli(b.key()).atZone(ZoneOffset.UTC).toLocalDate();
      out.add(new SearchResult.DateBucket(start, interval.end(start), b.docCount(), interval));
    }
    return out;
  }

  /** The query with each word the index lacks replaced by the closest word it has, or null. */
  static String didYouMean(String query, List<? extends Suggestion<?>> suggestions) {
    if (suggestions == null || suggestions.isEmpty()) {
      return null;
    }
    StringBuilder corrected = new StringBuilder();
    int last = 0;
    boolean changed = false;
    for (Suggestion<?> s : suggestions) {
      if (!s.isTerm() || s.term().options().isEmpty()) {
        continue;
      }
      int offset = s.term().offset();
      int length = s.term().length();
      if (offset < last || offset + length > query.length()) {
        continue;
      }
      corrected.append(query, last, offset).append(s.term().options().get(0).text());
      last = offset + length;
      changed = true;
    }
    if (!changed) {
      return null;
    }
    corrected.append(query.substring(last));
    String result = corrected.toString();
    return result.toLowerCase(Locale.ROOT).equals(query.toLowerCase(Locale.ROOT)) ? null : result;
  }
}
