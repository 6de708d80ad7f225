package io.facetwire.ingest;

import io.facetwire.article.RecordError;
import java.util.List;

/**
 * The end of a re-enrichment: articles in the index before and after (they must be equal), how many
 * were read, rewritten with new facets, left as they were, and failed.
 */
public record EnrichSummary(long before, long read, long updated, long unchanged, List<RecordError> failures,
    long after) {

  public EnrichSummary {
    failures = List.copyOf(failures);
  }

  /**
   * True when nothing failed and no article went missing: every article there before was read, and the
   * index holds at least as many as before (more only if someone imported meanwhile).
   */
  public boolean complete() {
    return failures.isEmpty() && read >= before && after >= before;
  }

  public String oneLine() {
    return "read " + read + " of " + before + ", updated " + updated + ", unchanged " + unchanged + ", failed "
        + failures.size() + "; articles in the index: " + before + " before, " + after + " after";
  }
}
