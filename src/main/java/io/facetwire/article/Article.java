package io.facetwire.article;

import io.facetwire.TextChars;
import io.facetwire.facet.Facet;
import io.facetwire.facet.FacetValues;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One news article as Facetwire stores it.
 *
 * <p>Readers fill in what the input holds (title, body, url, source, date, source tags); the import
 * pipeline then assigns a stable {@link #id}, the extracted facets and {@link #ingestedAt}.
 *
 * @param id          stable id: given, or derived by {@link ArticleIds} so re-imports never duplicate
 * @param facets      extracted facet values, one list per facet of the catalog (empty until extracted)
 * @param sourceTags  tags that came with the input (e.g. Reuters PLACES/PEOPLE/TOPICS), kept apart from
 *                    the extracted facets; keys are "places", "people", "topics", ...
 * @param storyId     the story this article is a version of: the id of the first-seen article among its
 *                    near-duplicates (itself when it has none); null until the writer has looked
 * @param topicsVersion the version of the topic definitions its facets were extracted with; null until
 *                    extracted, and for articles stored before the version was recorded
 */
public record Article(
    String id,
    String url,
    String title,
    String body,
    String source,
    Instant publishedAt,
    FacetValues facets,
    Map<String, List<String>> sourceTags,
    Instant ingestedAt,
    String storyId,
    Integer topicsVersion) {

  public Article {
    facets = facets == null ? FacetValues.empty() : facets;
    // Sorted by key, so documents, pages and content hashes come out the same in every JVM.
    sourceTags = sourceTags == null ? Map.of()
        : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(Map.copyOf(sourceTags)));
  }

  /** An article whose topics version is not known (not extracted yet, or stored before it was recorded). */
  public Article(String id, String url, String title, String body, String source, Instant publishedAt,
      FacetValues facets, Map<String, List<String>> sourceTags, Instant ingestedAt, String storyId) {
    this(id, url, title, body, source, publishedAt, facets, sourceTags, ingestedAt, storyId, null);
  }

  /** An article not yet grouped into a story. */
  public Article(String id, String url, String title, String body, String source, Instant publishedAt,
      FacetValues facets, Map<String, List<String>> sourceTags, Instant ingestedAt) {
    this(id, url, title, body, source, publishedAt, facets, sourceTags, ingestedAt, null);
  }

  /**
   * An article as a reader produces it: no id unless the input had one, no facets yet. Characters no page or
   * feed may carry are removed from its title, text and source here, where every reader's text enters
   * ({@link TextChars}).
   */
  public static Article fromInput(
      String id, String url, String title, String body, String source, Instant publishedAt,
      Map<String, List<String>> sourceTags) {
    // The id and the URL are identities, not text to read: they stay as given (a URL with a control character in
    // it is no link at all, WebLinks.forOutput gives it out as null; removing the character would make it name
    // another host).
    return new Article(id, url, text(title), text(body), text(source), publishedAt, null, sourceTags, null);
  }

  /**
   * Text as it is stored: cleaned ({@link TextChars#clean}) and composed (NFC). A name written with combining accents
   * ("Agne" + U+0300 + "s", as macOS and some feeds write them) would otherwise be stored and faceted as a second value
   * beside the composed one, which the search's filters and the entity pages (both read NFC) could never reach
   * (session 17's review). Composed text is the common case and is returned as it is after one quick check.
   */
  private static String text(String raw) {
    String cleaned = TextChars.clean(raw);
    return cleaned == null || java.text.Normalizer.isNormalized(cleaned, java.text.Normalizer.Form.NFC) ? cleaned
        : java.text.Normalizer.normalize(cleaned, java.text.Normalizer.Form.NFC);
  }

  public Article withId(String newId) {
    return new Article(newId, url, title, body, source, publishedAt, facets,
        sourceTags, ingestedAt, storyId, topicsVersion);
  }

  /** With facets extracted by topic definitions of version {@code version}. */
  public Article tagged(FacetValues newFacets, int version) {
    return new Article(id, url, title, body, source, publishedAt, newFacets, sourceTags, ingestedAt, storyId,
        version);
  }

  /** With other facets, the topics version unchanged (facets given by hand, e.g. in tests). */
  public Article withFacets(FacetValues newFacets) {
    return new Article(id, url, title, body, source, publishedAt, newFacets, sourceTags, ingestedAt, storyId,
        topicsVersion);
  }

  /** With the body given, everything else kept. */
  public Article withBody(String newBody) {
    return new Article(id, url, title, newBody, source, publishedAt, facets, sourceTags, ingestedAt, storyId,
        topicsVersion);
  }

  /** With the URL given, everything else kept. */
  public Article withUrl(String newUrl) {
    return new Article(id, newUrl, title, body, source, publishedAt, facets, sourceTags, ingestedAt, storyId,
        topicsVersion);
  }

  /** The values of one facet; empty when the article has none (or was not extracted yet). */
  public List<String> values(Facet facet) {
    return facets.values(facet);
  }

  public Article withIngestedAt(Instant when) {
    return new Article(id, url, title, body, source, publishedAt, facets,
        sourceTags, when, storyId, topicsVersion);
  }

  public Article withStoryId(String story) {
    return new Article(id, url, title, body, source, publishedAt, facets, sourceTags, ingestedAt, story,
        topicsVersion);
  }
}
