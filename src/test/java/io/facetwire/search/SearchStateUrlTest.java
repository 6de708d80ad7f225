package io.facetwire.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.facetwire.facet.Facet;
import io.facetwire.facet.FacetCatalog;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jetty.util.MultiMap;
import org.eclipse.jetty.util.UrlEncoded;
import org.junit.jupiter.api.Test;

/**
 * Every URL the search pages print parses back to the state it was printed from, odd characters
 * included, without a server: the search's own links, the expanded-facet links, the facet-value
 * pages' links, and forms whose hidden fields plus their own inputs must rebuild the search.
 */
class SearchStateUrlTest {

  static final FacetCatalog FACETS = FacetCatalog.standard();

  /** Text that breaks hand-made URLs: separators, escapes, "+" against spaces, quotes, markup, non-Latin. */
  static final List<String> ODD = List.of("plain", "two words", "a&b=c", "C++ & C#", "50% off", "100%zz",
      "what?", "x/y\\z", "\"quoted\" 'single'", "<b>bold</b>", "Côte d'Ivoire", "Москва", "東京", "emoji 🙂",
      "semi;colon", "plus+plus", "hash#tag", "tab\tinside", "=leading", "trailing=", "%2B", "a  b");

  /**
   * Many states: each odd text as query, as included and excluded value of each facet, with every option.
   * Queries are in the form the parser keeps them (it turns a tab into a space), as every state a page
   * shows came from the parser.
   */
  static List<SearchState> states() {
    List<SearchState> states = new ArrayList<>();
    states.add(SearchState.empty(FACETS));
    int i = 0;
    for (String odd : ODD) {
      String query = SearchState.fromQuery(Map.of("q", List.of(odd)), FACETS).query();
      states.add(SearchState.empty(FACETS).withQuery(query));
      for (Facet facet : FACETS.all()) {
        states.add(SearchState.empty(FACETS).withFilter(facet, odd));
        states.add(SearchState.empty(FACETS).withExclusion(facet, odd).withQuery("q " + query));
      }
      Facet a = FACETS.all().get(i % FACETS.all().size());
      Facet b = FACETS.all().get((i + 1) % FACETS.all().size());
      Sort sort = Sort.values()[i % Sort.values().length];
      SearchState everything = SearchState.empty(FACETS).withQuery(query).withFilter(a, odd).withFilter(a, "second")
          .withExclusion(b, odd + " not").withDates(LocalDate.of(2017, 1, 1 + i), LocalDate.of(2018, 2, 3))
          .withSort(sort).withSize(1 + i * 4).withPage(1 + i);
      states.add(everything);
      states.add(everything.withoutFrom());
      states.add(everything.withoutTo().cleared());
      i++;
    }
    return states;
  }

  @Test
  void aLongQueryIsShortenedWithANoteAndNeverEndsInHalfAnEmoji() {
    String smile = "\uD83D\uDE00";
    String atTheCut = "a".repeat(SearchState.MAX_QUERY_LENGTH - 1) + smile + " more";
    SearchState state = SearchState.fromQuery(Map.of("q", List.of(atTheCut)), FACETS);
    assertEquals("a".repeat(SearchState.MAX_QUERY_LENGTH - 1), state.query());
    assertEquals(1, state.notes().size(), state.notes().toString());
    String plain = "b".repeat(SearchState.MAX_QUERY_LENGTH + 20);
    assertEquals(SearchState.MAX_QUERY_LENGTH, SearchState.fromQuery(Map.of("q", List.of(plain)), FACETS).query().length());
  }

  /** Session 31's attack: "sort=" with 39 letters and an emoji put half of the emoji in the note, and the page. */
  @Test
  void aNoteQuotingALongValueNeverEndsInHalfAnEmoji() {
    String value = "a".repeat(39) + "\uD83D\uDE00";
    for (String name : List.of("sort", "from", "page")) {
      SearchState state = SearchState.fromQuery(Map.of(name, List.of(value)), FACETS);
      assertEquals(1, state.notes().size(), name + ": " + state.notes());
      String note = state.notes().get(0);
      for (int i = 0; i < note.length(); i++) {
        char c = note.charAt(i);
        boolean paired = Character.isHighSurrogate(c) ? i + 1 < note.length() && Character.isLowSurrogate(note.charAt(i + 1))
            : !Character.isLowSurrogate(c) || i > 0 && Character.isHighSurrogate(note.charAt(i - 1));
        assertTrue(paired, name + ": half of a pair at " + i + " in " + note);
      }
    }
  }

  @Test
  void everyPrintedSearchParsesBackToItself() {
    for (SearchState state : states()) {
      for (String url : List.of(state.url(), state.apiUrl(), state.formatUrl("csv"), state.urlFor("/search/map"))) {
        SearchState back = SearchState.fromQuery(paramsOf(url), FACETS);
        assertEquals(state, back, url);
        assertTrue(back.notes().isEmpty(), url + " " + back.notes());
      }
      assertEquals(state, SearchState.parse(state.toQueryString(), FACETS));
    }
  }

  @Test
  void aPrintedUrlIsAValidUriWithOnlyOneQuestionMark() {
    for (SearchState state : states()) {
      String url = state.url();
      URI uri = URI.create(url);
      assertEquals("/search", uri.getPath(), url);
      assertFalse(url.indexOf('?') != url.lastIndexOf('?'), url);
      assertFalse(url.contains("?&") || url.contains("&&") || url.endsWith("&") || url.endsWith("?"), url);
    }
    assertEquals("/search", SearchState.empty(FACETS).url());
  }

  @Test
  void theExpandLinkKeepsTheSearchAndNamesTheFacet() {
    for (SearchState state : states()) {
      for (Facet facet : FACETS.all()) {
        String url = state.expandUrl(facet);
        assertEquals("/search", URI.create(url).getPath());
        Map<String, List<String>> params = paramsOf(url);
        assertEquals(state, SearchState.fromQuery(params, FACETS), url);
        assertEquals(Set.of(facet), SearchState.expandedFacets(params, FACETS), url);
      }
      assertEquals(Set.of(), SearchState.expandedFacets(paramsOf(state.url()), FACETS));
    }
  }

  @Test
  void facetValuePageLinksCarryTheSearchAndTheListing() {
    List<FacetValueListing> listings = new ArrayList<>();
    for (String odd : ODD) {
      for (FacetValueSearch.Order order : FacetValueSearch.Order.values()) {
        listings.add(new FacetValueListing(odd, order, 1 + odd.length()));
        listings.add(new FacetValueListing("", order, 1));
      }
    }
    listings.add(FacetValueListing.FIRST);
    List<SearchState> states = states();
    for (int i = 0; i < listings.size(); i++) {
      FacetValueListing listing = listings.get(i);
      SearchState state = states.get(i % states.size());
      Facet facet = FACETS.all().get(i % FACETS.all().size());
      String url = state.facetValuesUrl(facet, listing);
      assertEquals(SearchState.facetValuesPath(facet), URI.create(url).getPath());
      Map<String, List<String>> params = paramsOf(url);
      assertEquals(listing, FacetValueListing.fromQuery(params), url);
      // The list is of the whole search, not of the result page the visitor was on.
      assertEquals(state.withPage(1), SearchState.fromQuery(params, FACETS), url);
    }
  }

  @Test
  void aFormsHiddenFieldsPlusItsOwnInputsRebuildTheSearch() {
    for (SearchState state : states()) {
      // The sort form: its selects are sort and size; it starts again at page 1.
      Map<String, List<String>> sortForm = fields(state.formFields(
          EnumSet.of(SearchState.Part.QUERY, SearchState.Part.FILTERS, SearchState.Part.EXCLUSIONS,
              SearchState.Part.DATES)));
      sortForm.put("sort", List.of(state.sort().param()));
      sortForm.put("size", List.of(Integer.toString(state.size())));
      assertEquals(state.withPage(1), SearchState.fromQuery(sortForm, FACETS));
      // The facet form: its checkboxes are the included values.
      Map<String, List<String>> facetForm = fields(state.formFields(EnumSet.of(SearchState.Part.QUERY,
          SearchState.Part.EXCLUSIONS, SearchState.Part.DATES, SearchState.Part.SORT, SearchState.Part.SIZE)));
      for (Facet facet : FACETS.all()) {
        if (!state.values(facet).isEmpty()) {
          facetForm.put(facet.param(), state.values(facet));
        }
      }
      assertEquals(state.withPage(1), SearchState.fromQuery(facetForm, FACETS));
      // The facet-value page's form: its input is the prefix.
      FacetValueListing listing = new FacetValueListing("Mü", FacetValueSearch.Order.AZ, 3);
      Map<String, List<String>> valuesForm = fields(state.facetValuesFormFields(listing));
      valuesForm.put(FacetValueListing.PREFIX, List.of("Mü"));
      assertEquals(listing.withPage(1), FacetValueListing.fromQuery(valuesForm));
      assertEquals(state.withPage(1), SearchState.fromQuery(valuesForm, FACETS));
    }
  }

  @Test
  void queryStringsRoundTripAnyText() {
    for (String name : List.of("q", "a b", "x&y", "ü")) {
      for (String value : ODD) {
        QueryString qs = QueryString.empty().with(name, value).with("second", value + value);
        assertEquals(qs, QueryString.parse(qs.toString()), qs.toString());
        assertEquals(qs, QueryString.parse("?" + qs), qs.toString());
      }
    }
    assertEquals("/search", QueryString.empty().link("/search"));
    assertEquals("/search", QueryString.link("/search", null));
    // A broken escape in a stored link is kept as typed rather than failing.
    assertEquals(List.of("100%zz"), QueryString.parse("q=100%zz").toMap().get("q"));
  }

  /** The parameters a server sees for this link, decoded by Jetty's decoder (not by the code under test). */
  private static Map<String, List<String>> paramsOf(String url) {
    int q = url.indexOf('?');
    MultiMap<String> params = new MultiMap<>();
    if (q >= 0) {
      UrlEncoded.decodeUtf8To(url.substring(q + 1), params);
    }
    return new LinkedHashMap<>(params);
  }

  private static Map<String, List<String>> fields(List<QueryString.Param> hidden) {
    Map<String, List<String>> form = new LinkedHashMap<>();
    for (QueryString.Param p : hidden) {
      form.computeIfAbsent(p.name(), k -> new ArrayList<>()).add(p.value());
    }
    return form;
  }

  /** A facet value in decomposed form is the stored, composed value: the filter matches what the page shows. */
  @Test
  void facetValuesAreReadInComposedForm() {
    for (Facet facet : FACETS.all()) {
      SearchState state = SearchState.fromQuery(Map.of(facet.param(), List.of("Re\u0301union", "Co\u0302te d'Ivoire"),
          facet.excludeParam(), List.of("Mu\u0308ller")), FACETS);
      assertEquals(List.of("R\u00e9union", "C\u00f4te d'Ivoire"), state.filters().get(facet), facet.param());
      assertEquals(List.of("M\u00fcller"), state.exclusions().get(facet), facet.param());
    }
  }
}
