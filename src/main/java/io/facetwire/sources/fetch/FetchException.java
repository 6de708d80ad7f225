package io.facetwire.sources.fetch;

/** A fetch that did not bring a usable body; the message is one line for the source's status. */
public final class FetchException extends Exception {

  /** Whether trying again later may help (timeouts, 5xx) or not (refused address, 404, too large). */
  private final boolean transientFailure;

  public FetchException(String message, boolean transientFailure) {
    super(message);
    this.transientFailure = transientFailure;
  }

  public boolean isTransient() {
    return transientFailure;
  }
}
