package io.facetwire.search;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import io.facetwire.facet.Facet;
import io.facetwire.search.answer.AnswerAggregate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which of a page's counts are taken from a random sample of the articles they count, and at which
 * probability ({@link SearchSampling}). Each facet's counts and the date histogram walk their own set of
 * articles (the words, dates and exclusions, plus the other facets' selections), so each gets its own
 * probability from the size of that set: a facet narrowed to a few thousand articles stays exact while
 * another over half a million is sampled.
 *
 * <p>A sampled count is an Elasticsearch {@code random_sampler} aggregation around the exact one, with a
 * fixed seed, so the same search shows the same estimates each time. Elasticsearch scales the sampled
 * document counts back up; {@link SampledCounts} turns them into the page's numbers.
 */
public final class SamplePlan {

  /** Every count exact: the page as it is without sampling. */
  public static final SamplePlan EXACT = new SamplePlan(Map.of());

  static final String SAMPLED_PREFIX = "sampled_";
  static final String MATCHES_PREFIX = "matches_";
  /** Same seed, same sample: a reload shows the same estimates. */
  static final int SEED = 15;

  private final Map<String, Double> probabilities;
  private final java.time.LocalDate first;
  private final java.time.LocalDate last;

  SamplePlan(Map<String, Double> probabilities) {
    this(probabilities, null, null);
  }

  private SamplePlan(Map<String, Double> probabilities, java.time.LocalDate first, java.time.LocalDate last) {
    this.probabilities = Map.copyOf(probabilities);
    this.first = first;
    this.last = last;
  }

  /**
   * The span a sampled histogram is drawn over (the search's dates, else the index's): a period with
   * few articles may have none in the sample, and must not drop off the ends of the chart.
   */
  SamplePlan withDateSpan(java.time.LocalDate from, java.time.LocalDate to) {
    return new SamplePlan(probabilities, from, to);
  }

  /** The first day a sampled histogram is drawn from (its whole span), or null when it is exact. */
  java.time.LocalDate datesFrom() {
    return probability(SearchRequestFactory.DATES) < 1.0 ? first : null;
  }

  /** The last day a sampled histogram is drawn to, or null when it is exact. */
  java.time.LocalDate datesTo() {
    return probability(SearchRequestFactory.DATES) < 1.0 ? last : null;
  }

  /**
   * Counts of the article sets that differ from the hits' own (a facet with selected values of its own
   * is counted without them), as {@code filter} aggregations of the hits request: the hits' total is
   * the size of every other set.
   */
  static Map<String, Aggregation> matchCounts(SearchState state, FacetFilters filters) {
    Map<String, Aggregation> counts = new LinkedHashMap<>();
    int all = filters.includes(state, null).size();
    for (Facet facet : state.facets().all()) {
      List<Query> others = filters.includes(state, facet);
      if (others.size() != all) {
        counts.put(MATCHES_PREFIX + facet.param(), Aggregation.of(a -> a.filter(
            f -> others.isEmpty() ? f.matchAll(m -> m) : f.bool(b -> b.filter(others)))));
      }
    }
    return counts;
  }

  /**
   * The plan for a page whose hits request found {@code articles} (the hits' total) and the counts of
   * {@link #matchCounts} in {@code aggregations}.
   */
  static SamplePlan from(SearchState state, Map<String, AnswerAggregate> aggregations, long articles,
      SearchSampling sampling) {
    Map<String, Double> probabilities = new LinkedHashMap<>();
    for (Facet facet : state.facets().all()) {
      AnswerAggregate own = aggregations.get(MATCHES_PREFIX + facet.param());
      long matches = own != null && own.is("filter") && own.docCount() >= 0 ? own.docCount() : articles;
      probabilities.put(SearchRequestFactory.FACET_AGG_PREFIX + facet.param(), sampling.probability(matches));
    }
    probabilities.put(SearchRequestFactory.DATES, sampling.probability(articles));
    return new SamplePlan(probabilities);
  }

  /** 1 when the aggregation {@code name} counts every article, else the share it looks at. */
  public double probability(String name) {
    return probabilities.getOrDefault(name, 1.0);
  }

  public boolean samplesAny() {
    return probabilities.values().stream().anyMatch(p -> p < 1.0);
  }

  /** Adds {@code aggregation} under {@code name}, inside a {@code random_sampler} when it is sampled. */
  void add(SearchRequest.Builder request, String name, Aggregation aggregation) {
    double p = probability(name);
    if (p >= 1.0) {
      request.aggregations(name, aggregation);
      return;
    }
    // random_sampler must be a top-level aggregation: one per sampled count.
    request.aggregations(SAMPLED_PREFIX + name, a -> a
        .randomSampler(r -> r.probability(p).seed(SEED))
        .aggregations(name, aggregation));
  }

  /** The response's aggregations with each sampled one in place of its {@code random_sampler}. */
  static Map<String, AnswerAggregate> unwrap(Map<String, AnswerAggregate> aggregations) {
    Map<String, AnswerAggregate> out = new LinkedHashMap<>();
    aggregations.forEach((name, agg) -> {
      if (name.startsWith(SAMPLED_PREFIX) && agg.is("random_sampler")) {
        out.putAll(agg.sub());
      } else {
        out.put(name, agg);
      }
    });
    return out;
  }
}
