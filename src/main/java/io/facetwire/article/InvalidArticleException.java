package io.facetwire.article;

/**
 * An input record that cannot become an {@link Article}; the message is the reason, written for the
 * user who supplied the record (the caller adds where it was: file and line, or the HTTP request).
 *
 * <p>Checked on purpose: every caller turns it into a {@link RecordError} or an HTTP 400, never a 500.
 */
public class InvalidArticleException extends Exception {

  public InvalidArticleException(String reason) {
    super(reason);
  }

  /** The reason alone, without location; the same text as {@link #getMessage()}. */
  public String reason() {
    return getMessage();
  }
}
