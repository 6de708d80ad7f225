package io.facetwire.sources.parse;

/** The body is not a feed or sitemap Facetwire can read; the message is shown on the source's status. */
public final class FeedParseException extends Exception {

  public FeedParseException(String message) {
    super(message);
  }

  public FeedParseException(String message, Throwable cause) {
    super(message, cause);
  }
}
