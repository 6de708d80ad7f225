package io.facetwire.search;

import io.facetwire.facet.Facet;
import java.util.List;
import java.util.Map;

/**
 * What Facetwire knows about one country, person or topic: how many articles name it, when, which
 * other entities appear with it most, and the latest articles.
 *
 * @param partial Elasticsearch's time budget ({@code FACETWIRE_SEARCH_TIMEOUT}) ran out: the counts are those it found
 *                by then
 */
public record EntityProfile(
    Facet facet,
    String name,
    long total,
    List<SearchResult.DateBucket> dates,
    Map<Facet, List<SearchResult.FacetValue>> cooccurring,
    List<SearchResult.Hit> latest,
    boolean partial) {}
