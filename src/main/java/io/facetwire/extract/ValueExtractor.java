package io.facetwire.extract;

import java.util.List;

/**
 * What fills one facet: an article's text in, the facet's values out (sorted, without duplicates).
 * Implementations must be thread-safe: one instance serves every import thread.
 */
@FunctionalInterface
public interface ValueExtractor {

  List<String> extract(ArticleText text);
}
