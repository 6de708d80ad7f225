package io.facetwire.search.answer;

import java.util.List;
import java.util.Map;

/**
 * One aggregation of a search response, whatever its type: the parts the search reads of a
 * {@code filter} ({@code doc_count} and sub-aggregations), a {@code terms}, {@code filters} or
 * {@code date_histogram} (buckets), a {@code cardinality} ({@code value}) and a {@code random_sampler}
 * (its sub-aggregations).
 *
 * @param type     the type Elasticsearch names in its typed key ({@code sterms}, {@code filter}, ...)
 * @param docCount {@code doc_count}, or -1 when the aggregation has none
 * @param value    a metric's {@code value}, or null
 * @param buckets  the buckets in the response's order (a keyed {@code filters}' keys as bucket keys)
 * @param sub      sub-aggregations by name
 */
public record AnswerAggregate(String type, long docCount, Double value, List<Bucket> buckets,
    Map<String, AnswerAggregate> sub) {

  /** One bucket: its key as text (a date histogram's key is the epoch milliseconds), count and sub-aggregations. */
  public record Bucket(String key, long docCount, Map<String, AnswerAggregate> sub) {

    /** A date histogram bucket's key. */
    public long longKey() {
      return Long.parseLong(key);
    }
  }

  public boolean is(String typeName) {
    return type.equals(typeName);
  }
}
