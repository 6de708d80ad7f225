package io.facetwire.saved;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Which webhook URLs the server will call. Users type these, so unless the operator allows it, a URL
 * that leads to this machine or a private network is refused: otherwise anyone with an account could
 * make the server POST to internal services (Elasticsearch itself listens on 127.0.0.1).
 */
public final class WebhookAddress {

  public static final int MAX_LENGTH = 2000;

  private WebhookAddress() {}

  /** Null when the server may call {@code url}; else the reason, in words for the user. */
  public static String problemWith(String url, boolean allowPrivate) {
    if (url == null || url.isBlank()) {
      return "Enter a webhook URL.";
    }
    if (url.length() > MAX_LENGTH) {
      return "That URL is too long.";
    }
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      return "That is not a valid URL.";
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return "A webhook URL starts with https:// (or http://).";
    }
    if (uri.getHost() == null || uri.getHost().isBlank()) {
      return "That URL has no host name.";
    }
    if (uri.getRawUserInfo() != null) {
      return "Put credentials in the path or query of the URL, not before the host name.";
    }
    if (allowPrivate) {
      return null;
    }
    try {
      for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
        if (isInternal(address)) {
          return "Webhooks cannot go to this machine or a private network.";
        }
      }
    } catch (UnknownHostException e) {
      return "The host name " + uri.getHost() + " cannot be found.";
    }
    return null;
  }

  static boolean isInternal(InetAddress a) {
    if (a.isLoopbackAddress() || a.isAnyLocalAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
        || a.isMulticastAddress()) {
      return true;
    }
    byte[] b = a.getAddress();
    if (a instanceof Inet6Address) {
      return (b[0] & 0xfe) == 0xfc; // fc00::/7, unique local
    }
    int first = b[0] & 0xff;
    int second = b[1] & 0xff;
    return first == 0 || (first == 100 && second >= 64 && second < 128) // 0/8, carrier-grade NAT
        || (first == 198 && (second == 18 || second == 19)); // benchmarking networks
  }
}
