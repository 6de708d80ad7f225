package io.facetwire.saved;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.facetwire.support.RebindingNames;
import io.facetwire.support.WebhookReceiver;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A webhook call connects to the address the rule checked, never to a second answer of the name service. */
class WebhookSenderTest {

  private static String urlNamed(String host, WebhookReceiver receiver) {
    return "http://" + host + ":" + URI.create(receiver.url()).getPort() + "/hook";
  }

  @Test
  void aRebindingNameIsLookedUpOnceAndNeverReachesThisMachine() {
    // Before (until session 13): the address rule looked the name up (public: passed), then the JDK's client
    // looked it up again to connect (127.0.0.1 now): the POST reached this machine.
    try (WebhookReceiver receiver = new WebhookReceiver()) {
      RebindingNames names = new RebindingNames("192.0.2.1", "127.0.0.1"); // 192.0.2.1: documentation, unrouted
      WebhookSender sender = new WebhookSender(List.of(), Duration.ofMillis(400), false, names);
      WebhookSender.Delivery d = sender.send(urlNamed("rebinding.example", receiver), "{\"alert\":1}");
      assertFalse(d.delivered(), d.toString());
      assertEquals(Map.of("rebinding.example", 1), names.lookups, "one lookup per connection");
      assertTrue(receiver.received().isEmpty(), "the rebound address was never reached");
    }
  }

  @Test
  void aNameThatAnswersAPrivateAddressIsRefusedWithoutRetrying() {
    try (WebhookReceiver receiver = new WebhookReceiver()) {
      RebindingNames names = new RebindingNames("127.0.0.1", "127.0.0.1");
      WebhookSender sender = new WebhookSender(List.of(Duration.ofMillis(1), Duration.ofMillis(1)),
          Duration.ofSeconds(2), false, names);
      WebhookSender.Delivery d = sender.send(urlNamed("inside.example", receiver), "{}");
      assertEquals(new WebhookSender.Delivery(false, 1, "Webhooks cannot go to this machine or a private network."), d);
      assertTrue(receiver.received().isEmpty());
      // A literal address goes through the same rule.
      assertFalse(sender.send(receiver.url(), "{}").delivered());
      assertTrue(receiver.received().isEmpty());
    }
  }

  @Test
  void aRedirectIsReportedNotFollowedAndTheNameStaysInTheRequest() {
    try (WebhookReceiver receiver = new WebhookReceiver()) {
      receiver.answer(307);
      RebindingNames names = new RebindingNames("127.0.0.1", "127.0.0.1");
      WebhookSender sender = new WebhookSender(List.of(), Duration.ofSeconds(5), true, names);
      WebhookSender.Delivery d = sender.send(urlNamed("hooks.example", receiver), "{\"n\":1}");
      assertEquals(new WebhookSender.Delivery(false, 1, "the webhook answered HTTP 307"), d);
      assertEquals(1, receiver.received().size(), "the one address the owner typed, once");
      WebhookSender.Delivery next = sender.send(urlNamed("hooks.example", receiver), "{\"n\":2}");
      assertTrue(next.delivered(), next.toString());
      assertEquals("application/json", receiver.received().get(1).contentType());
      assertEquals(2, receiver.received().get(1).json().get("n").asInt());
    }
  }
}
