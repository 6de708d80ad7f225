package io.facetwire.ingest;

import io.facetwire.article.ArticleReaders;
import io.facetwire.article.ReadOptions;
import io.facetwire.article.RecordError;
import io.facetwire.article.RecordSink;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Function;

/**
 * The files of one {@link FileStream} body read into an import, each by the reader its name calls for:
 * what {@code POST /api/import/files} does with its body, and what the server's import warm-up
 * ({@link ImportWarmUp}) does with the demo corpus, so the warm-up runs the very code a user's import runs.
 */
public final class FileStreamImport {

  private FileStreamImport() {}

  /**
   * Reads every file of {@code body}; a file that cannot be read, or a body that is not a complete file
   * stream (the sender stopped mid-stream), is one failed record of that file (or of "upload"), and what
   * arrived before it is kept.
   *
   * @param sinks where the records of the file of a given name go (normally {@code run::forFile})
   */
  public static void read(InputStream body, ReadOptions options, Function<String, RecordSink> sinks) {
    try (InputStream in = new BufferedInputStream(body, 64 * 1024)) {
      FileStream.readFiles(in, (name, content) -> {
        RecordSink sink = sinks.apply(name);
        try {
          ArticleReaders.forFile(name).read(content, name, options, sink);
        } catch (IOException | RuntimeException e) {
          sink.reject(new RecordError(name, "", 0, "could not be read: " + reason(e)));
        }
      });
    } catch (IOException e) {
      sinks.apply("upload").reject(new RecordError("upload", "", 0,
          "the upload is not a complete file stream: " + reason(e)));
    }
  }

  /** What went wrong, in words: an end of stream carries no message of its own (it was "null"; session 27). */
  private static String reason(Exception e) {
    if (e.getMessage() != null && !e.getMessage().isBlank()) {
      return e.getMessage();
    }
    return e instanceof java.io.EOFException ? "it ended before the file's end mark" : e.getClass().getSimpleName();
  }
}
