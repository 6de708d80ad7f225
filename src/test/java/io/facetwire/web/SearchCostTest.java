package io.facetwire.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.facetwire.support.Http;
import io.facetwire.support.ServerExtension;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 12, High 3 and Low 8 on the real server: the abusive queries ({@code a*},
 * {@code a* | b* | … | z*}) are searched without their wildcards and say so; a wildcard with three
 * letters still works; a forged Host header never reaches a feed's absolute links.
 */
class SearchCostTest {

  @RegisterExtension
  static final ServerExtension server = ServerExtension.standard().fixtures("fixtures/wikinews_2019.csv");
  static final Http http = server.http();

  @Test
  void shortWildcardsAreSearchedAsWordsWithANote() {
    StringBuilder az = new StringBuilder();
    for (char c = 'a'; c <= 'z'; c++) {
      az.append(c == 'a' ? "" : " | ").append(c).append('*');
    }
    JsonNode all = http.get("/api/search?q=" + Http.enc(az.toString())).json();
    assertTrue(all.path("notes").get(0).asText().contains("at least 3 letters"), all.toString());
    assertFalse(all.path("partial").asBoolean());

    Http.Response page = http.get("/search.csv?q=" + Http.enc("a*"));
    assertEquals(200, page.status());
    Http.Response html = http.get("/search?q=" + Http.enc("a*"));
    assertTrue(html.html().select(".note").text().contains("searched as typed without the *"), html.body());
  }

  @Test
  void aWildcardWithThreeLettersFindsWhatTheWordsFind() {
    long prefix = http.get("/api/search?q=" + Http.enc("presiden*")).json().path("total").asLong();
    long word = http.get("/api/search?q=president").json().path("total").asLong();
    assertTrue(word > 0 && prefix >= word, "presiden* " + prefix + ", president " + word);
  }

  @Test
  void aForgedHostHeaderIsNotCopiedIntoTheFeed() throws Exception {
    String feed = rawGet("/search.atom?q=president", "evil.example");
    assertTrue(feed.startsWith("HTTP/1.1 200"), feed);
    assertFalse(feed.contains("evil.example"), feed);
    assertTrue(feed.contains("href=\"http://127.0.0.1:" + port() + "/articles/"), feed);

    String local = rawGet("/search.atom?q=president", "localhost:" + port());
    assertTrue(local.contains("href=\"http://localhost:" + port() + "/articles/"), "loopback names are kept");
  }

  private static int port() {
    return Integer.parseInt(http.base().substring(http.base().lastIndexOf(':') + 1));
  }

  /** A request with any Host header (Java's HttpClient will not send one of our choosing). */
  private static String rawGet(String path, String host) throws Exception {
    try (Socket socket = new Socket("127.0.0.1", port())) {
      OutputStream out = socket.getOutputStream();
      out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
