package io.facetwire.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.facetwire.support.RawHttp;
import io.facetwire.support.ServerExtension;
import io.facetwire.web.http.ThreadsPerAddress;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Session 10's probes of the served jar, each sent as the attacker sent it, over raw sockets where the
 * attack is in how the bytes arrive: a file upload nobody asked for, bodies that trickle in, bodies that
 * stop half-way. The server runs behind a trusted proxy here so that one test can play several
 * addresses ({@code X-Forwarded-For}).
 */
class HostileClientsTest {

  @RegisterExtension
  static final ServerExtension server = ServerExtension.with(config -> config.withProxy(true));

  @Test
  void aMultipartBodyWithoutALengthIsRefusedBeforeItIsRead() throws Exception {
    // Before: the CSRF check asked for the form's token, Jetty read the whole multipart body for it and
    // wrote each file part to the temporary folder (400 MB in one anonymous request), then answered 403.
    try (Socket s = RawHttp.open(server)) {
      OutputStream out = s.getOutputStream();
      out.write(RawHttp.head("POST", "/signin", "198.51.100.1", "Transfer-Encoding: chunked",
          "Content-Type: multipart/form-data; boundary=XyZ").getBytes(StandardCharsets.US_ASCII));
      try {
        RawHttp.chunk(out, ("--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.bin\"\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
        RawHttp.chunk(out, new byte[64 * 1024]);
      } catch (java.net.SocketException refusedAlready) {
        // The server may have answered and closed on the head alone: that is the behaviour wanted, and any write
        // after it meets a broken pipe — the first part's (the fresh-clone run of session 15) or the filler's (of
        // session 12). The answer is read below either way.
      }
      // The body is not finished: the answer must come without it (before, the server waited for the rest).
      String answer = RawHttp.answerHead(s.getInputStream());
      assertTrue(answer.startsWith("HTTP/1.1 415"), answer);
    }
  }

  @Test
  void theSignInPageShowsNoForbiddenCodePointFromItsAddress() throws Exception {
    // Before: the email and next parameters of GET /signin came back into the form as sent, U+0001,
    // U+FFFE and the C1 control U+0085 included (the Nu Html Checker's "Forbidden code point").
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
            + server.app().port() + "/signin?email=%01zz%EF%BF%BE@example.org&next=/x%EF%BF%BE%C2%85y")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode());
    assertTrue(r.body().contains("zz@example.org"), r.body());
    assertTrue(r.body().contains("/x\u2026y"), r.body()); // U+0085 read as Windows-1252: an ellipsis
    assertTrue(io.facetwire.TextChars.isClean(r.body()), "the page holds a forbidden code point");
  }

  @Test
  void aMultipartFormWithALengthIsRefusedToo() throws Exception {
    String body = "--XyZ\r\nContent-Disposition: form-data; name=\"email\"\r\n\r\na@example.org\r\n--XyZ--\r\n";
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + server.app().port() + "/api/extract"))
        .header("Content-Type", "multipart/form-data; boundary=XyZ")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(415, r.statusCode(), r.body());
    assertTrue(r.body().contains("no file uploads"), r.body());
  }

  @Test
  void formBodiesTricklingInFromOneAddressLeaveEveryoneElsesRequestsRunning() throws Exception {
    // Before: 300 connections from one address, each sending a form body a byte at a time, held every
    // one of Jetty's threads, and anyone else's search waited until they gave up.
    int slow = ThreadsPerAddress.limit(server.facetwire().config().limits()) + 250;
    List<Socket> trickling = trickle(slow, i -> "198.51.100.2");
    java.util.concurrent.ScheduledExecutorService trickle = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
    try {
      // A byte every second on each connection keeps it inside Jetty's idle timeout for as long as this runs.
      trickle.scheduleWithFixedDelay(() -> trickling.forEach(s -> RawHttp.oneMoreByte(s, 'e')), 1, 1,
          java.util.concurrent.TimeUnit.SECONDS);
      assertEquals(200, searchFrom("198.51.100.3"));
    } finally {
      trickle.shutdownNow();
      for (Socket s : trickling) {
        s.close();
      }
    }
  }

  @Test
  void formBodiesTricklingInFromManyAddressesLeaveEveryoneElsesRequestsRunning() throws Exception {
    // Before: 360 connections from 30 addresses, 12 each (within an address's share of threads), each
    // sending its form a byte at a time, held all 250 threads: Javalin reads a form by blocking on it.
    List<Socket> trickling = trickle(360, i -> "203.0.113." + (1 + i % 30));
    java.util.concurrent.ScheduledExecutorService trickle = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
    try {
      trickle.scheduleWithFixedDelay(() -> trickling.forEach(s -> RawHttp.oneMoreByte(s, 'e')), 1, 1,
          java.util.concurrent.TimeUnit.SECONDS);
      assertEquals(200, searchFrom("198.51.100.5"));
    } finally {
      trickle.shutdownNow();
      for (Socket s : trickling) {
        s.close();
      }
    }
  }

  /** {@code n} connections, each having sent its headers and the first byte of a 1,000-byte form. */
  private static List<Socket> trickle(int n, java.util.function.IntFunction<String> address) throws IOException {
    List<Socket> trickling = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Socket s = RawHttp.open(server);
      trickling.add(s);
      s.getOutputStream().write((RawHttp.head("POST", "/signin", address.apply(i),
          "Content-Type: application/x-www-form-urlencoded", "Content-Length: 1000") + "e")
          .getBytes(StandardCharsets.US_ASCII));
      s.getOutputStream().flush();
    }
    return trickling;
  }

  /** The status of a search from {@code address}; the client's timeout is only a safety net. */
  private static int searchFrom(String address) throws Exception {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(60)).build();
    HttpResponse<String> other = client.send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + server.app().port() + "/api/search?q=anything"))
        .header("X-Forwarded-For", address).timeout(Duration.ofSeconds(60)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    return other.statusCode();
  }


  @Test
  void aBodyThatStopsHalfWayIsTheClientsFaultNotA500() throws Exception {
    // Before: Jetty's EofException reached the catch-all: a 500 and an ERROR with a stack trace per request.
    try (Socket s = RawHttp.open(server)) {
      s.getOutputStream().write((RawHttp.head("POST", "/signin", "198.51.100.4",
          "Content-Type: application/x-www-form-urlencoded", "Content-Length: 1000") + "email=a")
          .getBytes(StandardCharsets.US_ASCII));
      s.getOutputStream().flush();
      s.shutdownOutput(); // the rest never comes
      String answer = RawHttp.answerHead(s.getInputStream());
      // The client only closed its sending half, so the answer still reaches it.
      assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
    }
  }
}
