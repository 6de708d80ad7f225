package io.facetwire.web.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.facetwire.article.DateParsing;
import io.facetwire.article.ReadOptions;
import io.facetwire.ingest.FileStream;
import io.facetwire.ingest.FileStreamImport;
import io.facetwire.ingest.ImportSummary;
import io.facetwire.ingest.Importer;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.io.IOException;
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
    FileStreamImport.read(ctx.bodyInputStream(), options, run::forFile);
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
