package io.facetwire.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.facetwire.support.Http;
import io.facetwire.support.ServerExtension;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Session 13 left it open: a JSON body holding an overlong UTF-8 sequence ({@code C0 AF} where "/" is
 * meant) was read by Jackson as "/", while a JSON Lines line with the same bytes was refused. Every JSON
 * body is now decoded strictly first ({@link JsonBodies}): the same bytes are refused the same way, with
 * the place, on both routes that read a JSON body.
 */
class StrictJsonBodiesTest {

  @RegisterExtension
  static final ServerExtension server = ServerExtension.standard();

  private static final byte[] OVERLONG_SLASH = {(byte) 0xC0, (byte) 0xAF};
  private static final byte[] ENCODED_SURROGATE = {(byte) 0xED, (byte) 0xA0, (byte) 0x80};

  private static byte[] bytes(Object... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object p : parts) {
      out.writeBytes(p instanceof byte[] b ? b : p.toString().getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  private static Http.Response post(Http http, String path, String type, byte[] body) {
    return http.send(http.request(path).header("Content-Type", type)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
  }

  @Test
  void anOverlongSlashInAJsonBodyIsRefusedWithItsPlaceAsInAJsonLinesLine() {
    byte[] article = bytes("{\"title\":\"Strict bodies\",\n\"body\":\"and", OVERLONG_SLASH, "or\"}");
    // Before: 200, the article stored with "and/or" in its body.
    Http.Response asJson = post(server.api(), "/api/articles", "application/json", article);
    assertEquals(400, asJson.status(), asJson.body());
    JsonNode failed = asJson.json().path("failed").path(0);
    assertEquals("line 2", failed.path("location").asText(), asJson.body());
    assertTrue(failed.path("reason").asText().startsWith("not valid UTF-8: the byte(s) C0 at line 2, byte 38"),
        asJson.body());
    assertEquals(0, asJson.json().path("indexed").asInt());

    Http.Response asLines = post(server.api(), "/api/articles", "application/x-ndjson",
        bytes(new String(article, StandardCharsets.ISO_8859_1).replace("\n", " ").getBytes(StandardCharsets.ISO_8859_1)));
    assertEquals(400, asLines.status(), asLines.body());
    assertTrue(asLines.json().path("failed").path(0).path("reason").asText().startsWith("not valid UTF-8"), asLines.body());

    // Before: 200 with the facets of "and/or".
    Http.Response extract = post(server.http(), "/api/extract", "application/json", article);
    assertEquals(400, extract.status(), extract.body());
    String error = extract.json().path("error").asText();
    assertTrue(error.contains("not valid UTF-8") && error.contains("line 2, byte 38"), error);
  }

  @Test
  void encodedSurrogatesAreRefusedWhileEscapedOnesAndNulAreReadAsInJsonLines() {
    Http.Response surrogate = post(server.http(), "/api/extract", "application/json",
        bytes("{\"title\":\"t", ENCODED_SURROGATE, "\",\"body\":\"x\"}"));
    assertEquals(400, surrogate.status(), surrogate.body());
    assertTrue(surrogate.json().path("error").asText().contains("ED"), surrogate.body());

    // Escapes are JSON's own business: read, and cleaned where text enters, on both ways in.
    Http.Response escaped = post(server.http(), "/api/extract", "application/json",
        bytes("\uFEFF{\"title\":\"Angela Merkel \\ud800\\u0000\",\"body\":\"Angela Merkel met Emmanuel Macron in Berlin.\"}"));
    assertEquals(200, escaped.status(), escaped.body());
    assertTrue(escaped.body().contains("Angela Merkel"), escaped.body());

    Http.Response rawNul = post(server.http(), "/api/extract", "application/json",
        bytes("{\"title\":\"a\u0000b\",\"body\":\"x\"}"));
    assertEquals(400, rawNul.status(), rawNul.body());
    // A raw control character in a string is JSON's error, as in a JSON Lines line, not the decoding's.
    assertTrue(rawNul.json().path("error").asText().contains("not valid JSON"), rawNul.body());
  }

  @Test
  void aGoodBodyStillImportsAndTheAnswerNamesEveryBadRecordOfAnArrayByJsonRules() {
    Http.Response ok = post(server.api(), "/api/articles", "application/json",
        bytes("[{\"title\":\"Één\",\"body\":\"Ünïcödé body 😀\",\"source\":\"Test\"}]"));
    assertEquals(200, ok.status(), ok.body());
    assertEquals(1, ok.json().path("indexed").asInt(), ok.body());
  }
}
