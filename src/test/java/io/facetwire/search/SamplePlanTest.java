package io.facetwire.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.databind.JsonNode;
import io.facetwire.FacetwireConfig;
import io.facetwire.InvalidSetting;
import io.facetwire.Json;
import io.facetwire.Settings;
import io.facetwire.facet.FacetCatalog;
import io.facetwire.search.answer.AnswerAggregate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Sampled counts without a server: when a count is sampled and at which probability, the requests of
 * a sampled page against expected JSON (hits with the sizes of the counted sets, then counts inside
 * {@code random_sampler}), and the numbers a page shows for estimates.
 */
class SamplePlanTest {

  static final FacetCatalog FACETS = SearchRequestFactoryFacetsTest.THREE_FACETS;
  static final SearchSampling SAMPLING = new SearchSampling(100_000, 20_000);

  @Test
  void aCountIsSampledOnlyOverMoreArticlesThanTheThreshold() {
    assertEquals(1.0, SAMPLING.probability(100_000));
    assertEquals(0.1, SAMPLING.probability(200_000), 1e-12);
    assertEquals(0.02, SAMPLING.probability(1_000_000), 1e-12);
    // Elasticsearch's random_sampler refuses more than 0.5 (below 1).
    assertEquals(0.5, new SearchSampling(10, 1_000).probability(11));
    assertEquals(1.0, SearchSampling.off().probability(50_000_000));
    assertFalse(SAMPLING.couldSample(100_000));
    assertTrue(SAMPLING.couldSample(100_001));
    assertFalse(SearchSampling.off().couldSample(Long.MAX_VALUE));
  }

  @Test
  void settingsAreReadFromTheEnvironmentAndABadValueNamesItsVariable() {
    assertEquals(SearchSampling.defaults(), SearchSampling.from(new Settings(Map.of())));
    assertEquals(new SearchSampling(500_000, 5_000), SearchSampling.from(new Settings(
        Map.of("FACETWIRE_SAMPLE_ABOVE", "500_000", "FACETWIRE_SAMPLE_SIZE", "5000"))));
    assertFalse(SearchSampling.from(new Settings(Map.of("FACETWIRE_SAMPLE_ABOVE", "0"))).enabled());
    var e = assertThrows(InvalidSetting.class,
        () -> SearchSampling.from(new Settings(Map.of("FACETWIRE_SAMPLE_SIZE", "lots"))));
    assertTrue(e.getMessage().contains("FACETWIRE_SAMPLE_SIZE"), e.getMessage());
    assertThrows(InvalidSetting.class,
        () -> SearchSampling.from(new Settings(Map.of("FACETWIRE_SAMPLE_ABOVE", "-1"))));
    assertEquals(SearchSampling.defaults(), FacetwireConfig.fromEnvironment(Map.of()).sampling());
  }

  @Test
  void eachCountGetsTheProbabilityOfTheArticlesItWalks() {
    SearchState state = SearchState.parse("q=oil&country=Russia", FACETS);
    // The hits request counted the country facet's own set (without its own selection): 400,000.
    AnswerAggregate countrySet = new AnswerAggregate("filter", 400_000, null, List.of(), Map.of());
    SamplePlan plan = SamplePlan.from(state, Map.of("matches_country", countrySet), 3_000, SAMPLING);
    assertEquals(0.05, plan.probability("facet_country"), 1e-12);
    // Person and topic are counted over the hits' own 3,000 articles, as is the histogram: exact.
    assertEquals(1.0, plan.probability("facet_person"));
    assertEquals(1.0, plan.probability("facet_topic"));
    assertEquals(1.0, plan.probability("dates"));
    assertTrue(plan.samplesAny());
    assertFalse(SamplePlan.from(state, Map.of(), 3_000, SAMPLING).samplesAny());
  }

  @Test
  void theHitsRequestCountsTheSetsThatDifferFromTheHitsAndHasNoFacetCounts() throws Exception {
    SearchState state = SearchState.parse("q=oil&country=Russia&country=Syria", FACETS);
    JsonNode hits = json(new SearchRequestFactory("articles").buildHits(state, true));
    JsonNode aggregations = hits.path("aggregations");
    assertEquals(tree("""
        {"filter": {"match_all": {}}}"""), aggregations.path("matches_country"));
    // Person and topic are counted over the hits themselves: their total says how many.
    assertFalse(aggregations.has("matches_person"));
    assertFalse(aggregations.has("facet_country"));
    assertFalse(aggregations.has("dates"));
    assertTrue(aggregations.has("stories"), "the story total is never sampled");
    assertTrue(hits.path("track_total_hits").asBoolean());
    assertTrue(hits.has("collapse"));
    assertTrue(hits.has("highlight"));
  }

  @Test
  void theCountsRequestWrapsEachSampledCountInARandomSamplerAndKeepsTheOthersExact() throws Exception {
    SearchState state = SearchState.parse("q=oil&country=Russia", FACETS);
    SamplePlan plan = new SamplePlan(Map.of("facet_country", 0.05, "dates", 0.25));
    JsonNode counts = json(new SearchRequestFactory("articles").buildCounts(state, Set.of(),
        SearchRequestFactoryRequestTest.A_YEAR, true, plan));
    assertEquals(0, counts.path("size").asInt());
    assertFalse(counts.path("track_total_hits").asBoolean(true));
    assertFalse(counts.has("highlight") || counts.has("sort") || counts.has("collapse") || counts.has("post_filter"));
    JsonNode aggregations = counts.path("aggregations");
    // Sampled: counted and ordered by articles (a sample cannot count distinct stories).
    assertEquals(tree("""
        {"random_sampler": {"probability": 0.05, "seed": 15},
         "aggregations": {"facet_country": {
           "filter": {"match_all": {}},
           "aggregations": {
             "values": {"terms": {"field": "countries", "size": 10}},
             "selected": {"filters": {"filters": {"Russia": {"term": {"countries.lower": {"value": "russia"}}}}}}}}}}"""),
        aggregations.path("sampled_facet_country"));
    assertFalse(aggregations.has("facet_country"));
    assertEquals(0.25, aggregations.path("sampled_dates").path("random_sampler").path("probability").asDouble());
    assertTrue(aggregations.path("sampled_dates").path("aggregations").has("dates"));
    // A sampled chart spans the search's (or the index's) dates: a sparse period may be missing from the sample.
    // Elasticsearch answers the non-empty periods only (session 16); the span goes to the bars' filling instead.
    SamplePlan spanned = plan.withDateSpan(java.time.LocalDate.of(2017, 1, 1), java.time.LocalDate.of(2017, 12, 31));
    assertEquals(java.time.LocalDate.of(2017, 1, 1), spanned.datesFrom());
    assertEquals(java.time.LocalDate.of(2017, 12, 31), spanned.datesTo());
    assertEquals(1, aggregations.at("/sampled_dates/aggregations/dates/aggregations/histogram/date_histogram/min_doc_count")
        .asInt());
    assertFalse(aggregations.at("/sampled_dates/aggregations/dates/aggregations/histogram/date_histogram")
        .has("extended_bounds"));
    // Exact: as on a page without sampling, ordered by stories.
    JsonNode person = aggregations.path("facet_person");
    assertEquals("stories", person.at("/aggregations/values/terms/order/0").fieldNames().next());
    assertEquals(tree("""
        {"bool": {"filter": [{"terms": {"countries.lower": ["russia"]}}]}}"""), person.path("filter"));
  }

  @Test
  void anExactPlanGivesThePageAsWithoutSampling() throws Exception {
    SearchState state = SearchState.parse("q=oil&person=Vladimir+Putin", FACETS);
    SearchRequestFactory factory = new SearchRequestFactory("articles");
    assertEquals(json(factory.build(state, Set.of(), SearchRequestFactoryRequestTest.A_YEAR, true)),
        json(factory.build(state, Set.of(), SearchRequestFactoryRequestTest.A_YEAR, true, SamplePlan.EXACT)));
    JsonNode sampledBody = json(factory.build(state, Set.of(), SearchRequestFactoryRequestTest.A_YEAR, true,
        new SamplePlan(Map.of("facet_person", 0.1))));
    // The body the benchmark replays raw: hits and counts in one, the sampled count in its sampler.
    assertTrue(sampledBody.path("aggregations").has("sampled_facet_person"));
    assertTrue(sampledBody.path("aggregations").has("facet_country"));
    assertTrue(sampledBody.has("highlight") && sampledBody.has("collapse"));
  }

  @Test
  void estimatesAreScaledToStoriesAndKeepThreeSignificantDigits() {
    assertEquals(987, SampledCounts.round(987));
    assertEquals(12_300, SampledCounts.round(12_345));
    assertEquals(100_000, SampledCounts.round(99_951));
    assertEquals(1_000, SampledCounts.round(1_000));
    List<SearchResult.FacetValue> values = SampledCounts.estimated(List.of(
        new SearchResult.FacetValue("Russia", 20_000, true), new SearchResult.FacetValue("China", 1_234, false)), 0.75);
    assertEquals(List.of(new SearchResult.FacetValue("Russia", 15_000, true),
        new SearchResult.FacetValue("China", 926, false)), values);
  }

  private static JsonNode json(SearchRequest request) throws Exception {
    return Json.mapper().readTree(JsonpUtils.toJsonString(request, new JacksonJsonpMapper(Json.mapper())));
  }

  private static JsonNode tree(String json) throws Exception {
    return Json.mapper().readTree(json);
  }
}
