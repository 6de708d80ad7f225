package io.facetwire.search;

import io.facetwire.facet.Facet;
import io.facetwire.facet.FacetValues;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One page of results: hits, facet counts and the state that produced them.
 *
 * @param totalIsExact false when Elasticsearch stopped counting (then {@code total} is a lower bound)
 * @param partial      Elasticsearch's time budget ran out: hits and counts are what it found by then
 */
public record SearchResult(
    SearchState state,
    long total,
    boolean totalIsExact,
    List<Hit> hits,
    Map<Facet, List<FacetValue>> facets,
    List<DateBucket> dates,
    String didYouMean,
    long tookMillis,
    boolean partial) {

  public SearchResult {
    dates = dates == null ? List.of() : List.copyOf(dates);
  }

  /** A page with nothing on it, e.g. when the query could not be run. */
  public static SearchResult empty(SearchState state) {
    return new SearchResult(state, 0, true, List.of(), Map.of(), List.of(), null, 0, false);
  }

  /** One bar of the date histogram: articles published from {@code start} to {@code end}, both inclusive. */
  public record DateBucket(java.time.LocalDate start, java.time.LocalDate end, long count,
      HistogramInterval interval) {}

  /** One matching article as a results page shows it. */
  public record Hit(
      String id,
      String title,
      Snippet titleSnippet,
      String url,
      String source,
      Instant publishedAt,
      Snippet snippet,
      FacetValues facets,
      /** When Facetwire indexed it; what a feed entry's {@code updated} says. */
      Instant ingestedAt) {

    public List<String> values(Facet facet) {
      return facets.values(facet);
    }

    /** Indexed after {@code seenUntil}: "new" on a saved search's page and in its alerts. */
    public boolean isNewSince(Instant seenUntil) {
      return ingestedAt != null && seenUntil != null && ingestedAt.isAfter(seenUntil);
    }
  }

  /** A facet value with the count that clicking it would give; excluded values are listed too. */
  public record FacetValue(String value, long count, boolean selected, boolean excluded) {
    public FacetValue(String value, long count, boolean selected) {
      this(value, count, selected, false);
    }
  }

  public List<FacetValue> facet(Facet facet) {
    return facets.getOrDefault(facet, List.of());
  }

  /** Pages a user can reach, never past the paging cap. */
  public int lastPage() {
    long pages = (total + state.size() - 1) / state.size();
    return (int) Math.max(1, Math.min(pages, state.maxPage()));
  }

  public boolean hasNextPage() {
    return state.page() < lastPage();
  }

  public boolean hasPreviousPage() {
    return state.page() > 1;
  }

  public long firstShown() {
    return hits.isEmpty() ? 0 : state.offset() + 1L;
  }

  public long lastShown() {
    return state.offset() + (long) hits.size();
  }

  /** True when more results match than paging can reach. */
  public boolean pagingCapped() {
    return total > (long) state.maxPage() * state.size();
  }
}
