package io.facetwire.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.facetwire.FacetwireConfig;
import io.facetwire.support.RawHttp;
import io.facetwire.support.ServerExtension;
import io.facetwire.web.http.ConnectionsPerAddress;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Slowloris with connections (session 12): one address opening connection after connection and sending
 * each a header line now and then, so Jetty's idle timeout never ends them. Before: the server kept every
 * one (20,800 on the served jar, until the process ran out of file descriptors and Elasticsearch's disk
 * check failed). Now one address keeps at most {@link ConnectionsPerAddress#perAddress} and the ones beyond
 * are closed at once; other addresses are not touched. No proxy here: the connection's own address counts.
 */
class ConnectionLimitsTest {

  // A long grace: these heads trickle on purpose, and what is tested is the count per address, not the deadline a
  // request head has (session 19, RequestEntryTest).
  @RegisterExtension
  static final ServerExtension server = ServerExtension.with(config -> config.withLimits(
      FacetwireConfig.Limits.defaults().withBodyPace(1024, java.time.Duration.ofMinutes(10))));

  /**
   * The address opens its share and {@link #BEYOND} more. The harness may hold a keep-alive connection or two of
   * its own from 127.0.0.1 that open and close on their own time, and the server counts connections as its
   * selector threads open them (not strictly in the order they were accepted), so which connections are
   * closed is not fixed: what holds is that the address keeps at most its share and the rest are closed at once.
   */
  @Test
  void oneAddressKeepsItsShareOfConnectionsAndTheOnesBeyondAreClosedAtOnce() throws Exception {
    int limit = ConnectionsPerAddress.perAddress(server.facetwire().config().limits());
    List<SocketChannel> opened = new java.util.concurrent.CopyOnWriteArrayList<>();
    ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
    try {
      for (int i = 0; i < limit + BEYOND; i++) {
        opened.add(unfinishedHead());
      }
      // A header line a second on each: never idle, never finished, so the idle timeout ends none of them.
      trickle.scheduleWithFixedDelay(() -> opened.forEach(c -> {
        synchronized (c) {
          try {
            c.write(ByteBuffer.wrap("X-Wait: 1\r\n".getBytes(StandardCharsets.US_ASCII)));
          } catch (IOException e) {
            // closed by the server: nothing more to send
          }
        }
      }), 1, 1, TimeUnit.SECONDS);
      // Before: every one kept. Now: the ones beyond the share are closed as they are accepted, unanswered.
      List<SocketChannel> kept = keptOnceSettled(opened);
      assertTrue(kept.size() <= limit, kept.size() + " connections kept, the share is " + limit);
      assertTrue(kept.size() >= limit - BEYOND, "only the ones beyond the share are closed: " + kept.size() + " kept");
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
      // The share's own connections are still served: a kept one ends its head and gets its answer.
      SocketChannel first = kept.get(0);
      String firstAnswer;
      synchronized (first) {
        first.configureBlocking(true);
        first.socket().setSoTimeout(60_000);
        first.write(ByteBuffer.wrap("Connection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII)));
        firstAnswer = RawHttp.answerHead(first.socket().getInputStream());
      }
      assertTrue(firstAnswer.startsWith("HTTP/1.1 200"), firstAnswer);
    } finally {
      trickle.shutdownNow();
      for (SocketChannel c : opened) {
        c.close();
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

  /** Connections beyond the share, opened by the test. */
  private static final int BEYOND = 8;

  /**
   * The connections still open once the server has closed the ones it refuses: polled without blocking until
   * at least {@link #BEYOND} are closed and the count has not moved for a second (at most a minute).
   */
  private static List<SocketChannel> keptOnceSettled(List<SocketChannel> opened) throws InterruptedException {
    java.util.Set<SocketChannel> closed = new java.util.HashSet<>();
    int lastCount = -1;
    long stableSince = System.nanoTime();
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
    while (System.nanoTime() < deadline) {
      for (SocketChannel c : opened) {
        if (!closed.contains(c) && closedWithoutAnswer(c)) {
          closed.add(c);
        }
      }
      if (closed.size() != lastCount) {
        lastCount = closed.size();
        stableSince = System.nanoTime();
      } else if (closed.size() >= BEYOND && System.nanoTime() - stableSince > TimeUnit.SECONDS.toNanos(1)) {
        break;
      }
      Thread.sleep(100);
    }
    return opened.stream().filter(c -> !closed.contains(c)).toList();
  }

  /** Whether the server ended the connection without a byte of answer (a reset counts: it closed unread). */
  private static boolean closedWithoutAnswer(SocketChannel c) {
    synchronized (c) {
      try {
        ByteBuffer one = ByteBuffer.allocate(1);
        return c.read(one) == -1; // 0: open, nothing to read yet; a byte would be an answer: not closed
      } catch (IOException e) {
        return true;
      }
    }
  }

  /** A connection from 127.0.0.1 that has sent the start of a request head and no end to it, not blocking. */
  private static SocketChannel unfinishedHead() throws IOException {
    SocketChannel c = SocketChannel.open(new InetSocketAddress("127.0.0.1", server.app().port()));
    c.write(ByteBuffer.wrap("GET /health/live HTTP/1.1\r\nHost: 127.0.0.1\r\n".getBytes(StandardCharsets.US_ASCII)));
    c.configureBlocking(false);
    return c;
  }
}
