package io.facetwire.net;

import java.net.Inet4Address;
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
public final class OutboundAddress {

  public static final int MAX_LENGTH = 2000;

  private OutboundAddress() {}

  /** A dotted address of digits alone with a part that starts with 0 and goes on ({@code 0177.0.0.1}, {@code 10.010.0.1}). */
  private static final java.util.regex.Pattern LEADING_ZERO_OCTET =
      java.util.regex.Pattern.compile("^(?=[0-9.]+$)(?:.*\\.)?0[0-9]");

  /** The dotted IPv4 part of a host: the host itself, or what follows the last colon of a bracketed IPv6 literal. */
  private static String dottedPart(String host) {
    return host.startsWith("[") ? host.substring(host.lastIndexOf(':') + 1).replace("]", "") : host;
  }

  /**
   * Why the server will not call a URL: the kind, and the host for {@link Reason#UNKNOWN_HOST}. Webhooks and live
   * sources share the rule but not the words, so each caller asks for its own sentence instead of rewriting
   * another's (they did, by matching the webhook's wording).
   */
  public record Refusal(Reason reason, String host) {

    /** The sentence for someone setting a webhook on their account page. */
    public String forWebhook() {
      return switch (reason) {
        case MISSING -> "Enter a webhook URL.";
        case NOT_HTTP -> "A webhook URL starts with https:// (or http://).";
        case INTERNAL -> "Webhooks cannot go to this machine or a private network.";
        case TOO_LONG, NOT_A_URL, NO_HOST, CREDENTIALS, TWO_READINGS, UNKNOWN_HOST -> common();
      };
    }

    /** The sentence for an admin adding a live source, and in the fetcher's refusals. */
    public String forSource() {
      return switch (reason) {
        case MISSING -> "Enter the address of a feed or news sitemap.";
        case NOT_HTTP -> "An address starts with https:// (or http://).";
        case INTERNAL -> "That address leads to this machine or a private network; Facetwire does not fetch from there.";
        case TOO_LONG, NOT_A_URL, NO_HOST, CREDENTIALS, TWO_READINGS, UNKNOWN_HOST -> common();
      };
    }

    private String common() {
      return switch (reason) {
        case TOO_LONG -> "That URL is too long.";
        case NOT_A_URL -> "That is not a valid URL.";
        case NO_HOST -> "That URL has no host name.";
        case CREDENTIALS -> "Put credentials in the path or query of the URL, not before the host name.";
        case TWO_READINGS -> "The address " + host + " reads as two different hosts (some programs take a number that"
            + " starts with 0 as octal): write it without the leading zeros.";
        case UNKNOWN_HOST -> "The host name " + host + " cannot be found.";
        case MISSING, NOT_HTTP, INTERNAL -> throw new IllegalStateException("worded by each use: " + reason);
      };
    }
  }

  /** The kinds of {@link Refusal}. */
  public enum Reason { MISSING, TOO_LONG, NOT_A_URL, NOT_HTTP, NO_HOST, CREDENTIALS, TWO_READINGS, INTERNAL, UNKNOWN_HOST }

  /**
   * Null when the server may call {@code url}; else why not. With {@code allowPrivate} only the URL's form is
   * checked (no DNS lookup): where the connection opens, {@link CheckedAddresses} judges the addresses.
   */
  public static Refusal check(String url, boolean allowPrivate) {
    if (url == null || url.isBlank()) {
      return new Refusal(Reason.MISSING, null);
    }
    if (url.length() > MAX_LENGTH) {
      return new Refusal(Reason.TOO_LONG, null);
    }
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      return new Refusal(Reason.NOT_A_URL, null);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return new Refusal(Reason.NOT_HTTP, null);
    }
    if (uri.getHost() == null || uri.getHost().isBlank()) {
      return new Refusal(Reason.NO_HOST, null);
    }
    if (uri.getRawUserInfo() != null) {
      return new Refusal(Reason.CREDENTIALS, null);
    }
    if (LEADING_ZERO_OCTET.matcher(dottedPart(uri.getHost())).find()) {
      // Session 17: Java reads 0177.0.0.1 as 177.0.0.1 (a public address, which the connection then went to),
      // a browser, curl or a proxy as 127.0.0.1. Whichever this server meant, an address that reads two ways is
      // refused, in both the webhook's and the live source's words.
      return new Refusal(Reason.TWO_READINGS, uri.getHost());
    }
    if (allowPrivate) {
      return null;
    }
    try {
      for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
        if (isInternal(address)) {
          return new Refusal(Reason.INTERNAL, null);
        }
      }
    } catch (UnknownHostException e) {
      return new Refusal(Reason.UNKNOWN_HOST, uri.getHost());
    }
    return null;
  }

  /** Loopback, private, link-local, reserved, or one of those spelled in IPv6 (also the fetcher's rule, {@code sources.fetch}). */
  public static boolean isInternal(InetAddress a) {
    if (a.isLoopbackAddress() || a.isAnyLocalAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
        || a.isMulticastAddress()) {
      return true;
    }
    byte[] b = a.getAddress();
    if (a instanceof Inet6Address) {
      Inet4Address embedded = embeddedIpv4(b);
      if (embedded != null) {
        // The same IPv4 host spelled in IPv6 ([::127.0.0.1], [64:ff9b::7f00:1], [2002:7f00:1::]):
        // the IPv4 rules decide. Translators and tunnels on the way may reach it.
        return isInternal(embedded);
      }
      return (b[0] & 0xfe) == 0xfc // fc00::/7, unique local
          || (b[0] == 0x01 && b[1] == 0x00 && isZero(b, 2, 8)) // 100::/64, discard-only
          || ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8); // 2001:db8::/32
    }
    int first = b[0] & 0xff;
    int second = b[1] & 0xff;
    int third = b[2] & 0xff;
    return first == 0 || (first == 100 && second >= 64 && second < 128) // 0/8, carrier-grade NAT
        || (first == 198 && (second == 18 || second == 19)) // benchmarking networks
        || (first == 192 && second == 0 && (third == 0 || third == 2)) // 192.0.0/24 IETF protocol assignments, TEST-NET-1
        || (first == 192 && second == 88 && third == 99) // 192.88.99/24, the retired 6to4 relays
        || (first == 198 && second == 51 && third == 100) // TEST-NET-2
        || (first == 203 && second == 0 && third == 113) // TEST-NET-3: none is reachable on the Internet
        || first >= 240; // 240/4 reserved, 255.255.255.255 broadcast
  }

  /**
   * The IPv4 address an IPv6 address carries, or null: IPv4-compatible {@code ::a.b.c.d} (which
   * includes {@code ::1} as 0.0.0.1), IPv4-mapped {@code ::ffff:a.b.c.d} (Java usually gives those as
   * IPv4 already), IPv4-translated {@code ::ffff:0:a.b.c.d}, NAT64 {@code 64:ff9b::/96} and
   * {@code 64:ff9b:1::/48}, 6to4 {@code 2002::/16} and Teredo {@code 2001::/32} (its client address,
   * stored inverted).
   */
  static Inet4Address embeddedIpv4(byte[] b) {
    int w0 = word(b, 0);
    int w1 = word(b, 2);
    if (isZero(b, 0, 10) && ((b[10] == 0 && b[11] == 0) || (word(b, 10) == 0xffff))) {
      return ipv4(b[12], b[13], b[14], b[15]);
    }
    if (isZero(b, 0, 8) && word(b, 8) == 0xffff && word(b, 10) == 0) {
      return ipv4(b[12], b[13], b[14], b[15]);
    }
    if (w0 == 0x0064 && w1 == 0xff9b && (isZero(b, 4, 12) || word(b, 4) == 0x0001)) {
      return ipv4(b[12], b[13], b[14], b[15]);
    }
    if (w0 == 0x2002) {
      return ipv4(b[2], b[3], b[4], b[5]);
    }
    if (w0 == 0x2001 && w1 == 0x0000) {
      return ipv4((byte) ~b[12], (byte) ~b[13], (byte) ~b[14], (byte) ~b[15]);
    }
    return null;
  }

  private static int word(byte[] b, int at) {
    return ((b[at] & 0xff) << 8) | (b[at + 1] & 0xff);
  }

  private static boolean isZero(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return true;
  }

  private static Inet4Address ipv4(byte a, byte b, byte c, byte d) {
    try {
      return (Inet4Address) InetAddress.getByAddress(new byte[] {a, b, c, d});
    } catch (UnknownHostException e) {
      throw new IllegalStateException("four bytes are always an IPv4 address", e);
    }
  }
}
