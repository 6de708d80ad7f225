package io.facetwire.search;

import io.facetwire.facet.Facet;
import io.facetwire.facet.FacetValues;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One page of results: hits, facet counts and the state that produced them.
 *
 * @param total        stories when {@link #stories} (each story once, however many versions), else articles
 * @param totalIsExact false when Elasticsearch stopped counting (then {@code total} is a lower bound)
 * @param partial      Elasticsearch's time budget ran out: hits and counts are what it found by then
 * @param articles     matching articles, every version counted
 * @param stories      hits and counts are per story ({@code story_id}); false while the index still has
 *                     articles without a story (before {@code enrich} back-filled them)
 * @param countsEstimated some facet counts or histogram bars are estimated from a random sample of the
 *                     matches ({@link SearchSampling}); the hits and {@code total} never are
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
    boolean partial,
    long articles,
    boolean stories,
    boolean countsEstimated) {

  public SearchResult {
    dates = dates == null ? List.of() : List.copyOf(dates);
  }

  /** A page of articles, not grouped into stories. */
  public SearchResult(SearchState state, long total, boolean totalIsExact, List<Hit> hits,
      Map<Facet, List<FacetValue>> facets, List<DateBucket> dates, String didYouMean, long tookMillis,
      boolean partial) {
    this(state, total, totalIsExact, hits, facets, dates, didYouMean, tookMillis, partial, total, false, false);
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
      Instant ingestedAt,
      /** The story it is a version of ({@code story_id}); its own id when it has no other versions or no story yet. */
      String storyId,
      /** The story's other versions shown with it (the first few, oldest first). */
      List<Version> versions,
      /** How many other versions the story has among the matches (may be more than {@link #versions}). */
      long otherVersions) {

    public Hit {
      versions = versions == null ? List.of() : List.copyOf(versions);
    }

    /** A hit that is its story's only version. */
    public Hit(String id, String title, Snippet titleSnippet, String url, String source, Instant publishedAt,
        Snippet snippet, FacetValues facets, Instant ingestedAt) {
      this(id, title, titleSnippet, url, source, publishedAt, snippet, facets, ingestedAt, id, List.of(), 0);
    }

    public List<String> values(Facet facet) {
      return facets.values(facet);
    }

    /** Indexed after {@code seenUntil}: "new" on a saved search's page and in its alerts. */
    public boolean isNewSince(Instant seenUntil) {
      return ingestedAt != null && seenUntil != null && ingestedAt.isAfter(seenUntil);
    }
  }

  /** Another version of a hit's story: a syndicated copy, a corrected repeat. */
  public record Version(String id, String title, String url, String source, Instant publishedAt) {}

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
