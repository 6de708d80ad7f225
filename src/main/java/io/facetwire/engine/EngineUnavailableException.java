package io.facetwire.engine;

/** Elasticsearch could not be reached or did not answer; the message is one line a user can act on. */
public class EngineUnavailableException extends RuntimeException {

  public EngineUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
