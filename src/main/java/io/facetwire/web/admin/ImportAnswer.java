package io.facetwire.web.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.facetwire.article.RecordError;
import io.facetwire.article.RecordNote;
import io.facetwire.ingest.ImportSummary;
import java.util.List;

/**
 * What an import answers ({@code POST /api/articles}, {@code POST /api/import/files}), as
 * {@code openapi.json} describes it. Jackson writes it; what is null is left out: the file of a record
 * that came in the request body, the notes of an article import without any, the error of an import
 * that read its whole body.
 */
record ImportAnswer(long read, long indexed, long unchanged, List<Record> failed,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<Record> notes,
    @JsonInclude(JsonInclude.Include.NON_NULL) String error) {

  /** One refused record ({@code reason}) or one record imported with a note ({@code note}). */
  record Record(@JsonInclude(JsonInclude.Include.NON_NULL) String file, String location, int line,
      @JsonInclude(JsonInclude.Include.NON_NULL) String reason, @JsonInclude(JsonInclude.Include.NON_NULL) String note) {}

  /** The answer of an import of uploaded files: every record named by its file, notes always listed. */
  static ImportAnswer ofFiles(ImportSummary summary) {
    return new ImportAnswer(summary.read(), summary.indexed(), summary.unchanged(), failed(summary, true),
        notes(summary, true), null);
  }

  /** The answer of an import of the request body; {@code error}: why the body was not read to its end. */
  static ImportAnswer ofBody(ImportSummary summary, String error) {
    List<Record> notes = notes(summary, false);
    return new ImportAnswer(summary.read(), summary.indexed(), summary.unchanged(), failed(summary, false),
        notes.isEmpty() ? null : notes, error);
  }

  private static List<Record> failed(ImportSummary summary, boolean withFile) {
    return summary.failures().stream().map((RecordError e) ->
        new Record(withFile ? e.file() : null, e.location(), e.line(), e.reason(), null)).toList();
  }

  private static List<Record> notes(ImportSummary summary, boolean withFile) {
    return summary.notes().stream().map((RecordNote n) ->
        new Record(withFile ? n.file() : null, n.location(), n.line(), null, n.note())).toList();
  }
}
