package io.facetwire.ingest;

import io.facetwire.TextChars;
import io.facetwire.article.Article;

/**
 * Articles longer than the size limit are cut, not refused: the first {@code max} characters (ended at
 * the last space before the limit, so no word is halved) are stored, searched and extracted, and the
 * import summary says so. One rule for the command line, the HTTP API and the demo corpus.
 * Elasticsearch's highlighter refuses fields over 1,000,000 characters by default
 * ({@code index.highlight.max_analyzed_offset}), which is why that is the default limit.
 */
final class BodyCut {

  private BodyCut() {}

  /** The article itself when its body fits, else a copy with the body cut. */
  static Article toLimit(Article a, int max) {
    String body = a.body();
    if (body == null || body.length() <= max) {
      return a;
    }
    int space = body.lastIndexOf(' ', max);
    return a.withBody(space > max * 9L / 10 ? body.substring(0, space) : TextChars.atMost(body, max));
  }

  static String note(Article original, Article kept, int max) {
    return String.format("body cut from %,d to %,d characters (the limit is %,d, FACETWIRE_MAX_ARTICLE_CHARS)",
        original.body().length(), kept.body().length(), max);
  }
}
