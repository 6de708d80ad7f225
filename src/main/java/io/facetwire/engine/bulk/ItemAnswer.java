package io.facetwire.engine.bulk;

/**
 * Elasticsearch's answer for one operation of a bulk request: its HTTP status and, when it failed, the
 * error's type and reason (as the node wrote them).
 */
public record ItemAnswer(int status, String errorType, String errorReason) {

  public boolean ok() {
    return status >= 200 && status < 300 && errorType == null;
  }
}
