package io.facetwire.article;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads one input format and hands each article to a {@link RecordSink} as soon as it is read.
 *
 * <p>Streaming is the contract: corpora such as Reuters run to tens of megabytes, so a reader never
 * builds a list of all articles. A bad record goes to {@link RecordSink#reject} with the file name,
 * where it was (line or record number) and why, and reading carries on with the next record; only a
 * failure of the stream itself ends reading with an {@link IOException}.
 *
 * <p>Readers do not assign ids unless the input has them (or the format has a natural one, like
 * Reuters' NEWID); the import pipeline applies {@link ArticleIds#withStableId} to every article.
 */
public interface ArticleReader {

  /**
   * Reads all records in {@code in}. The stream is not closed: whoever opened it closes it.
   *
   * @param fileName name used in error reports (and, for some formats, to recognise the corpus)
   */
  void read(InputStream in, String fileName, ReadOptions options, RecordSink sink) throws IOException;

  /** Reads a file; errors name the file as given, so the user sees the path they typed. */
  default void read(Path file, ReadOptions options, RecordSink sink) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      read(in, file.toString(), options, sink);
    }
  }
}
