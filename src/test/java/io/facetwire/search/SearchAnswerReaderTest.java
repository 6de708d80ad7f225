package io.facetwire.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.json.JsonpDeserializer;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.facetwire.Json;
import io.facetwire.facet.Facet;
import io.facetwire.facet.FacetCatalog;
import io.facetwire.search.answer.AnswerAggregate;
import io.facetwire.search.answer.SearchAnswer;
import io.facetwire.search.answer.SearchAnswerReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The streaming reader of search responses, without a server, on answers recorded from the embedded node
 * ({@code src/test/resources/search-answers}: a sampled page's two requests, a narrow search with story
 * versions, a misspelling, an empty result, titles with markup and a selected facet value) and one
 * written by hand with missing, null and odd fields. Hits must read exactly as the client's typed response
 * read them before; every aggregation bucket for bucket as the JSON tree has it.
 */
class SearchAnswerReaderTest {

  static final FacetCatalog FACETS = FacetCatalog.standard();
  static final List<String> RECORDED = List.of("sampled-1", "sampled-2", "narrow-1", "narrow-2", "spelling", "empty",
      "markup");

  @Test
  void hitsAndTotalsReadAsTheClientsTypedResponseReadThem() throws IOException {
    int hits = 0;
    for (String name : RECORDED) {
      SearchAnswer streamed = streamed(name);
      SearchResponse<ObjectNode> typed = typed(name);
      assertEquals(typed.took(), streamed.took(), name);
      assertEquals(typed.timedOut(), streamed.timedOut(), name);
      assertEquals(typed.hits().total() == null ? null : typed.hits().total().value(), streamed.total(), name);
      assertEquals(typed.hits().hits().size(), streamed.hits().size(), name);
      for (int i = 0; i < streamed.hits().size(); i++) {
        assertEquals(HitReader.read(typed.hits().hits().get(i), FACETS), HitReader.read(streamed.hits().get(i), FACETS),
            name + " hit " + i);
        hits++;
      }
    }
    assertTrue(hits >= 25, "the recordings hold hits: " + hits);
    // Each story of the recording has one version (inner hits read, nothing else to list); missing-fields has more.
    var inner = streamed("narrow-1").hits().get(0).innerHits().get(StoryCounts.VERSIONS);
    assertEquals(1L, inner.total());
    assertEquals(1, inner.hits().size());
  }

  @Test
  void everyAggregationIsReadBucketForBucket() throws IOException {
    for (String name : RECORDED) {
      JsonNode tree = Json.mapper().readTree(resource(name)).path("aggregations");
      assertSame(tree, streamed(name).aggregations(), name);
    }
  }

  @Test
  void sampledCountsAreReadFromInsideTheirSamplers() throws IOException {
    SearchAnswer counts = streamed("sampled-2");
    Map<String, AnswerAggregate> unwrapped = SamplePlan.unwrap(counts.aggregations());
    assertTrue(unwrapped.keySet().stream().noneMatch(n -> n.startsWith(SamplePlan.SAMPLED_PREFIX)),
        unwrapped.keySet()::toString);
    assertTrue(unwrapped.containsKey(SearchRequestFactory.DATES));
    List<SearchResult.FacetValue> countries = ResponseParts.facet(SearchState.empty(FACETS), Facet.COUNTRY,
        unwrapped.get(SearchRequestFactory.FACET_AGG_PREFIX + Facet.COUNTRY.param()));
    JsonNode buckets = Json.mapper().readTree(resource("sampled-2")).path("aggregations")
        .path("random_sampler#sampled_facet_country").path("filter#facet_country").path("sterms#values").path("buckets");
    assertEquals(buckets.size(), countries.size());
    assertEquals(buckets.get(0).path("key").asText(), countries.get(0).value());
    assertEquals(buckets.get(0).path("doc_count").asLong(), countries.get(0).count());
    List<SearchResult.DateBucket> dates = ResponseParts.dates(unwrapped.get(SearchRequestFactory.DATES),
        HistogramInterval.forSpan(java.time.LocalDate.of(1987, 1, 1), java.time.LocalDate.of(2021, 12, 31)), null, null);
    assertFalse(dates.isEmpty());
    for (int i = 1; i < dates.size(); i++) {
      assertTrue(dates.get(i - 1).start().isBefore(dates.get(i).start()), "bars in date order");
    }
    // The hits request counts the sets the plan is made from.
    SearchAnswer hits = streamed("sampled-1");
    SamplePlan plan = SamplePlan.from(SearchState.empty(FACETS), hits.aggregations(), hits.total(),
        new SearchSampling(150, 10_000));
    assertEquals(0.5, plan.probability(SearchRequestFactory.DATES));
    assertTrue(StoryCounts.total(hits.aggregations()) > 0);
  }

  @Test
  void aMisspelledWordGetsTheClosestIndexedWord() throws IOException {
    SearchAnswer answer = streamed("spelling");
    assertEquals("sanctions oil",
        ResponseParts.didYouMean("sanctoins oil", answer.suggestions().get(SearchRequestFactory.SPELLING)));
    assertEquals(0L, answer.total());
    assertTrue(answer.hits().isEmpty());
  }

  @Test
  void anEmptyResultHasNoHitsValuesOrBars() throws IOException {
    SearchAnswer answer = streamed("empty");
    assertEquals(0L, answer.total());
    assertTrue(answer.totalIsExact());
    assertTrue(answer.hits().isEmpty());
    assertEquals(0, StoryCounts.total(answer.aggregations()));
    for (Facet facet : FACETS.all()) {
      assertTrue(ResponseParts.facet(SearchState.empty(FACETS), facet,
          answer.aggregations().get(SearchRequestFactory.FACET_AGG_PREFIX + facet.param())).isEmpty(), facet.param());
    }
    assertTrue(ResponseParts.dates(answer.aggregations().get(SearchRequestFactory.DATES),
        HistogramInterval.forSpan(java.time.LocalDate.of(2020, 1, 1), java.time.LocalDate.of(2020, 12, 31)), null, null).isEmpty());
    assertNull(ResponseParts.didYouMean("zzqxqzzy", answer.suggestions().get(SearchRequestFactory.SPELLING)));
  }

  @Test
  void markupInHighlightsIsEscapedAroundTheMarks() throws IOException {
    SearchAnswer answer = streamed("markup");
    SearchResult.Hit ferro = answer.hits().stream().map(h -> HitReader.read(h, FACETS))
        .filter(h -> h.title().contains("<FOE>")).findFirst().orElseThrow();
    assertEquals("FERRO <mark>CORP</mark> &lt;FOE&gt; SETS JOINT VENTURE", ferro.titleSnippet().html());
    assertTrue(answer.hits().stream().map(h -> HitReader.read(h, FACETS).snippet().html())
        .anyMatch(s -> s.contains("&lt;") && s.contains("<mark>")), "a body fragment with a <Company> name");
    // The selected value first, with the count of its own bucket.
    SearchState state = SearchState.parse("q=corp&country=United%20States", FACETS);
    List<SearchResult.FacetValue> countries = ResponseParts.facet(state, Facet.COUNTRY,
        answer.aggregations().get(SearchRequestFactory.FACET_AGG_PREFIX + Facet.COUNTRY.param()));
    assertEquals("United States", countries.get(0).value());
    assertTrue(countries.get(0).selected());
    long selectedCount = Json.mapper().readTree(resource("markup")).path("aggregations").path("filter#facet_country")
        .path("filters#selected").path("buckets").path("United States").path("cardinality#stories").path("value")
        .asLong(-1);
    assertTrue(selectedCount > 0);
    assertEquals(selectedCount, countries.get(0).count());
  }

  @Test
  void missingNullAndOddFieldsReadAsNothing() throws IOException {
    SearchAnswer answer = streamed("missing-fields");
    assertEquals(3, answer.took());
    assertTrue(answer.timedOut());
    assertEquals(10_000L, answer.total());
    assertFalse(answer.totalIsExact(), "gte: a lower bound");
    SearchResult.Hit bare = HitReader.read(answer.hits().get(0), FACETS);
    assertEquals("A title only", bare.title());
    assertNull(bare.url());
    assertNull(bare.publishedAt());
    assertEquals("", bare.snippet().text());
    assertEquals(List.of("Chile"), bare.facets().values(Facet.COUNTRY), "null and objects in a list are skipped");
    assertEquals(List.of(), bare.facets().values(Facet.PERSON));
    assertEquals("bare", bare.storyId(), "no story: its own");
    SearchResult.Hit nothing = HitReader.read(answer.hits().get(1), FACETS);
    assertEquals("nosource", nothing.id());
    assertEquals("", nothing.title());
    SearchResult.Hit story = HitReader.read(answer.hits().get(2), FACETS);
    assertEquals("A body with spaces", story.snippet().text());
    assertEquals(Instant.parse("2020-01-02T03:04:05Z"), story.publishedAt());
    assertEquals("s1", story.storyId());
    assertEquals(List.of("v2"), story.versions().stream().map(SearchResult.Version::id).toList(),
        "itself and a version without source left out");
    assertEquals("https://example.org/v2", story.versions().get(0).url());
    assertEquals(2, story.otherVersions());
    assertEquals(-1, StoryCounts.total(Map.of()));
    assertEquals(-1, StoryCounts.total(answer.aggregations()), "a null cardinality: no story total (articles shown)");
    assertEquals(2.5, answer.aggregations().get("unknown").value());
    assertFalse(answer.aggregations().containsKey("untyped"), "only typed keys are aggregations");
    assertEquals(List.of("spelling"), List.copyOf(answer.suggestions().keySet()), "other suggester types skipped");
  }

  @Test
  void aTruncatedAnswerIsAnErrorNotAPartialResult() throws IOException {
    byte[] whole = resource("markup");
    byte[] cut = java.util.Arrays.copyOf(whole, whole.length / 2);
    assertThrows(IOException.class, () -> SearchAnswerReader.read(Json.mapper().getFactory().createParser(cut)));
    assertThrows(IOException.class, () -> SearchAnswerReader.read(Json.mapper().getFactory().createParser("[1]")));
  }

  private static void assertSame(JsonNode tree, Map<String, AnswerAggregate> read, String where) {
    int aggregations = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = tree.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      int hash = e.getKey().indexOf('#');
      if (hash < 0 || !e.getValue().isObject()) {
        continue;
      }
      aggregations++;
      String name = e.getKey().substring(hash + 1);
      String at = where + "/" + name;
      JsonNode agg = e.getValue();
      AnswerAggregate a = read.get(name);
      assertNotNull(a, at);
      assertEquals(e.getKey().substring(0, hash), a.type(), at);
      assertEquals(agg.path("doc_count").asLong(-1), a.docCount(), at);
      assertEquals(agg.path("value").isNumber() ? agg.path("value").asDouble() : null, a.value(), at);
      JsonNode buckets = agg.path("buckets");
      assertEquals(buckets.size(), a.buckets().size(), at);
      int i = 0;
      for (Iterator<Map.Entry<String, JsonNode>> b = buckets.fields(); b.hasNext(); i++) {
        Map.Entry<String, JsonNode> keyed = b.next();
        assertBucket(keyed.getKey(), keyed.getValue(), a.buckets().get(i), at);
      }
      for (JsonNode bucket : buckets.isArray() ? buckets : Json.mapper().createArrayNode()) {
        assertBucket(bucket.path("key").asText(), bucket, a.buckets().get(i++), at);
      }
      assertSame(agg, a.sub(), at);
    }
    assertEquals(aggregations, read.size(), where + ": " + read.keySet());
  }

  private static void assertBucket(String key, JsonNode bucket, AnswerAggregate.Bucket read, String at) {
    assertEquals(key, read.key(), at);
    assertEquals(bucket.path("doc_count").asLong(), read.docCount(), at + "/" + key);
    assertSame(bucket, read.sub(), at + "/" + key);
  }

  private static SearchAnswer streamed(String name) throws IOException {
    return SearchAnswerReader.read(Json.mapper().getFactory().createParser(resource(name)));
  }

  private static SearchResponse<ObjectNode> typed(String name) throws IOException {
    JacksonJsonpMapper mapper = new JacksonJsonpMapper(Json.mapper());
    try (InputStream in = new ByteArrayInputStream(resource(name));
        jakarta.json.stream.JsonParser parser = mapper.jsonProvider().createParser(in)) {
      JsonpDeserializer<ObjectNode> sources = JsonpDeserializer.of(ObjectNode.class);
      return SearchResponse.createSearchResponseDeserializer(sources).deserialize(parser, mapper);
    }
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = SearchAnswerReaderTest.class.getResourceAsStream("/search-answers/" + name + ".json")) {
      return in.readAllBytes();
    }
  }
}
