package io.facetwire.search;

import static io.facetwire.article.ArticleFields.BODY;
import static io.facetwire.article.ArticleFields.ID;
import static io.facetwire.article.ArticleFields.INGESTED_AT;
import static io.facetwire.article.ArticleFields.PUBLISHED_AT;
import static io.facetwire.article.ArticleFields.SOURCE;
import static io.facetwire.article.ArticleFields.STORY_ID;
import static io.facetwire.article.ArticleFields.TITLE;
import static io.facetwire.article.ArticleFields.URL;

import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.facetwire.article.StoredInstants;
import io.facetwire.facet.Facet;
import io.facetwire.facet.FacetCatalog;
import io.facetwire.facet.FacetValues;
import io.facetwire.search.answer.StoredFields;
import io.facetwire.search.answer.StoredHit;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one reader of a hit's stored fields and highlight, into the one hit model {@link SearchResult.Hit}:
 * the search page and API, entity pages, related articles, exports, saved searches and alerts all
 * read their hits here.
 */
public final class HitReader {

  /**
   * The stored fields of a result line without its facets (saved-search pages and feeds show none), but for its
   * language: a line in another language says so (lang, WCAG 3.1.2) wherever it is shown. Session 28: the saved-search
   * page and its share page read their lines with these and showed a German title and snippet without lang.
   */
  public static final List<String> FIELDS = List.of(ID, TITLE, URL, SOURCE, PUBLISHED_AT, INGESTED_AT, STORY_ID,
      Facet.LANGUAGE.field());
  /** {@link #FIELDS} and the body, for hits read without a highlight (alerts): the snippet is the body's start. */
  public static final List<String> FIELDS_AND_BODY = List.of(ID, TITLE, URL, SOURCE, PUBLISHED_AT, INGESTED_AT,
      STORY_ID, BODY);
  /** A snippet made from the body itself (no highlight: alerts) is cut to about this many characters. */
  static final int SNIPPET_CHARS = 240;

  private HitReader() {}

  /** What to load for a result line with {@code facets}: {@link #FIELDS} and each facet's field. */
  public static List<String> fields(FacetCatalog facets) {
    List<String> fields = new ArrayList<>(FIELDS);
    facets.fields().stream().filter(f -> !fields.contains(f)).forEach(fields::add); // "source" is both
    return fields;
  }

  /** A hit of the client's typed response (saved searches, alerts, exports, related articles, entity pages). */
  public static SearchResult.Hit read(Hit<ObjectNode> hit, FacetCatalog facets) {
    return read(StoredHit.of(hit), facets);
  }

  /**
   * The hit as a result line: the highlighted title and body fragments when the request asked for
   * them, else the plain title and the start of the body (when loaded); facets absent from the hit
   * read as no values.
   */
  public static SearchResult.Hit read(StoredHit hit, FacetCatalog facets) {
    StoredFields src = hit.source();
    String title = src.text(TITLE);
    List<String> bodyFragments = hit.highlight().getOrDefault(BODY, List.of());
    List<String> titleFragments = hit.highlight().getOrDefault(TITLE, List.of());
    Snippet snippet = new Snippet(bodyFragments.isEmpty() ? shorten(src.text(BODY))
        : String.join(" … ", bodyFragments));
    Snippet titleSnippet = new Snippet(titleFragments.isEmpty() ? title : titleFragments.get(0));
    String url = src.text(URL);
    String story = src.text(STORY_ID);
    StoryVersions versions = StoryVersions.of(hit);
    return new SearchResult.Hit(hit.id(), title, titleSnippet, url.isEmpty() ? null : url, src.text(SOURCE),
        instant(src, PUBLISHED_AT), snippet, facetValues(src, facets), instant(src, INGESTED_AT),
        story.isEmpty() ? hit.id() : story, versions.shown(), versions.others());
  }

  /** A collapsed hit's other versions ({@link StoryCounts#VERSIONS} inner hits), and how many there are. */
  private record StoryVersions(List<SearchResult.Version> shown, long others) {
    static StoryVersions of(StoredHit hit) {
      StoredHit.InnerHits inner = hit.innerHits().get(StoryCounts.VERSIONS);
      if (inner == null) {
        return new StoryVersions(List.of(), 0);
      }
      List<SearchResult.Version> shown = new ArrayList<>();
      for (StoredHit v : inner.hits()) {
        if (v.source() != StoredFields.NONE && !hit.id().equals(v.id()) && shown.size() < StoryCounts.VERSIONS_SHOWN) {
          StoredFields o = v.source();
          String url = o.text(URL);
          shown.add(new SearchResult.Version(v.id(), o.text(TITLE), url.isEmpty() ? null : url, o.text(SOURCE),
              instant(o, PUBLISHED_AT)));
        }
      }
      long others = inner.total() == null ? shown.size() : inner.total() - 1;
      return new StoryVersions(shown, Math.max(0, others));
    }
  }

  private static FacetValues facetValues(StoredFields src, FacetCatalog facets) {
    Map<Facet, List<String>> values = new LinkedHashMap<>();
    for (Facet facet : facets.all()) {
      values.put(facet, src.strings(facet.field()));
    }
    return new FacetValues(values);
  }

  private static String shorten(String body) {
    String oneLine = body.replaceAll("\\s+", " ").strip();
    return oneLine.length() <= SNIPPET_CHARS ? oneLine : oneLine.substring(0, SNIPPET_CHARS) + "…";
  }

  private static Instant instant(StoredFields node, String field) {
    String v = node.text(field);
    return v.isEmpty() ? null : StoredInstants.parse(v);
  }
}
