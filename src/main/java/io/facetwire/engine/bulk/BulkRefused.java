package io.facetwire.engine.bulk;

import java.io.IOException;

/**
 * A bulk request Elasticsearch answered with an error status as a whole (not per item): a validation
 * failure (4xx), queues full (429), or a failure of the node (5xx). The message is the node's error type
 * and reason, which is what a person is shown for each record of the request.
 */
public final class BulkRefused extends IOException {

  private final int status;

  public BulkRefused(int status, String type, String reason) {
    super("[" + (type == null ? "status " + status : type) + "] " + (reason == null ? "" : reason));
    this.status = status;
  }

  public int status() {
    return status;
  }
}
