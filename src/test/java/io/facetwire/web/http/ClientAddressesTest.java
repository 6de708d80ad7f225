package io.facetwire.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The key a client is counted under, without a server. */
class ClientAddressesTest {

  @Test
  void anIpv6AddressCountsByItsSlash64() {
    assertEquals("2001:db8:1:2::/64", ClientAddresses.key("2001:db8:1:2::1"));
    assertEquals("2001:db8:1:2::/64", ClientAddresses.key("2001:0DB8:0001:0002:ffff:ffff:ffff:ffff"));
    assertEquals("2001:db8:1:2::/64", ClientAddresses.key("[2001:db8:1:2::99]"), "bracketed, as in a Host");
    assertEquals("fe80::/64", ClientAddresses.key("fe80::1%eth0"), "a zone is not part of the client");
    assertEquals("2001:db8:1:3::/64", ClientAddresses.key("2001:db8:1:3::1"));
    assertEquals("::/64", ClientAddresses.key("0:0:0:0:0:0:0:1"), "loopback");
  }

  @Test
  void ipv4IsOneClientPerAddressAlsoWhenWrittenAsIpv6() {
    assertEquals("192.0.2.7", ClientAddresses.key("192.0.2.7"));
    assertEquals("192.0.2.7", ClientAddresses.key("::ffff:192.0.2.7"));
    assertEquals("192.0.2.8", ClientAddresses.key("::ffff:c000:208"));
  }

  @Test
  void whatIsNoAddressStaysAsGivenAndIsNeverLookedUp() {
    assertEquals("proxy.example.org", ClientAddresses.key("proxy.example.org"));
    assertEquals("unknown", ClientAddresses.key("unknown"));
    assertEquals(null, ClientAddresses.key(null));
  }
}
