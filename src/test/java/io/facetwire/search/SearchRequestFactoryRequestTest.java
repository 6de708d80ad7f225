package io.facetwire.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.databind.JsonNode;
import io.facetwire.Json;
import io.facetwire.facet.FacetCatalog;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The parts of a results page's request other than facets, against expected request JSON and without
 * a server (as Elastic Search UI tests its query builder): the user's words as a value of
 * {@code simple_query_string}, the date range, sort with its tie-breakers, paging, highlight, the
 * date histogram, "did you mean" and the time budget. The facet part: {@link SearchRequestFactoryFacetsTest}.
 */
class SearchRequestFactoryRequestTest {

  static final FacetCatalog FACETS = SearchRequestFactoryFacetsTest.THREE_FACETS;
  /** A year of articles is drawn in weeks (HistogramInterval). */
  static final HistogramInterval A_YEAR =
      HistogramInterval.forSpan(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31));

  @Test
  void wordsDatesSortPagingAndTimeBudget() throws Exception {
    SearchState state = SearchState.parse("q=putin+sanctions&from=2017-01-01&to=2017-06-30&sort=newest&page=3&size=20",
        FACETS);
    JsonNode request = json(new SearchRequestFactory("articles", FacetCombination.allOr(), Duration.ofSeconds(5))
        .build(state, Set.of(), A_YEAR));

    assertEquals(tree(EXPECTED_QUERY), request.path("query"));
    assertEquals(tree("""
        [{"published_at": {"order": "desc"}}, {"id": {"order": "asc"}}]"""), request.path("sort"));
    assertEquals(40, request.path("from").asInt());
    assertEquals(20, request.path("size").asInt());
    assertEquals(true, request.path("track_total_hits").asBoolean());
    assertEquals("5000ms", request.path("timeout").asText());
    assertEquals(tree(EXPECTED_HIGHLIGHT), request.path("highlight"));
    assertEquals(tree("""
        {"filter": {"match_all": {}},
         "aggregations": {"histogram": {"date_histogram": {"field": "published_at", "calendar_interval": "week",
                                                           "min_doc_count": 1, "format": "yyyy-MM-dd"}}}}"""),
        request.path("aggregations").path("dates"));
    assertEquals(tree("""
        {"text": "putin sanctions",
         "spelling": {"term": {"field": "body.folded", "suggest_mode": "missing", "size": 1, "min_word_length": 4}}}"""),
        request.path("suggest"));
    // No facet selected: nothing filters the hits after the counts.
    assertFalse(request.has("post_filter"));
  }

  @Test
  void noWordsIsEveryArticleByRelevanceThenDateThenId() throws Exception {
    JsonNode request = json(new SearchRequestFactory("articles").build(SearchState.empty(FACETS), Set.of(), A_YEAR));
    assertEquals(tree("""
        {"match_all": {}}"""), request.path("query"));
    assertEquals(tree("""
        [{"_score": {"order": "desc"}}, {"published_at": {"order": "desc"}}, {"id": {"order": "asc"}}]"""),
        request.path("sort"));
    assertEquals(0, request.path("from").asInt());
    assertEquals(SearchState.DEFAULT_SIZE, request.path("size").asInt());
    assertFalse(request.has("suggest"));
    assertFalse(request.has("timeout"));
  }

  @Test
  void operatorsAndQuotesStayInsideTheQueryValue() throws Exception {
    String typed = "\"climate deal\" -coal {\"match_all\":{}} OR (x";
    SearchState state = SearchState.parse("q=" + java.net.URLEncoder.encode(typed, java.nio.charset.StandardCharsets.UTF_8)
        + "&sort=oldest&to=2017-02-28", FACETS);
    JsonNode request = json(new SearchRequestFactory("articles").build(state, Set.of(), A_YEAR));
    JsonNode text = request.path("query").path("bool").path("must").get(0).path("simple_query_string");
    // The typed text is one string value; nothing of it became JSON structure.
    assertEquals(QuerySyntax.toSimpleQueryString(typed), text.path("query").asText());
    assertEquals(tree("""
        [{"range": {"published_at": {"lt": "2017-03-01", "format": "yyyy-MM-dd"}}}]"""),
        request.path("query").path("bool").path("filter"));
    assertEquals(tree("""
        [{"published_at": {"order": "asc"}}, {"id": {"order": "asc"}}]"""), request.path("sort"));
  }

  static final String EXPECTED_QUERY = """
      {"bool": {
         "filter": [{"range": {"published_at": {"gte": "2017-01-01", "lt": "2017-07-01", "format": "yyyy-MM-dd"}}}],
         "must": [{"simple_query_string": {
            "query": "putin sanctions",
            "fields": ["title^3", "title.folded^2", "body", "body.folded^0.5", "localized.*"],
            "default_operator": "and",
            "flags": "AND|OR|NOT|PHRASE|PRECEDENCE|PREFIX|WHITESPACE|ESCAPE",
            "lenient": true}}],
         "must_not": []}}""";

  static final String EXPECTED_HIGHLIGHT = """
      {"pre_tags": ["\\uE000"], "post_tags": ["\\uE001"], "encoder": "default",
       "fields": {"body": {"fragment_size": 180, "number_of_fragments": 2, "no_match_size": 240},
                  "title": {"number_of_fragments": 0}}}""";

  private static JsonNode json(SearchRequest request) throws Exception {
    return Json.mapper().readTree(JsonpUtils.toJsonString(request, new JacksonJsonpMapper(Json.mapper())));
  }

  private static JsonNode tree(String json) throws Exception {
    return Json.mapper().readTree(json);
  }
}
