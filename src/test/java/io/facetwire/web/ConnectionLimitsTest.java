package io.facetwire.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.facetwire.support.RawHttp;
import io.facetwire.support.TestServer;
import io.facetwire.web.http.ConnectionsPerAddress;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Slowloris with connections (session 12): one address opening connection after connection and sending
 * each a header line now and then, so Jetty's idle timeout never ends them. Before: the server kept every
 * one (20,800 on the served jar, until the process ran out of file descriptors and Elasticsearch's disk
 * check failed). Now one address keeps {@link ConnectionsPerAddress#perAddress} and the next is closed at
 * once; other addresses are not touched. No proxy here: the connection's own address counts.
 */
class ConnectionLimitsTest {

  static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void oneAddressKeepsItsShareOfConnectionsAndTheNextIsClosedAtOnce() throws Exception {
    int limit = ConnectionsPerAddress.perAddress(server.facetwire().config().limits());
    List<Socket> held = new java.util.concurrent.CopyOnWriteArrayList<>();
    ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
    try {
      for (int i = 0; i < limit; i++) {
        held.add(unfinishedHead());
      }
      // A header line a second on each: never idle, never finished.
      trickle.scheduleWithFixedDelay(() -> held.forEach(s -> {
        synchronized (s) {
          try {
            s.getOutputStream().write("X-Wait: 1\r\n".getBytes(StandardCharsets.US_ASCII));
          } catch (IOException e) {
            // closed: nothing more to send
          }
        }
      }), 1, 1, TimeUnit.SECONDS);
      try (Socket oneMore = unfinishedHead()) {
        held.add(oneMore); // trickled like the others, so the idle timeout cannot be what ends it
        // Before: kept open (and the read waited until the safety timeout). Now: closed at once, no answer.
        assertTrue(closedWithoutAnswer(oneMore), "the connection beyond the share was kept");
      }
      // Another address (127.0.0.2, also loopback) is served as before.
      try (Socket other = new Socket()) {
        other.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.2"), 0));
        other.connect(new InetSocketAddress("127.0.0.1", server.app().port()));
        other.setSoTimeout(60_000);
        other.getOutputStream().write("GET /health/live HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
            .getBytes(StandardCharsets.US_ASCII));
        String answer = RawHttp.answerHead(other.getInputStream());
        assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
      }
      // The share's own connections are still served: the first one ends its head and gets its answer.
      Socket first = held.get(0);
      synchronized (first) {
        first.getOutputStream().write("Connection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      }
      String firstAnswer = RawHttp.answerHead(first.getInputStream());
      assertTrue(firstAnswer.startsWith("HTTP/1.1 200"), firstAnswer);
    } finally {
      trickle.shutdownNow();
      for (Socket s : held) {
        s.close();
      }
    }
    // Once they are gone, the address may connect again: closed connections are counted out (as the server
    // notices each close, so a few tries may meet the last of them still counted).
    String answer = "";
    for (int attempt = 0; attempt < 100 && !answer.startsWith("HTTP/1.1 200"); attempt++) {
      try (Socket again = RawHttp.open(server)) {
        again.getOutputStream().write("GET /health/live HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
            .getBytes(StandardCharsets.US_ASCII));
        answer = RawHttp.answerHead(again.getInputStream());
      } catch (IOException e) {
        answer = e.toString();
      }
      if (!answer.startsWith("HTTP/1.1 200")) {
        Thread.sleep(100);
      }
    }
    assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
  }

  /** Whether the server ended the connection without a byte of answer (a reset counts: it closed unread). */
  private static boolean closedWithoutAnswer(Socket s) {
    try {
      return s.getInputStream().read() == -1;
    } catch (java.net.SocketTimeoutException e) {
      return false;
    } catch (IOException e) {
      return true;
    }
  }

  /** A connection from 127.0.0.1 that has sent the start of a request head and no end to it. */
  private static Socket unfinishedHead() throws IOException {
    Socket s = RawHttp.open(server);
    s.getOutputStream().write("GET /health/live HTTP/1.1\r\nHost: 127.0.0.1\r\n".getBytes(StandardCharsets.US_ASCII));
    s.getOutputStream().flush();
    return s;
  }
}
