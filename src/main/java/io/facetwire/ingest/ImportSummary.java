package io.facetwire.ingest;

import io.facetwire.article.RecordError;
import io.facetwire.article.RecordNote;
import java.util.List;

/**
 * The end of an import: every record read is indexed, unchanged or failed (with where and why);
 * {@code notes} say what was done to records that went in (bodies cut to the size limit).
 */
public record ImportSummary(long read, long indexed, long unchanged, List<RecordError> failures,
    List<RecordNote> notes) {

  public ImportSummary {
    failures = List.copyOf(failures);
    notes = notes == null ? List.of() : List.copyOf(notes);
  }

  public ImportSummary(long read, long indexed, long unchanged, List<RecordError> failures) {
    this(read, indexed, unchanged, failures, List.of());
  }

  public long failed() {
    return failures.size();
  }

  public boolean hasFailures() {
    return !failures.isEmpty();
  }

  public String oneLine() {
    return "read " + read + ", indexed " + indexed + ", unchanged " + unchanged + ", failed " + failed();
  }
}
