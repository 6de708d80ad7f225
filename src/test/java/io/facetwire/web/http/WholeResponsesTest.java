package io.facetwire.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.facetwire.support.Http;
import io.facetwire.support.ServerExtension;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A page or an API answer the application holds whole goes out in one piece with its length, not chunked
 * ({@link WholeResponses}); compression and bodies larger than the buffer still arrive whole and right.
 */
class WholeResponsesTest {

  @RegisterExtension
  static final ServerExtension server = ServerExtension.standard().fixtures("fixtures/wikinews_2019.csv");
  static final Http http = server.http();

  @Test
  void theSearchPageAndTheApiCarryTheirLengthAndAreNotChunked() {
    for (String path : new String[] {"/api/search?q=president", "/search?q=president", "/search?q=nothingmatchesthisword",
        "/api/search?q=nothingmatchesthisword"}) {
      Http.Response r = http.get(path);
      assertEquals(200, r.status(), path);
      assertTrue(r.body().getBytes(StandardCharsets.UTF_8).length <= WholeResponses.BUFFER, path + " fits the buffer");
      assertNull(r.header("Transfer-Encoding"), path + " is sent chunked");
      assertEquals(Integer.toString(r.body().getBytes(StandardCharsets.UTF_8).length), r.header("Content-Length"), path);
    }
    assertTrue(http.get("/search?q=president").body().contains("</html>"));
  }

  @Test
  void aCompressedAnswerIsStillWholeAndRight() throws Exception {
    String plain = http.get("/api/search?q=president").body();
    HttpResponse<byte[]> gz = HttpClient.newHttpClient().send(http.request("/api/search?q=president")
        .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
    assertEquals("gzip", gz.headers().firstValue("Content-Encoding").orElse(null));
    assertEquals(Integer.toString(gz.body().length), gz.headers().firstValue("Content-Length").orElse(null));
    String unzipped = new String(new GZIPInputStream(new ByteArrayInputStream(gz.body())).readAllBytes(),
        StandardCharsets.UTF_8);
    assertEquals(plain, unzipped);
  }

  @Test
  void aBodyLargerThanTheBufferStillArrivesWhole() {
    Http.Response r = http.get("/search?size=100");
    assertEquals(200, r.status());
    assertTrue(r.body().getBytes(StandardCharsets.UTF_8).length > WholeResponses.BUFFER,
        "this page must be larger than the buffer: " + r.body().length());
    assertTrue(r.body().strip().endsWith("</html>"), "the whole page");
    assertEquals(100, r.html().select("ol.hits > li").size());
  }
}
