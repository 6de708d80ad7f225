package io.facetwire.web.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.facetwire.article.ArticleReaders;
import io.facetwire.article.DateParsing;
import io.facetwire.article.ReadOptions;
import io.facetwire.article.RecordError;
import io.facetwire.ingest.FileStream;
import io.facetwire.ingest.ImportSummary;
import io.facetwire.ingest.Importer;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;

/**
 * {@code POST /api/import/files}: whole input files (any format the import command reads) in one
 * {@link FileStream} body, read, extracted and bulk-written here. The {@code import} command sends its
 * files this way when a server runs on its data folder: the server's JIT is warm and its node is in
 * the same process, where a second JVM would read and extract cold (most of an import's wall time on
 * a small corpus). Query parameters {@code source} and {@code date} are the command's defaults.
 */
public final class FileImportRoute {

  private final Importer importer;
  private final ObjectMapper json;

  public FileImportRoute(Importer importer, ObjectMapper json) {
    this.importer = importer;
    this.json = json;
  }

  public void handle(Context ctx) throws IOException {
    ReadOptions options = new ReadOptions(ctx.queryParam("source"), date(ctx.queryParam("date")));
    Importer.Run run = importer.start();
    try (InputStream body = new BufferedInputStream(ctx.bodyInputStream(), 64 * 1024)) {
      FileStream.readFiles(body, (name, content) -> {
        try {
          ArticleReaders.forFile(name).read(content, name, options, run.forFile(name));
        } catch (IOException | RuntimeException e) {
          run.forFile(name).reject(new RecordError(name, "", 0, "could not be read: " + e.getMessage()));
        }
      });
    } catch (IOException e) {
      // The sender stopped mid-stream (Ctrl+C) or sent something else: what arrived is still written.
      run.forFile("upload").reject(new RecordError("upload", "", 0,
          "the upload is not a complete file stream: " + e.getMessage()));
    }
    ImportSummary summary = run.finish();
    ctx.contentType("application/json").result(json.writeValueAsString(ImportAnswer.ofFiles(summary)));
  }

  private static Instant date(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return DateParsing.parse(text);
    } catch (IllegalArgumentException e) {
      throw new BadRequestResponse("date: " + e.getMessage());
    }
  }
}
