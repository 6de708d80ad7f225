package io.facetwire.engine;

import java.util.Map;

/**
 * Article text in its own language's analysis: an article the language facet calls German also gets
 * its headline and body in {@code localized.de}, a field analysed by the {@code german} analyzer
 * (stemming, stop words), so "Regierungen" finds "Regierung". English articles add nothing ({@code body}
 * is English-analysed already); a language without an analyzer here stays searchable word for word
 * through {@code body.folded}. The analyzers are stock Elasticsearch names (registered on the embedded
 * node by {@code LuceneAnalysisPlugin}), so the mapping works on a real cluster unchanged.
 */
public final class LocalizedText {

  /** Language facet value to {@code localized.*} sub-field; each has an analyzer in articles.json. */
  static final Map<String, String> FIELDS = Map.of(
      "German", "de", "French", "fr", "Spanish", "es", "Italian", "it", "Portuguese", "pt", "Dutch", "nl",
      "Russian", "ru");

  /** The object field that holds them; searches read {@code localized.*}. */
  public static final String FIELD = "localized";

  private LocalizedText() {}

  /** The sub-field for an article in this language (facet value), or null when none applies. */
  static String subField(java.util.List<String> languages) {
    return languages.isEmpty() ? null : FIELDS.get(languages.get(0));
  }
}
