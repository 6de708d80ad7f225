package io.facetwire.search;

import io.facetwire.article.Article;
import io.facetwire.article.ArticleReaders;
import io.facetwire.article.ReadOptions;
import io.facetwire.article.RecordSink;
import io.facetwire.facet.Facet;
import io.facetwire.facet.FacetCatalog;
import io.facetwire.support.ServerExtension;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Facet counts from Elasticsearch checked against counts computed here, in plain Java, from the same
 * enriched documents: OR within a facet, AND across facets, each facet counted under the others.
 */
class FacetCountsTest {

  static final String[] FIXTURES = {"fixtures/wikinews_2019.csv", "fixtures/wikinews_2020.csv",
      "fixtures/reut2-000.sgm"};

  @RegisterExtension
  static final ServerExtension server = ServerExtension.standard().fixtures(FIXTURES);
  static Map<String, Article> docs = new LinkedHashMap<>();
  /** Each article's story as the server gave it: results and counts are stories (the Reuters file repeats some). */
  static Map<String, String> storyOf = new HashMap<>();

  @BeforeAll
  static void load() throws Exception {
    // The same files, enriched by the same pipeline step, kept in memory as the independent truth.
    for (String fixture : FIXTURES) {
      try (InputStream in = FacetCountsTest.class.getClassLoader().getResourceAsStream(fixture)) {
        ArticleReaders.forFile(fixture).read(in, fixture, ReadOptions.NONE, RecordSink.skippingRejects(article -> {
          Article enriched = server.facetwire().importer().enrich(article);
          docs.put(enriched.id(), enriched);
        }));
      }
    }
    var stored = server.facetwire().engine().client().search(q -> q.index(server.facetwire().names().articles())
        .size(10_000).source(src -> src.filter(f -> f.includes("id", "story_id"))),
        com.fasterxml.jackson.databind.node.ObjectNode.class);
    stored.hits().hits().forEach(h -> storyOf.put(h.id(), h.source().path("story_id").asText(h.id())));
  }

  /** How many stories the articles make. */
  static long stories(java.util.Collection<Article> articles) {
    return articles.stream().map(a -> storyOf.getOrDefault(a.id(), a.id())).distinct().count();
  }

  @Test
  void noFilters() {
    check(state(Map.of(), null, null));
  }

  @Test
  void severalValuesOfOneFacetCombineWithOr() {
    SearchResult r = check(state(Map.of(Facet.COUNTRY, List.of("Russia", "United States")), null, null));
    SearchResult russia = check(state(Map.of(Facet.COUNTRY, List.of("Russia")), null, null));
    assertTrue(r.total() > russia.total(), "OR must widen the result");
  }

  @Test
  void differentFacetsCombineWithAnd() {
    SearchResult r = check(state(Map.of(Facet.COUNTRY, List.of("United States"),
        Facet.TOPIC, List.of("business")), null, null));
    assertTrue(r.total() > 0);
    check(state(Map.of(Facet.COUNTRY, List.of("Russia", "China"),
        Facet.PERSON, List.of("Vladimir Putin", "Donald Trump"), Facet.TOPIC, List.of("diplomacy")), null, null));
  }

  @Test
  void dateRangeNarrowsHitsAndCounts() {
    check(state(Map.of(Facet.COUNTRY, List.of("United States")), LocalDate.of(2019, 6, 1), LocalDate.of(2020, 6, 30)));
  }

  @Test
  void selectedValueWithNoMatchesStaysVisibleAtZero() {
    SearchResult r = check(state(Map.of(Facet.COUNTRY, List.of("Russia"), Facet.PERSON, List.of("Nobody Atall")),
        null, null));
    assertEquals(0, r.total());
    var person = r.facet(Facet.PERSON).get(0);
    assertEquals("Nobody Atall", person.value());
    assertEquals(0, person.count());
    assertTrue(person.selected());
  }

  @Test
  void anAndFacetNeedsAllItsValuesAndCountsWithinItsOwnSelection() {
    SearchService and = new SearchService(server.facetwire().engine().client(),
        server.facetwire().names().articles(), FacetCombination.parse("person", FacetCatalog.standard()));
    SearchState state = state(Map.of(Facet.PERSON, List.of("Donald Trump", "Joe Biden")), null, null);
    SearchResult r = and.search(state, Set.copyOf(Facet.STANDARD));
    List<Article> both = docs.values().stream()
        .filter(a -> a.values(Facet.PERSON).contains("Donald Trump") && a.values(Facet.PERSON).contains("Joe Biden")).toList();
    assertEquals(stories(both), r.total());
    assertTrue(r.total() > 0 && r.total() < check(state).total(), "AND narrows where OR widens");
    // Each person's count is what adding that person to the AND would give.
    for (SearchResult.FacetValue v : r.facet(Facet.PERSON)) {
      long expected = stories(both.stream().filter(a -> a.values(Facet.PERSON).contains(v.value())).toList());
      assertEquals(expected, v.count(), v.value());
    }
  }

  @Test
  void exclusionsNarrowHitsAndEveryCount() {
    SearchState state = new SearchState(FacetCatalog.standard(), "", Map.of(Facet.TOPIC, List.of("elections")),
        Map.of(Facet.COUNTRY, List.of("United States")), null, null, Sort.NEWEST, 1, 10, List.of());
    SearchResult r = server.facetwire().search().search(state, Set.copyOf(Facet.STANDARD));
    List<Article> matching = docs.values().stream()
        .filter(a -> a.values(Facet.TOPIC).contains("elections") && !a.values(Facet.COUNTRY).contains("United States")).toList();
    assertEquals(stories(matching), r.total());
    for (SearchResult.FacetValue v : r.facet(Facet.COUNTRY)) {
      if (!v.excluded()) {
        long expected = stories(docs.values().stream().filter(a -> !a.values(Facet.COUNTRY).contains("United States")
            && a.values(Facet.TOPIC).contains("elections") && a.values(Facet.COUNTRY).contains(v.value())).toList());
        assertEquals(expected, v.count(), v.value());
      }
    }
  }

  private static SearchState state(Map<Facet, List<String>> filters, LocalDate from, LocalDate to) {
    return new SearchState(FacetCatalog.standard(), "", filters, from, to, Sort.NEWEST, 1, 10, List.of());
  }

  /** Runs the search and compares total and every facet's counts with the in-memory truth. */
  private static SearchResult check(SearchState state) {
    SearchResult result = server.facetwire().search().search(state, Set.copyOf(Facet.STANDARD));
    List<Article> matching = docs.values().stream().filter(a -> matches(a, state, null)).toList();
    assertEquals(stories(matching), result.total(), "total for " + state.describe());
    for (Facet facet : Facet.STANDARD) {
      Map<String, java.util.Set<String>> storiesOf = new HashMap<>();
      for (Article a : docs.values()) {
        if (matches(a, state, facet)) {
          for (String v : values(a, facet)) {
            storiesOf.computeIfAbsent(v, k -> new java.util.HashSet<>()).add(storyOf.getOrDefault(a.id(), a.id()));
          }
        }
      }
      Map<String, Long> expected = new HashMap<>();
      storiesOf.forEach((v, ids) -> expected.put(v, (long) ids.size()));
      List<SearchResult.FacetValue> shown = result.facet(facet);
      assertFalse(shown.isEmpty() && !expected.isEmpty(), facet + " facet missing");
      for (SearchResult.FacetValue v : shown) {
        assertEquals(expected.getOrDefault(v.value(), 0L), v.count(),
            facet + "=" + v.value() + " under " + state.describe());
      }
      // The facet lists the highest counts: nothing left out counts more than the smallest shown.
      long smallestUnselected = shown.stream().filter(v -> !v.selected()).mapToLong(SearchResult.FacetValue::count)
          .min().orElse(Long.MAX_VALUE);
      List<String> shownValues = shown.stream().map(SearchResult.FacetValue::value).toList();
      List<String> missingBigger = new ArrayList<>();
      expected.forEach((value, count) -> {
        if (!shownValues.contains(value) && count > smallestUnselected) {
          missingBigger.add(value);
        }
      });
      assertTrue(missingBigger.isEmpty(), facet + " facet left out " + missingBigger);
    }
    return result;
  }

  /** Does the article match the state, ignoring the filters of {@code except} (the facet being counted)? */
  private static boolean matches(Article a, SearchState state, Facet except) {
    if (a.publishedAt() != null) {
      LocalDate day = a.publishedAt().atOffset(ZoneOffset.UTC).toLocalDate();
      if (state.from() != null && day.isBefore(state.from())) {
        return false;
      }
      if (state.to() != null && day.isAfter(state.to())) {
        return false;
      }
    } else if (state.from() != null || state.to() != null) {
      return false;
    }
    for (Facet facet : Facet.STANDARD) {
      List<String> wanted = state.values(facet);
      if (facet == except || wanted.isEmpty()) {
        continue;
      }
      if (values(a, facet).stream().noneMatch(wanted::contains)) {
        return false;
      }
    }
    return true;
  }

  private static List<String> values(Article a, Facet facet) {
    return a.values(facet);
  }
}
