package io.facetwire.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.facetwire.FacetwireConfig;
import io.facetwire.support.Http;
import io.facetwire.support.RawHttp;
import io.facetwire.support.ServerExtension;
import io.facetwire.support.TestServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Session 11's probes of the served jar at the door every request passes ({@code RequestEntry}): HEAD
 * answered as its GET, bodies that trickle (JSON as well as forms), a chunked body over its limit, a
 * compressed body. Sent as the attacker sent them, over raw sockets where the attack is in the bytes.
 * Each failed before its fix. This server trusts its proxy so one test can play many addresses, and gives
 * bodies a long grace, so the trickling test below shows the bodies being read without a thread rather
 * than being cut for their pace (which {@link #aBodyThatFallsBelowThePaceIsAnswered408WhileItTrickles} shows).
 */
class RequestEntryTest {

  @RegisterExtension
  static final ServerExtension server = ServerExtension.with(config -> config.withProxy(true)
      .withLimits(FacetwireConfig.Limits.defaults().withBodyPace(1024, Duration.ofMinutes(10))));

  private static Http.Response head(String path) {
    return server.http().send(server.http().request(path).method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
  }

  @Test
  void jettysOwnRefusalsAnswerTheApiInJsonAndPagesInHtml() {
    // Before (session 12's open item): a request line Jetty refused before there was a request (414 too
    // long, 505 unknown version) got the HTML page under /api/ as well; Jetty hands the error page a
    // stand-in request for "/badMessage". Now each connection keeps the start of the line it reads.
    String base = server.http().base();
    String longQuery = "q=" + "a".repeat(70_000);
    String bigHeader = "X-Big: " + "b".repeat(70_000) + "\r\n";
    record Probe(String name, int status, String line, String headers) {}
    List<Probe> probes = List.of(
        new Probe("URI too long", 414, "GET %s?" + longQuery + " HTTP/1.1", ""),
        new Probe("headers too large", 431, "GET %s?q=x HTTP/1.1", bigHeader),
        new Probe("unknown version", 505, "GET %s?q=x HTTP/1.7", ""),
        new Probe("a path that does not decode", 400, "GET %s%%zz HTTP/1.1", ""),
        new Probe("two lengths", 400, "POST %s HTTP/1.1", "Content-Length: 1\r\nContent-Length: 2\r\n"));
    for (Probe p : probes) {
      for (String path : List.of("/api/search", "http://127.0.0.1/api/search", "/search")) {
        Http.Response r = RawHttp.send(base, String.format(p.line(), path) + "\r\nHost: 127.0.0.1\r\n" + p.headers()
            + "Connection: close\r\n\r\n");
        String what = p.name() + " " + path + ": " + r.body();
        assertEquals(p.status(), r.status(), what);
        if (path.contains("/api/")) {
          assertEquals("application/json", r.header("Content-Type"), what);
          assertTrue(r.json().path("error").asText().length() > 0, what);
        } else {
          assertEquals("text/html;charset=utf-8", r.header("Content-Type"), what);
          assertTrue(r.body().startsWith("<!DOCTYPE html>"), what);
        }
      }
    }
    // The next request on a kept-alive connection is judged by its own line, not the previous one's.
    Http.Response page = RawHttp.send(base, "GET /api/search?q=x HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
        + "GET /search?" + longQuery + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    assertEquals(200, page.status(), "the first answer");
    assertTrue(page.body().contains("414 URI Too Long") || page.body().contains(" 414 "), page.body().substring(0, 200));
    String second = page.body().substring(page.body().indexOf("HTTP/1.1 414"));
    assertTrue(second.contains("text/html"), second.substring(0, Math.min(600, second.length())));
  }

  @Test
  void aHeadIsAnsweredAsItsGetWithoutTheBody() {
    // Before: 200 for every address with a GET route, the route never run.
    for (String path : List.of("/metrics", "/articles/no-such-article", "/api/articles/no-such-article", "/nowhere",
        "/search?q=oil", "/api/search?q=oil", "/saved", "/static/favicon.svg")) {
      Http.Response get = server.http().get(path);
      Http.Response head = head(path);
      assertEquals(get.status(), head.status(), "HEAD " + path);
      assertEquals(get.header("Content-Type"), head.header("Content-Type"), "HEAD " + path);
      assertEquals("", head.body(), "HEAD " + path + " has no body");
    }
    assertEquals(401, head("/metrics").status());
    assertEquals(404, head("/articles/no-such-article").status());
  }

  @Test
  void aChunkedFormOverItsLimitIsTold413() throws Exception {
    // Before: 400 (Jetty's cap failed with an unnamed exception, taken for a client gone away).
    try (Socket s = RawHttp.open(server)) {
      OutputStream out = s.getOutputStream();
      out.write(RawHttp.head("POST", "/signin", "198.51.100.20", "Transfer-Encoding: chunked",
          "Content-Type: application/x-www-form-urlencoded").getBytes(StandardCharsets.US_ASCII));
      byte[] part = new byte[16 * 1024];
      java.util.Arrays.fill(part, (byte) 'a');
      for (int i = 0; i < 5; i++) { // 80 KB, over the forms' 64 KB
        out.write((Integer.toHexString(part.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(part);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
      }
      out.flush();
      String answer = RawHttp.answerHead(s.getInputStream());
      assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
    }
  }

  @Test
  void bodiesTheServerCannotReadAreRefusedWithTheReason() {
    // Before: a gzip body was read as JSON, "Illegal character ((CTRL-CHAR, code 31))" (nothing inflates it,
    // and nothing should); "charset=ebcdic" was answered {"error":"ebcdic"}.
    Http.Response gzip = server.http().send(server.http().request("/api/extract").header("Content-Type", "application/json")
        .header("Content-Encoding", "gzip").POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {0x1f, (byte) 0x8b, 8, 0}))
        .build());
    assertEquals(415, gzip.status(), gzip.body());
    assertTrue(gzip.json().get("error").asText().contains("uncompressed"), gzip.body());
    Http.Response ebcdic = server.http().post("/api/extract", "application/json; charset=ebcdic", "{}");
    assertEquals(415, ebcdic.status(), ebcdic.body());
    assertTrue(ebcdic.json().get("error").asText().contains("cannot read the charset \"ebcdic\""), ebcdic.body());
    // Session 16: a charset Java knows but the server does not read was read as UTF-8 in silence (200 for ASCII).
    for (String type : List.of("application/json; charset=latin1", "application/json; charset=\"UTF-16\"",
        "application/json; charset=utf-8; charset=windows-1252", "application/x-ndjson; charset=iso-8859-1")) {
      Http.Response other = server.http().post("/api/extract", type, "{\"title\":\"t\",\"body\":\"Putin.\"}");
      assertEquals(415, other.status(), type + ": " + other.body());
      assertTrue(other.json().get("error").asText().contains("cannot read the charset"), other.body());
    }
    for (String type : List.of("application/json; charset=UTF-8", "application/json; charset=\"utf-8\"",
        "application/json;charset=us-ascii", "application/json")) {
      assertEquals(200, server.http().post("/api/extract", type, "{\"title\":\"t\",\"body\":\"Putin.\"}").status(), type);
    }
    // Refused before Javalin (a chunked body over its limit) under /api/: JSON too, as every other refusal
    // there (it was an HTML page).
    Http.Response tooLarge = server.http().send(server.http().request("/api/search").header("Content-Type",
        "application/json").POST(HttpRequest.BodyPublishers.ofInputStream(
            () -> new java.io.ByteArrayInputStream(new byte[80 * 1024]))).build());
    assertEquals(413, tooLarge.status(), tooLarge.body());
    assertTrue(tooLarge.json().get("error").asText().contains("larger than 64 KB"), tooLarge.body());
  }

  @Test
  void jsonThatReadsTwoWaysIsRefusedWithTheReason() {
    // Before: the last of two "body" keys won in silence, and a second value after the first was ignored.
    Http.Response twice = server.http().post("/api/extract", "application/json",
        "{\"title\":\"t\",\"body\":\"Vladimir Putin\",\"body\":\"Angela Merkel\"}");
    assertEquals(400, twice.status(), twice.body());
    assertTrue(twice.json().get("error").asText().contains("a key given twice in one object: 'body'"), twice.body());
    Http.Response two = server.http().post("/api/extract", "application/json", "{\"title\":\"t\",\"body\":\"b\"} {\"x\":1}");
    assertEquals(400, two.status(), two.body());
    assertTrue(two.json().get("error").asText().contains("more than one JSON value"), two.body());
    Http.Response number = server.http().post("/api/extract", "application/json",
        "{\"title\":\"t\",\"body\":\"b\",\"n\":1" + "0".repeat(10_000) + "}");
    assertEquals(400, number.status(), number.body());
    assertTrue(number.json().get("error").asText().endsWith("(1000)"), number.body());
  }

  @Test
  void jsonBodiesTricklingInFromManyAddressesLeaveEveryoneElsesRequestsRunning() throws Exception {
    // Before: 360 connections from 30 addresses (12 each, within an address's share of threads), each
    // sending a small JSON body to /api/extract a byte at a time, held all 250 threads; a search waited.
    List<Socket> trickling = new ArrayList<>();
    ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
    try {
      for (int i = 0; i < 360; i++) {
        Socket s = RawHttp.open(server);
        trickling.add(s);
        s.getOutputStream().write((RawHttp.head("POST", "/api/extract", "203.0.113." + (100 + i % 30),
            "Content-Type: application/json", "Content-Length: 1000") + "{").getBytes(StandardCharsets.US_ASCII));
        s.getOutputStream().flush();
      }
      trickle.scheduleWithFixedDelay(() -> trickling.forEach(s -> RawHttp.oneMoreByte(s, ' ')), 1, 1, TimeUnit.SECONDS);
      HttpResponse<String> search = java.net.http.HttpClient.newHttpClient().send(
          server.http().request("/api/search?q=anything").header("X-Forwarded-For", "198.51.100.21")
              .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, search.statusCode());
    } finally {
      trickle.shutdownNow();
      for (Socket s : trickling) {
        s.close();
      }
    }
  }


  @Test
  void aBodyThatFallsBelowThePaceIsAnswered408WhileItTrickles() throws Exception {
    // Before: a body sent a byte at a time was read for as long as the client kept sending (Jetty's idle
    // timeout only ends a connection on which nothing arrives). Now past the grace it must keep a pace.
    FacetwireConfig config = TestServer.testConfig().withProxy(true)
        .withLimits(FacetwireConfig.Limits.defaults().withBodyPace(1024, Duration.ofSeconds(1)));
    try (TestServer paced = TestServer.start(config, Clock.systemUTC())) {
      // A large JSON body (streamed to its route) and a small form (read whole before the route).
      assertEquals(408, trickledStatus(paced, "/api/extract", "application/json", 100_000));
      assertEquals(408, trickledStatus(paced, "/signin", "application/x-www-form-urlencoded", 1_000));
      // Session 19: bytes that are not the body. A chunk extension ("1;aaaa…") trickled in gave no body bytes to
      // judge and kept the idle timeout away: no answer, the streaming read, its thread and an expensive place
      // held (found on the served jar: still held after 60 s). And a body that never starts: held until the idle
      // timeout (30 s) and then a 400. Now each wait for the body has the pace's deadline.
      for (String path : List.of("/api/extract", "/signin")) {
        assertEquals(408, framingTrickleStatus(paced, path, "1;", "a"), path + ", chunk extension");
        assertEquals(408, framingTrickleStatus(paced, path, "", ""), path + ", a body that never starts");
      }
      // Session 19: a request head trickled a byte every 20 ms (a header line at a time never ends it). Before: kept
      // for as long as bytes came (no answer, the socket's 60 s timeout failed the test). Now the head has the grace.
      try (Socket s = RawHttp.open(paced)) {
        OutputStream out = s.getOutputStream();
        out.write("GET /search?q=oil HTTP/1.1\r\nHost: 127.0.0.1\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
        AtomicInteger sent = new AtomicInteger();
        trickle.scheduleWithFixedDelay(() -> {
          RawHttp.oneMoreByte(s, "X-Wait: 1\r\n".charAt(sent.getAndIncrement() % 11));
        }, 0, 20, TimeUnit.MILLISECONDS);
        try {
          int read;
          try {
            read = s.getInputStream().read();
          } catch (java.net.SocketException reset) {
            read = -1; // closed while bytes were still coming: a reset is a close too
          }
          assertEquals(-1, read, "the connection is closed, unanswered");
          assertTrue(sent.get() < 3_000, "closed by the head's deadline, not by its size: " + sent.get() + " bytes");
        } finally {
          trickle.shutdownNow();
        }
      }
    }
  }

  /**
   * Sends a chunked body's first bytes {@code start}, then {@code more} every 20 ms (nothing when empty), until the
   * server answers; its status. The socket's 60 s read timeout is the safety net: no answer fails the test.
   */
  private static int framingTrickleStatus(TestServer on, String path, String start, String more) throws Exception {
    try (Socket s = RawHttp.open(on)) {
      OutputStream out = s.getOutputStream();
      out.write((RawHttp.head("POST", path, "198.51.100.23", "Content-Type: application/json",
          "Transfer-Encoding: chunked") + start).getBytes(StandardCharsets.US_ASCII));
      out.flush();
      ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
      if (!more.isEmpty()) {
        trickle.scheduleWithFixedDelay(() -> RawHttp.oneMoreByte(s, more.charAt(0)), 0, 20, TimeUnit.MILLISECONDS);
      }
      try {
        String answer = RawHttp.answerHead(s.getInputStream());
        return answer.startsWith("HTTP/1.1 ") ? Integer.parseInt(answer.substring(9, 12)) : -1;
      } finally {
        trickle.shutdownNow();
      }
    }
  }

  /** Sends a body of {@code length} a byte every 20 ms until the server answers; its status, or -1. */
  private static int trickledStatus(TestServer on, String path, String type, int length) throws Exception {
    AtomicInteger sent = new AtomicInteger();
    try (Socket s = RawHttp.open(on)) {
      OutputStream out = s.getOutputStream();
      out.write(RawHttp.head("POST", path, "198.51.100.22", "Content-Type: " + type, "Content-Length: " + length)
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
      trickle.scheduleWithFixedDelay(() -> {
        if (sent.get() < length - 1) {
          RawHttp.oneMoreByte(s, ' ');
          sent.incrementAndGet();
        }
      }, 0, 20, TimeUnit.MILLISECONDS);
      try {
        String answer = RawHttp.answerHead(s.getInputStream());
        // The answer came while the body was still arriving: the server did not wait for it to end.
        assertTrue(sent.get() < length - 1, "answered only after the whole body: " + answer);
        return answer.startsWith("HTTP/1.1 ") ? Integer.parseInt(answer.substring(9, 12)) : -1;
      } finally {
        trickle.shutdownNow();
      }
    }
  }
}
