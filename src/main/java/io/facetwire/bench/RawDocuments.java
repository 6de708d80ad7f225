package io.facetwire.bench;

import io.facetwire.Json;
import io.facetwire.article.Article;
import io.facetwire.article.ArticleReaders;
import io.facetwire.article.ReadOptions;
import io.facetwire.article.RecordError;
import io.facetwire.article.RecordSink;
import io.facetwire.engine.ArticleDocuments;
import io.facetwire.ingest.Importer;
import io.facetwire.story.StoryGrouping;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** The raw baseline's documents: exactly what Facetwire stores, as NDJSON bulk bodies of 1,000. */
final class RawDocuments {

  private static final int BATCH_SIZE = 1000;

  private RawDocuments() {}

  /**
   * Reads the files as the import does, enriches every article, and appends the bulk bodies.
   *
   * @param sampleEvery feeds every n-th article to {@code stats} (the query log's words and values)
   * @return records the readers rejected (the import reports the same ones as failed)
   */
  static long prepare(List<Path> files, Importer importer, io.facetwire.facet.FacetCatalog facets,
      RawBatches.OnDisk batches, CorpusStats stats, int sampleEvery) throws IOException {
    ArticleDocuments documents = new ArticleDocuments(Json.mapper(), facets);
    Instant now = Instant.now();
    ByteArrayOutputStream batch = new ByteArrayOutputStream(4 << 20);
    long[] counts = new long[3];  // in batch, seen, rejected
    for (Path file : files) {
      ArticleReaders.forFile(file.getFileName().toString()).read(file, ReadOptions.NONE, new RecordSink() {
        @Override
        public void accept(Article article, String location) {
          Article enriched = importer.enrich(article);
          stats.add(enriched, counts[1]++ % sampleEvery == 0);
          try {
            batch.write(("{\"index\":{\"_index\":\"" + RawBulk.INDEX + "\",\"_id\":"
                + Json.mapper().writeValueAsString(enriched.id()) + "}}\n").getBytes(StandardCharsets.UTF_8));
            batch.write(documents.stored(enriched, StoryGrouping.keys(enriched), now).bytes());
            batch.write('\n');
            if (++counts[0] == BATCH_SIZE) {
              batches.add(batch.toByteArray());
              batch.reset();
              counts[0] = 0;
            }
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }

        @Override
        public void reject(RecordError error) {
          counts[2]++;
        }
      });
    }
    if (counts[0] > 0) {
      batches.add(batch.toByteArray());
    }
    return counts[2];
  }
}
