package io.facetwire.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import io.facetwire.article.ArticleFields;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The first and last publication dates in the index, used to pick the histogram's interval when a
 * search has no date range, and how many articles it holds, which says whether any search could be
 * broad enough to sample its counts ({@link SearchSampling}). Cached for a minute, so the page keeps to one
 * Elasticsearch round trip: a stale value costs a minute more of exact counting after an index passes the
 * sampling threshold, and bars chosen too narrow for articles that arrived since, which {@link HistogramFit}
 * merges back to the bar limit.
 *
 * <p>One search refreshes it at a time (session 31): while Elasticsearch is slow, the searches that find the minute
 * passed keep the value they have instead of each sending the whole index's aggregation again, and the refresh carries
 * the searches' own time budget.
 */
final class CorpusDates {

  /** @param articles articles in the index; 0 when unknown */
  record Range(LocalDate first, LocalDate last, long articles) {}

  private static final Duration TTL = Duration.ofMinutes(1);

  private final ElasticsearchClient client;
  private final String index;
  private final Clock clock;
  private final co.elastic.clients.elasticsearch._types.Time timeout;
  private final java.util.concurrent.atomic.AtomicBoolean refreshing = new java.util.concurrent.atomic.AtomicBoolean();
  private volatile Range cached;
  private volatile Instant fetchedAt = Instant.EPOCH;

  /** @param timeout Elasticsearch's {@code timeout} on the refresh; null: none */
  CorpusDates(ElasticsearchClient client, String index, Clock clock, co.elastic.clients.elasticsearch._types.Time timeout) {
    this.client = client;
    this.index = index;
    this.clock = clock;
    this.timeout = timeout;
  }

  Range range() {
    Instant now = clock.instant();
    // Until the first refresh ends, the others go on without the span (the histogram falls back to months).
    if ((cached == null || fetchedAt.plus(TTL).isBefore(now)) && refreshing.compareAndSet(false, true)) {
      try {
        var response = client.search(s -> SearchRequestFactory.withinBudget(s.index(index).size(0)
            .trackTotalHits(t -> t.enabled(true))
            .aggregations("first", a -> a.min(m -> m.field(ArticleFields.PUBLISHED_AT)))
            .aggregations("last", a -> a.max(m -> m.field(ArticleFields.PUBLISHED_AT))), timeout), Void.class);
        var total = response.hits().total();
        cached = new Range(day(response.aggregations().get("first")), day(response.aggregations().get("last")),
            total == null ? 0 : total.value());
        fetchedAt = now;
      } catch (IOException | RuntimeException e) {
        // Without the span the histogram falls back to months; the search itself reports outages.
        return cached == null ? new Range(null, null, 0) : cached;
      } finally {
        refreshing.set(false);
      }
    }
    Range range = cached;
    return range == null ? new Range(null, null, 0) : range;
  }

  private static LocalDate day(Aggregate agg) {
    Double value = agg == null ? null : (agg.isMin() ? agg.min().value() : agg.max().value());
    if (value == null || value.isNaN() || value.isInfinite()) {
      return null;
    }
    return Instant.ofEpochMilli(value.longValue()).atZone(ZoneOffset.UTC).toLocalDate();
  }
}
