package io.facetwire.search;

/** Elasticsearch refused the search the user asked for (HTTP 400); the message can be shown to them. */
public class SearchQueryException extends RuntimeException {

  public SearchQueryException(String message, Throwable cause) {
    super(message, cause);
  }
}
