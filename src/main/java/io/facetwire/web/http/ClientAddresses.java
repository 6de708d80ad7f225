package io.facetwire.web.http;

import com.google.common.net.InetAddresses;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * The key a client is counted under by every per-address limit (searches, exports, threads, sign-in
 * attempts). An IPv4 address is one client. An IPv6 client is given a whole /64 by its provider (one
 * subnet per home or server, RFC 6177) and may pick any of its 2^64 addresses for every request, so
 * counting each address apart let one client run a limit's worth of requests from each: an IPv6 address
 * counts by its /64. An IPv4 address written as IPv6 ({@code ::ffff:192.0.2.1}) is the IPv4 client.
 */
public final class ClientAddresses {

  private ClientAddresses() {}

  /**
   * {@code 2001:db8:1:2::/64} for any address in that /64, the IPv4 address itself, and anything that is
   * not an address literal (a proxy's odd {@code X-Forwarded-For}) as given: no name is ever looked up.
   */
  public static String key(String address) {
    if (address == null) {
      return null;
    }
    String literal = address.strip();
    if (literal.startsWith("[") && literal.endsWith("]")) {
      literal = literal.substring(1, literal.length() - 1);
    }
    int zone = literal.indexOf('%');
    if (zone >= 0) {
      literal = literal.substring(0, zone);
    }
    if (!InetAddresses.isInetAddress(literal)) {
      return address;
    }
    InetAddress parsed = InetAddresses.forString(literal);
    if (parsed instanceof Inet4Address) {
      return parsed.getHostAddress();
    }
    byte[] bytes = parsed.getAddress();
    try {
      if (parsed instanceof Inet6Address && isIpv4Mapped(bytes)) {
        return InetAddress.getByAddress(Arrays.copyOfRange(bytes, 12, 16)).getHostAddress();
      }
      byte[] network = Arrays.copyOf(Arrays.copyOf(bytes, 8), 16);
      return InetAddresses.toAddrString(InetAddress.getByAddress(network)) + "/64";
    } catch (UnknownHostException e) {
      throw new IllegalStateException("4 and 16 bytes are addresses", e);
    }
  }

  private static boolean isIpv4Mapped(byte[] bytes) {
    for (int i = 0; i < 10; i++) {
      if (bytes[i] != 0) {
        return false;
      }
    }
    return bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
  }
}
