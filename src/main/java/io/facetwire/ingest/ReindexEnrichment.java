package io.facetwire.ingest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.facetwire.article.Article;
import io.facetwire.engine.ArticleDocuments;
import java.util.function.UnaryOperator;

/**
 * For {@code reindex --enrich}: a stored article document with its facets extracted again by the
 * current extractor, the id and {@code ingested_at} kept, the content hash recomputed.
 */
public final class ReindexEnrichment implements UnaryOperator<ObjectNode> {

  private final Importer importer;
  private final ArticleDocuments documents;

  public ReindexEnrichment(Importer importer, ArticleDocuments documents) {
    this.importer = importer;
    this.documents = documents;
  }

  @Override
  public ObjectNode apply(ObjectNode stored) {
    Article article = importer.enrich(documents.fromDocument(stored));
    return documents.toDocument(article, documents.contentHash(article));
  }
}
