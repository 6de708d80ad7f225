package io.facetwire.sources.fetch;

import io.facetwire.saved.WebhookAddress;

/**
 * The webhook rule, applied to every address Facetwire fetches (each redirect hop included): an admin's
 * feed URL, or a link inside a feed, must not make the server read from this machine or a private
 * network (Elasticsearch listens on 127.0.0.1) unless the operator allows it.
 *
 * <p>The rule resolves the host name before the request and the HTTP client resolves it again, so a
 * name whose DNS answer changes in between could still slip through; a proxy that pins the resolved
 * address would close that gap.
 */
final class AddressGuard {

  private final boolean allowPrivate;

  AddressGuard(boolean allowPrivate) {
    this.allowPrivate = allowPrivate;
  }

  void check(String url) throws FetchException {
    String problem = WebhookAddress.problemWith(url, allowPrivate);
    if (problem == null) {
      return;
    }
    // The rule speaks of webhooks; say the same thing about sources.
    String reason = problem.startsWith("Webhooks cannot go")
        ? "refused: " + url + " leads to this machine or a private network"
        : "refused: " + url + ": " + problem.replace("A webhook URL", "An address");
    throw new FetchException(reason, false);
  }
}
