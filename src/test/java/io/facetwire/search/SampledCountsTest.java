package io.facetwire.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.facetwire.Json;
import io.facetwire.facet.Facet;
import io.facetwire.support.Http;
import io.facetwire.support.ServerExtension;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Sampled counts on the real node: a server whose threshold is low enough that the fixtures are "very
 * many" articles, compared with an exact search of the same index. The hits and the total stay exact;
 * counts over more articles than the threshold are estimates, said so in the page and the API; a
 * narrow search and a facet narrowed by another's selection stay exact.
 */
class SampledCountsTest {

  /** Above 150 matching articles a count is sampled, at probability 0.5 (the most random_sampler takes). */
  static final SearchSampling LOW = new SearchSampling(150, 10_000);

  @RegisterExtension
  static final ServerExtension server = ServerExtension.with(config -> config.withSampling(LOW))
      .fixtures(FacetCountsTest.FIXTURES);
  static SearchService exact;

  @BeforeAll
  static void load() {
    exact = new SearchService(server.facetwire().engine().client(), server.facetwire().names().articles(),
        FacetCombination.allOr(), null, SearchSampling.off());
  }

  @Test
  void aBroadSearchEstimatesItsCountsButNotItsHitsOrTotal() {
    SearchState state = SearchState.empty(server.facetwire().facets());
    SearchResult sampled = server.facetwire().search().search(state, Set.of());
    SearchResult counted = exact.search(state, Set.of());
    assertTrue(counted.articles() > LOW.above(), "the fixtures must be more than the threshold");
    assertTrue(sampled.countsEstimated());
    assertFalse(counted.countsEstimated());
    assertEquals(counted.total(), sampled.total());
    assertEquals(counted.articles(), sampled.articles());
    assertEquals(counted.totalIsExact(), sampled.totalIsExact());
    assertEquals(ids(counted), ids(sampled));
    assertEquals(counted.dates().stream().map(SearchResult.DateBucket::start).toList(),
        sampled.dates().stream().map(SearchResult.DateBucket::start).toList());
    // Half the articles, scaled back by two: for a value on n articles the estimate is 2·Binomial(n, 0.5),
    // whose standard deviation is √n. Within four of them (a false alarm about once in 16,000 values: the
    // sample follows the segments' layout, which a loaded run changes, so a fixed seed does not fix it). A
    // tolerance of a third of the count is only √n/3 deviations: about two for a value on a few dozen articles.
    List<SearchResult.FacetValue> commonest = counted.facet(Facet.COUNTRY).subList(0, 3);
    assertTrue(commonest.get(0).count() > 64, "an estimate left unscaled (n/2 off) must fall outside 4·√n");
    for (SearchResult.FacetValue real : commonest) {
      long estimate = sampled.facet(Facet.COUNTRY).stream().filter(v -> v.value().equals(real.value()))
          .mapToLong(SearchResult.FacetValue::count).findFirst().orElse(0);
      assertTrue(Math.abs(estimate - real.count()) <= 4 * Math.sqrt(real.count()),
          real.value() + ": estimated " + estimate + ", counted " + real.count());
    }
  }

  @Test
  void aNarrowSearchCountsExactly() {
    SearchState state = SearchState.parse("q=putin", server.facetwire().facets());
    SearchResult sampled = server.facetwire().search().search(state, Set.of());
    SearchResult counted = exact.search(state, Set.of());
    assertTrue(counted.articles() > 0 && counted.articles() <= LOW.above(), "matches: " + counted.articles());
    assertFalse(sampled.countsEstimated());
    assertEquals(counted.facets(), sampled.facets());
    assertEquals(counted.dates(), sampled.dates());
    assertEquals(ids(counted), ids(sampled));
  }

  @Test
  void aFacetNarrowedByAnotherFacetsSelectionStaysExact() {
    // A country of the top ten with a few dozen articles, not the commonest (that one is above the threshold).
    String country = exact.search(SearchState.empty(server.facetwire().facets()), Set.of())
        .facet(Facet.COUNTRY).stream().filter(v -> v.count() >= 10 && v.count() <= LOW.above() / 2)
        .findFirst().orElseThrow().value();
    SearchState state = SearchState.fromQuery(java.util.Map.of("country", List.of(country)),
        server.facetwire().facets());
    SearchResult sampled = server.facetwire().search().search(state, Set.of());
    SearchResult counted = exact.search(state, Set.of());
    assertTrue(counted.articles() <= LOW.above(), country + " must narrow below the threshold");
    // The country list is counted without its own selection (all articles): sampled. Persons and
    // topics are counted within the selected country: exact.
    assertTrue(sampled.countsEstimated());
    assertEquals(counted.facet(Facet.PERSON), sampled.facet(Facet.PERSON));
    assertEquals(counted.facet(Facet.TOPIC), sampled.facet(Facet.TOPIC));
    assertEquals(counted.total(), sampled.total());
    assertEquals(ids(counted), ids(sampled));
  }

  @Test
  void thePageAndTheApiSayWhichCountsAreEstimates() throws Exception {
    JsonNode broad = Json.mapper().readTree(server.http().get("/api/search").body());
    assertTrue(broad.path("counts_are_estimates").asBoolean());
    assertEquals(exact.search(SearchState.empty(server.facetwire().facets()), Set.of()).total(),
        broad.path("total").asLong());
    assertTrue(broad.path("notes").toString().contains("estimated from a random sample"), broad.path("notes").toString());

    JsonNode narrow = Json.mapper().readTree(server.http().get("/api/search?q=putin").body());
    assertFalse(narrow.path("counts_are_estimates").asBoolean(true));

    Http.Response page = server.http().get("/search");
    assertEquals(200, page.status());
    assertTrue(page.body().contains("<span class=\"count\">about "), "facet counts marked as estimates");
    assertTrue(page.body().contains("estimated from a random sample"));
    assertTrue(page.body().contains("Matching articles over time, about as many as shown"), "the chart says so too");
    Http.Response narrowPage = server.http().get("/search?q=putin");
    assertFalse(narrowPage.body().contains("<span class=\"count\">about "));
  }

  private static List<String> ids(SearchResult result) {
    return result.hits().stream().map(SearchResult.Hit::id).toList();
  }
}
