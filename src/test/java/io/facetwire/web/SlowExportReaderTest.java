package io.facetwire.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.facetwire.support.Http;
import io.facetwire.support.RawHttp;
import io.facetwire.support.ServerExtension;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Session 29, left since session 14: a CSV export read slowly held its expensive place for its whole time budget
 * (60 s), and visitors who are not signed in share one such place, so one reader that stops reading kept every other
 * visitor's export and wildcard search out, and could do it again each minute. Here a real client on loopback asks for
 * an export far larger than every buffer on the way (its own receive buffer of 4 KB, the kernel's send buffer, Jetty's)
 * and stops reading after the first bytes; meanwhile other visitors (other loopback addresses) export and search.
 */
class SlowExportReaderTest {

  @RegisterExtension
  static final ServerExtension server = ServerExtension.standard();

  /** About 8 MB of CSV: twice what the kernel's send buffer grows to here (tcp_wmem's 4 MB). */
  static final int ARTICLES = 15_000;

  @BeforeAll
  static void manyArticles() {
    StringBuilder ndjson = new StringBuilder();
    String body = "The ferry across the strait runs again after the storm; harbour workers cleared the quay and the"
        + " timetable of the summer season is back, with extra crossings at the weekend for visitors and freight. ";
    for (int i = 0; i < ARTICLES; i++) {
      ndjson.append("{\"id\":\"ferry-").append(i).append("\",\"title\":\"Ferry crossing number ").append(i)
          .append(" back on the timetable after the storm\",\"body\":\"").append(body).append(body)
          .append("\",\"published_at\":\"2026-03-").append(10 + i % 20).append("\"}\n");
    }
    Http.Response r = server.api().post("/api/articles", "application/x-ndjson", ndjson.toString());
    assertEquals(200, r.status(), r.body());
    assertEquals(ARTICLES, r.json().path("indexed").asInt(), r.body());
  }

  static Http.Response getFrom(String address, String path) {
    return RawHttp.send(server.http().base(), "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
        address);
  }

  @Test
  void aReaderThatStopsReadingHoldsNoPlaceOthersNeed() throws Exception {
    try (Socket stalled = new Socket()) {
      stalled.setReceiveBufferSize(4096);
      stalled.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
      stalled.connect(new InetSocketAddress("127.0.0.1", server.app().port()));
      stalled.setSoTimeout(60_000);
      stalled.getOutputStream().write("GET /search.csv HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
          .getBytes(StandardCharsets.US_ASCII));
      InputStream in = stalled.getInputStream();
      String head = RawHttp.answerHead(in);
      assertTrue(head.startsWith("HTTP/1.1 200"), head);
      assertTrue(in.readNBytes(4096).length == 4096, "the export's first bytes");
      // From here the reader takes nothing more: the export's writes block once the buffers are full.

      // One export at a time per address still: the stalled one is this address's.
      Http.Response again = getFrom("127.0.0.1", "/search.csv");
      assertEquals(429, again.status(), again.body());

      // Another visitor's export gets its place and every row while the first reader stalls.
      Http.Response other = getFrom("127.0.0.2", "/search.csv");
      // Before: 429, "Visitors who are not signed in run one costly request … at a time in all".
      assertEquals(200, other.status(), () -> org.jsoup.Jsoup.parse(other.body()).select("main").text());
      List<String> lines = other.body().strip().lines().toList();
      assertEquals(ARTICLES + 1, lines.size(), "header and every article; the last line: " + lines.get(lines.size() - 1));
      assertFalse(lines.get(lines.size() - 1).contains("# partial"), lines.get(lines.size() - 1));

      // And a third visitor's wildcard search, which takes the same kind of place.
      Http.Response wildcard = getFrom("127.0.0.3", "/api/search?q=" + Http.enc("ferr*"));
      assertEquals(200, wildcard.status(), wildcard.body());
    }
  }
}
