package io.facetwire.web.http;

import java.io.EOFException;
import java.util.concurrent.TimeoutException;

/**
 * A request that failed because its client went away while sending its body: the connection closed
 * before the declared length arrived (Jetty's {@code EofException}, an {@link EOFException}), or no byte
 * came for the idle timeout. Found on 2026-12-01 by a probe of the served jar: each such request was
 * answered 500 and logged as an unexpected error with a 60-line stack trace, so a client that opens
 * form posts and drops them could fill the log and the 5xx meters at no cost.
 */
final class ClientGone {

  static final String MESSAGE = "The request body ended before all of it arrived.";

  private ClientGone() {}

  static boolean is(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof EOFException
          || t instanceof TimeoutException && t.getMessage() != null && t.getMessage().startsWith("Idle timeout")) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }
}
