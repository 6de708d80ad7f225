package io.facetwire.ingest;

import io.facetwire.article.RecordError;
import java.util.List;

/** The end of an import: every record read is indexed, unchanged or failed (with where and why). */
public record ImportSummary(long read, long indexed, long unchanged, List<RecordError> failures) {

  public ImportSummary {
    failures = List.copyOf(failures);
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
