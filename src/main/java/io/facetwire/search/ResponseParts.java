package io.facetwire.search;

import io.facetwire.facet.Facet;
import io.facetwire.search.answer.AnswerAggregate;
import io.facetwire.search.answer.TermSuggestion;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads the parts of a search response that are more than hits: facets, histogram, spelling. */
final class ResponseParts {

  private ResponseParts() {}

  /** Selected values first (as chosen, with their own counts), then excluded ones, then the top values. */
  static List<SearchResult.FacetValue> facet(SearchState state, Facet facet, AnswerAggregate agg) {
    List<SearchResult.FacetValue> values = new ArrayList<>();
    if (agg == null) {
      return values;
    }
    var sub = agg.sub();
    Map<String, Long> selectedCounts = new LinkedHashMap<>();
    AnswerAggregate selected = sub.get(SearchRequestFactory.SELECTED_VALUES);
    if (selected != null) {
      selected.buckets().forEach(bucket ->
          selectedCounts.put(bucket.key(), StoryCounts.count(bucket.sub(), bucket.docCount())));
    }
    AnswerAggregate topValues = sub.get(SearchRequestFactory.TOP_VALUES);
    List<AnswerAggregate.Bucket> top = topValues == null ? List.of() : topValues.buckets();
    for (String value : state.values(facet)) {
      // A value typed in another case ("russia") is shown as stored ("Russia") when the index has it.
      String shown = top.stream().map(AnswerAggregate.Bucket::key).filter(value::equalsIgnoreCase).findFirst()
          .orElse(value);
      values.add(new SearchResult.FacetValue(shown, selectedCounts.getOrDefault(value, 0L), true, false));
    }
    for (String value : state.excluded(facet)) {
      values.add(new SearchResult.FacetValue(value, 0, false, true));
    }
    for (AnswerAggregate.Bucket b : top) {
      String value = b.key();
      if (!state.isSelected(facet, value) && !state.isExcluded(facet, value)) {
        values.add(new SearchResult.FacetValue(value, StoryCounts.count(b.sub(), b.docCount()), false, false));
      }
    }
    return values;
  }

  /**
   * Histogram bars with their calendar span, at most {@link HistogramInterval#MAX_BARS} (years joined when more),
   * drawn over {@code from}–{@code to} when given (a sampled chart's span) else from the first article's period to
   * the last's; Elasticsearch answers the periods that hold articles only ({@link HistogramFit#bars}).
   */
  static List<SearchResult.DateBucket> dates(AnswerAggregate agg, HistogramInterval interval, LocalDate from,
      LocalDate to) {
    List<SearchResult.DateBucket> out = new ArrayList<>();
    AnswerAggregate histogram = agg == null ? null : agg.sub().get(SearchRequestFactory.HISTOGRAM);
    if (histogram == null) {
      return out;
    }
    for (AnswerAggregate.Bucket b : histogram.buckets()) {
      LocalDate start = Instant.ofEpochMilli(b.longKey()).atZone(ZoneOffset.UTC).toLocalDate();
      out.add(new SearchResult.DateBucket(start, interval.end(start), b.docCount(), interval));
    }
    return HistogramFit.bars(out, interval, from, to);
  }

  /** The query with each word the index lacks replaced by the closest word it has, or null. */
  static String didYouMean(String query, List<TermSuggestion> suggestions) {
    if (suggestions == null || suggestions.isEmpty()) {
      return null;
    }
    StringBuilder corrected = new StringBuilder();
    int last = 0;
    boolean changed = false;
    for (TermSuggestion s : suggestions) {
      if (s.options().isEmpty()) {
        continue;
      }
      int offset = s.offset();
      int length = s.length();
      if (offset < last || offset + length > query.length()) {
        continue;
      }
      corrected.append(query, last, offset).append(s.options().get(0));
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
