package io.facetwire.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.databind.JsonNode;
import io.facetwire.Json;
import io.facetwire.facet.Facet;
import io.facetwire.facet.FacetCatalog;
import java.util.List;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The facet part of the search request against expected JSON, without a server (as Elastic Search
 * UI tests its query builder): filters in post_filter, one filtered aggregation per facet of the
 * catalog, exclusions in the main query. A catalog with one facet more gets that facet's filter and
 * aggregation with nothing else changed.
 */
class SearchRequestFactoryFacetsTest {

  /**
   * The three facets these golden expectations were written for (before organization and source):
   * the request and stored shapes of those facets must not change; the new facets are tested over HTTP
   * in EntityNamesAndNewFacetsTest.
   */
  static final FacetCatalog THREE_FACETS = new FacetCatalog(List.of(Facet.COUNTRY, Facet.PERSON, Facet.TOPIC));


  static final Facet COLOUR = new Facet("colour", "colours", "Colour", "Colours");
  static final HistogramInterval MONTHS = HistogramInterval.forSpan(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31));

  @Test
  void filtersCountsAndExclusionsOfTheStandardFacets() throws Exception {
    FacetCatalog facets = THREE_FACETS;
    SearchState state = SearchState.parse(
        "country=Russia&country=Syria&person=Vladimir+Putin&not_topic=sanctions", facets);
    SearchRequestFactory factory = new SearchRequestFactory("articles", FacetCombination.parse("person", facets));
    JsonNode request = json(factory.build(state, Set.of(Facet.TOPIC), MONTHS));

    assertEquals(tree("""
        {"bool": {"filter": [], "must": [{"match_all": {}}],
                  "must_not": [{"terms": {"topics.lower": ["sanctions"]}}]}}"""), request.path("query"));
    // OR within country (one terms filter), AND within person (one filter per value).
    assertEquals(tree("""
        {"bool": {"filter": [{"terms": {"countries.lower": ["russia", "syria"]}},
                             {"terms": {"persons.lower": ["vladimir putin"]}}]}}"""), request.path("post_filter"));
    assertEquals(tree("""
        {"filter": {"bool": {"filter": [{"terms": {"persons.lower": ["vladimir putin"]}}]}},
         "aggregations": {
           "values": {"terms": {"field": "countries", "size": 10}},
           "selected": {"filters": {"filters": {
             "Russia": {"term": {"countries.lower": {"value": "russia"}}},
             "Syria": {"term": {"countries.lower": {"value": "syria"}}}}}}}}"""),
        request.path("aggregations").path("facet_country"));
    // An AND facet is counted within its own selection too.
    assertEquals(tree("""
        {"filter": {"bool": {"filter": [{"terms": {"countries.lower": ["russia", "syria"]}},
                                        {"terms": {"persons.lower": ["vladimir putin"]}}]}},
         "aggregations": {
           "values": {"terms": {"field": "persons", "size": 10}},
           "selected": {"filters": {"filters": {
             "Vladimir Putin": {"term": {"persons.lower": {"value": "vladimir putin"}}}}}}}}"""),
        request.path("aggregations").path("facet_person"));
    // Expanded: many values; nothing selected, so no "selected" part.
    assertEquals(tree("""
        {"filter": {"bool": {"filter": [{"terms": {"countries.lower": ["russia", "syria"]}},
                                        {"terms": {"persons.lower": ["vladimir putin"]}}]}},
         "aggregations": {"values": {"terms": {"field": "topics", "size": 200}}}}"""),
        request.path("aggregations").path("facet_topic"));
    assertEquals(tree("""
        ["id", "title", "url", "source", "published_at", "ingested_at", "story_id", "languages", "countries", "persons", "topics"]"""),
        request.path("_source").path("includes"));
  }

  @Test
  void aFacetAddedToTheCatalogGetsItsFilterAggregationAndSourceField() throws Exception {
    FacetCatalog facets = THREE_FACETS.with(COLOUR);
    SearchState state = SearchState.fromQuery(QueryString.parse("colour=Red&not_colour=Blue").toMap(), facets);
    JsonNode request = json(new SearchRequestFactory("articles", FacetCombination.allOr())
        .build(state, Set.of(), MONTHS));

    assertEquals(tree("""
        {"bool": {"filter": [], "must": [{"match_all": {}}],
                  "must_not": [{"terms": {"colours.lower": ["blue"]}}]}}"""),
        request.path("query"));
    assertEquals(tree("""
        {"bool": {"filter": [{"terms": {"colours.lower": ["red"]}}]}}"""), request.path("post_filter"));
    assertEquals(tree("""
        {"filter": {"match_all": {}},
         "aggregations": {
           "values": {"terms": {"field": "colours", "size": 10}},
           "selected": {"filters": {"filters": {"Red": {"term": {"colours.lower": {"value": "red"}}}}}}}}"""),
        request.path("aggregations").path("facet_colour"));
    // The other facets are counted under the colour filter.
    assertEquals(tree("""
        {"filter": {"bool": {"filter": [{"terms": {"colours.lower": ["red"]}}]}},
         "aggregations": {"values": {"terms": {"field": "countries", "size": 10}}}}"""),
        request.path("aggregations").path("facet_country"));
    JsonNode includes = request.path("_source").path("includes");
    assertEquals("colours", includes.get(includes.size() - 1).asText(), includes.toString());
  }

  @Test
  void theStateParsesAndPrintsEveryFacetOfItsCatalogAndOnlyThose() {
    String url = "not_colour=Blue&colour=Red&q=paris&country=France&colour=Green";
    FacetCatalog withColour = THREE_FACETS.with(COLOUR);
    SearchState state = SearchState.fromQuery(QueryString.parse(url).toMap(), withColour);
    // Canonical order: words, then each facet's values in catalog order, then exclusions.
    assertEquals("q=paris&country=France&colour=Red&colour=Green&not_colour=Blue", state.toQueryString());
    assertEquals(state, SearchState.fromQuery(QueryString.parse(state.toQueryString()).toMap(), withColour));
    assertEquals("q=paris&country=France&colour=Blue", SearchState.fromQuery(
        QueryString.parse("q=paris+colour:Blue&country=France").toMap(), withColour).toQueryString());
    assertEquals("Colour: Red or Green", state.withoutQuery().withoutFilter(Facet.COUNTRY, "France")
        .withoutExclusion(COLOUR, "Blue").describe());
    // A server without the facet ignores its parameter and leaves "colour:" typed words as words.
    SearchState standard = SearchState.fromQuery(QueryString.parse(url).toMap(), THREE_FACETS);
    assertEquals("q=paris&country=France", standard.toQueryString());
    assertEquals("colour:Blue", SearchState.fromQuery(QueryString.parse("q=colour:Blue").toMap(), THREE_FACETS).query());
    assertThrows(IllegalArgumentException.class, () -> standard.withFilter(COLOUR, "Red"));
  }

  @Test
  void aCatalogRefusesFacetsThatWouldCollide() {
    FacetCatalog standard = THREE_FACETS;
    assertThrows(IllegalArgumentException.class, () -> standard.with(new Facet("country", "lands", "Land", "Lands")));
    assertThrows(IllegalArgumentException.class, () -> standard.with(new Facet("land", "countries", "Land", "Lands")));
    assertThrows(IllegalArgumentException.class, () -> standard.with(new Facet("sort", "sorts", "Sort", "Sorts")));
    assertThrows(IllegalArgumentException.class, () -> standard.with(new Facet("saved", "saves", "Save", "Saves")));
    assertThrows(IllegalArgumentException.class, () -> new Facet("Not ok", "x", "X", "Xs"));
    assertEquals("country, person, topic or colour", standard.with(COLOUR).describeParams());
  }

  private static JsonNode json(SearchRequest request) throws Exception {
    return Json.mapper().readTree(JsonpUtils.toJsonString(request, new JacksonJsonpMapper(Json.mapper())));
  }

  private static JsonNode tree(String json) throws Exception {
    return Json.mapper().readTree(json);
  }
}
