package io.facetwire.extract;

import com.fasterxml.jackson.annotation.JsonValue;
import io.facetwire.facet.Facet;
import io.facetwire.facet.FacetValues;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What {@code POST /api/extract} answers and {@code facetwire extract} prints for one article, written
 * by Jackson: {@code "title"} (the command line only), then one key per facet (its stored field name,
 * in the catalog's order, so a new facet appears with no change here), then {@code "note"} and
 * {@code "explanation"} when there are any.
 *
 * @param title       the article's title, or null to leave it out
 * @param values      every facet's values
 * @param note        why the text read was not all of it (cut to the article size limit), or null
 * @param explanation the evidence for every value, or null when not asked for
 */
public record ExtractedFacets(String title, FacetValues values, String note, Explanation explanation) {

  /**
   * The facets of one text, and its explanation when asked for: both from the one {@code extractor}
   * given (a server may swap its topics between two calls of its supplier).
   */
  public static ExtractedFacets of(FacetExtractor extractor, String title, String body, String source,
      boolean explain) {
    return of(extractor, title, body, source, null, explain);
  }

  /**
   * As {@link #of(FacetExtractor, String, String, String, boolean)}, for an article published at {@code publishedAt}
   * (null if unknown): as on import, a country's name means the state of its time (West Germany before 1990).
   */
  public static ExtractedFacets of(FacetExtractor extractor, String title, String body, String source,
      java.time.Instant publishedAt, boolean explain) {
    return new ExtractedFacets(null, extractor.extract(title, body, source, publishedAt), null,
        explain ? extractor.explain(title, body, publishedAt) : null);
  }

  public ExtractedFacets withTitle(String newTitle) {
    return new ExtractedFacets(newTitle, values, note, explanation);
  }

  /** With at most {@code max} mentions or matches listed per value ({@link Explanation#limited}). */
  public ExtractedFacets withExplanationLimited(int max) {
    return explanation == null ? this : new ExtractedFacets(title, values, note, explanation.limited(max));
  }

  public ExtractedFacets withNote(String newNote) {
    return new ExtractedFacets(title, values, newNote, explanation);
  }

  /** The keys in the order above; an object so that its keys can follow the facets there are. */
  @JsonValue
  Map<String, Object> json() {
    Map<String, Object> out = new LinkedHashMap<>();
    if (title != null) {
      out.put("title", title);
    }
    for (Map.Entry<Facet, java.util.List<String>> e : values.map().entrySet()) {
      out.put(e.getKey().field(), e.getValue());
    }
    if (note != null) {
      out.put("note", note);
    }
    if (explanation != null) {
      out.put("explanation", explanation);
    }
    return out;
  }
}
