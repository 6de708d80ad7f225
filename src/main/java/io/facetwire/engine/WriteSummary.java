package io.facetwire.engine;

import io.facetwire.article.RecordError;
import java.util.List;

/** What one write session did: new or changed articles indexed, identical ones skipped, failures. */
public record WriteSummary(long indexed, long unchanged, List<RecordError> failures) {

  public WriteSummary {
    failures = List.copyOf(failures);
  }
}
