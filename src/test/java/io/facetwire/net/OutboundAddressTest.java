package io.facetwire.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Webhook URLs users may set: no way to make the server call itself or a private network. */
class OutboundAddressTest {

  @ParameterizedTest
  @ValueSource(strings = {"http://127.0.0.1:9200/_bulk", "http://localhost/hook", "http://10.1.2.3/x",
      "http://192.168.0.10/x", "http://172.16.5.5/x", "http://169.254.169.254/latest/meta-data",
      "http://[::1]/x", "http://[fd00::1]/x", "http://0.0.0.0/x", "http://100.64.0.1/x",
      "ftp://example.org/x", "javascript:alert(1)", "file:///etc/passwd", "http://user:pw@example.org/x",
      "not a url", "", "http:///nohost"})
  void refusedByDefault(String url) {
    assertNotNull(OutboundAddress.check(url, false), url);
  }

  /** Loopback and private IPv4 hosts spelled as IPv6: compatible, mapped, translated, NAT64, 6to4, Teredo. */
  @ParameterizedTest
  @ValueSource(strings = {"http://[::127.0.0.1]:9200/", "http://[::7f00:1]/x", "http://[64:ff9b::7f00:1]/x",
      "http://[64:ff9b::127.0.0.1]/x", "http://[64:ff9b:1::7f00:1]/x", "http://[::ffff:127.0.0.1]/x",
      "http://[::ffff:7f00:1]/x", "http://[::ffff:0:127.0.0.1]/x", "http://[2002:7f00:1::]/x",
      "http://[2002:a00:1::1]/x", "http://[2001:0:4136:e378:8000:63bf:80ff:fffe]/x",
      "http://[64:ff9b::a9fe:a9fe]/latest/meta-data", "http://[::]/x", "http://[fe80::1]/x",
      "http://[ff02::1]/x", "http://[100::1]/x", "http://[2001:db8::1]/x", "http://255.255.255.255/x",
      "http://[::ffff:10.0.0.1]/x", "http://[::192.168.1.1]/x"})
  void ipv6SpellingsOfInternalHostsAreRefused(String url) {
    assertNotNull(OutboundAddress.check(url, false), url);
  }

  /**
   * The IANA special-purpose IPv4 blocks that are not globally reachable and that Java's own tests do not name
   * (session 30; the first four were accepted before): IETF protocol assignments, the documentation networks, the
   * retired 6to4 relay anycast.
   */
  @ParameterizedTest
  @ValueSource(strings = {"http://192.0.0.8/x", "http://192.0.2.1/x", "http://198.51.100.7/x", "http://203.0.113.9/x",
      "http://192.88.99.1/x", "http://[64:ff9b::c000:208]/x"})
  void reservedSpecialPurposeBlocksAreRefused(String url) {
    assertNotNull(OutboundAddress.check(url, false), url);
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://192.0.3.1/x", "http://192.1.0.1/x", "http://203.0.114.1/x",
      "http://198.51.101.1/x"})
  void neighboursOfTheReservedBlocksAreFine(String url) {
    assertNull(OutboundAddress.check(url, false), url);
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://93.184.216.34/hook", "http://[64:ff9b::808:808]/x", "http://[2002:808:808::1]/x",
      "http://[2606:4700:4700::1111]/x", "http://8.8.8.8:8080/alerts?key=abc"})
  void publicAddressesAreFine(String url) {
    assertNull(OutboundAddress.check(url, false), url);
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://127.0.0.1:8080/hook", "http://192.168.0.10/x"})
  void privateAddressesWhenTheOperatorAllowsThem(String url) {
    assertNull(OutboundAddress.check(url, true), url);
  }

  /**
   * An address that reads two ways (session 17): Java takes 0177.0.0.1 as 177.0.0.1, a browser, curl or a proxy as
   * 127.0.0.1 (octal). Refused whether or not private addresses are allowed, since it is the URL's form.
   */
  @ParameterizedTest
  @ValueSource(strings = {"http://0177.0.0.1/x", "http://10.010.0.1:8080/x", "https://00.1.2.3/", "http://127.0.0.01/",
      "http://[::ffff:0177.0.0.1]/x"})
  void addressesWithLeadingZerosAreRefusedWithTheReason(String url) {
    for (boolean allowPrivate : new boolean[] {false, true}) {
      OutboundAddress.Refusal refusal = OutboundAddress.check(url, allowPrivate);
      assertNotNull(refusal, url);
      assertEquals(OutboundAddress.Reason.TWO_READINGS, refusal.reason(), url);
      assertEquals(refusal.forWebhook(), refusal.forSource());
    }
    assertNull(OutboundAddress.check("http://10.0.0.1/x", true), "a plain 0 part is one number");
  }

  /** Webhooks and live sources share the rule, each with its own words (they were rewritten by string matching). */
  @org.junit.jupiter.api.Test
  void eachUseHasItsOwnSentence() {
    OutboundAddress.Refusal scheme = OutboundAddress.check("ftp://example.org/x", false);
    assertEquals(OutboundAddress.Reason.NOT_HTTP, scheme.reason());
    assertEquals("A webhook URL starts with https:// (or http://).", scheme.forWebhook());
    assertEquals("An address starts with https:// (or http://).", scheme.forSource());
    OutboundAddress.Refusal internal = OutboundAddress.check("http://127.0.0.1:9200/", false);
    assertEquals("Webhooks cannot go to this machine or a private network.", internal.forWebhook());
    assertEquals("That address leads to this machine or a private network; Facetwire does not fetch from there.",
        internal.forSource());
    assertEquals("Enter the address of a feed or news sitemap.", OutboundAddress.check(" ", true).forSource());
    assertEquals("Put credentials in the path or query of the URL, not before the host name.",
        OutboundAddress.check("http://u:p@example.org/", true).forSource());
    OutboundAddress.Refusal unknown = OutboundAddress.check("http://no-such-host.invalid/x", false);
    assertEquals("The host name no-such-host.invalid cannot be found.", unknown.forWebhook());
  }
}
