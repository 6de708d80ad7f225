package io.facetwire.web.export;

import io.facetwire.article.WebLinks;
import io.facetwire.facet.Facet;
import io.facetwire.facet.FacetCatalog;
import io.facetwire.feed.FeedEntry;
import io.facetwire.search.SearchResult;
import java.util.ArrayList;
import java.util.List;

/** Hits (of a search or a saved search) as the feed entries {@link io.facetwire.feed.AtomWriter} writes. */
public final class FeedEntries {

  private FeedEntries() {}

  /** Each facet value the hit carries becomes a category (saved-search hits carry none). */
  public static FeedEntry of(SearchResult.Hit hit, String baseUrl, FacetCatalog facets) {
    List<FeedEntry.Category> categories = new ArrayList<>();
    for (Facet facet : facets.all()) {
      for (String value : hit.values(facet)) {
        // The facet is the category's scheme, so a reader can tell the country Georgia from a topic.
        categories.add(new FeedEntry.Category(value, "urn:facetwire:facet:" + facet.param(),
            facet.singular() + ": " + value));
      }
    }
    return new FeedEntry(hit.id(), hit.title(), baseUrl + WebLinks.articlePath(hit.id()), hit.url(),
        hit.source(), hit.publishedAt(), hit.ingestedAt(), hit.snippet().text(), categories);
  }
}
