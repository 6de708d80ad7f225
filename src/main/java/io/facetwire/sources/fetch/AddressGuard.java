package io.facetwire.sources.fetch;

import com.google.common.net.InetAddresses;
import io.facetwire.net.CheckedAddresses;
import io.facetwire.net.OutboundAddress;
import java.net.URI;

/**
 * The webhook rule, applied to every address Facetwire fetches (each redirect hop included): an admin's
 * feed URL, or a link inside a feed, must not make the server read from this machine or a private
 * network (Elasticsearch listens on 127.0.0.1) unless the operator allows it.
 *
 * <p>Here, before any request: the URL's form (scheme, host, no credentials) and a host written as an
 * address. A host <em>name</em> is judged where it is looked up to connect, by {@link CheckedAddresses},
 * so the rule and the connection see one and the same DNS answer (looking it up here as well let a
 * rebinding name pass with one answer and connect with another).
 */
final class AddressGuard {

  private final boolean allowPrivate;

  AddressGuard(boolean allowPrivate) {
    this.allowPrivate = allowPrivate;
  }

  void check(String url) throws FetchException {
    // allowPrivate = true: the form only, no DNS lookup.
    OutboundAddress.Refusal refusal = OutboundAddress.check(url, true);
    if (refusal != null) {
      throw new FetchException("refused: " + url + ": " + refusal.forSource(), false);
    }
    String host = URI.create(url.strip()).getHost();
    String literal = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    if (!allowPrivate && InetAddresses.isInetAddress(literal)
        && OutboundAddress.isInternal(InetAddresses.forString(literal))) {
      throw refused(url);
    }
  }

  static FetchException refused(String url) {
    return new FetchException("refused: " + url + " leads to this machine or a private network", false);
  }
}
