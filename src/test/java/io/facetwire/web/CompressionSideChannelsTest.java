package io.facetwire.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.facetwire.support.BrowserSession;
import io.facetwire.support.Http;
import io.facetwire.support.ServerExtension;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * BREACH (session 12): a compressed page that reflects the attacker's words next to the visitor's secrets
 * tells those secrets by its length. Before: {@code /search?q=…} was gzipped with the visitor's recent
 * searches and CSRF token in it, and the token was the same on every page.
 */
class CompressionSideChannelsTest {

  @RegisterExtension
  static final ServerExtension server = ServerExtension.standard();

  private static Http.Response gzipped(Http http, String path) {
    return http.send(http.request(path).header("Accept-Encoding", "gzip").GET().build());
  }

  @Test
  void anAnswerToARequestWithCookiesIsNeverCompressed() {
    BrowserSession visitor = server.browser();
    visitor.get("/search?q=whistleblower"); // now the browser has its history and CSRF cookies
    Http.Response mine = gzipped(visitor.http(), "/search?q=guess");
    assertEquals(200, mine.status());
    assertNull(mine.header("Content-Encoding"), "a page with the visitor's own searches went out compressed");
    assertTrue(mine.body().contains("whistleblower"), "the page shows the visitor's recent search");
    // Without cookies there is nothing personal on the page: compression stays, and so for static files.
    assertEquals("gzip", gzipped(server.http(), "/search?q=guess").header("Content-Encoding"));
    assertEquals("gzip", gzipped(visitor.http(), "/static/style.css").header("Content-Encoding"));
  }

  @Test
  void theCsrfTokenIsMaskedAfreshOnEveryPageAndStillAccepted() {
    BrowserSession visitor = server.browser();
    String first = visitor.csrf();
    String second = visitor.csrf();
    String token = visitor.cookie("fw_csrf");
    assertNotEquals(first, second, "the same token text on two pages");
    assertFalse(visitor.get("/signin").body().contains(token), "a page shows the token itself");
    Map<String, String> signIn = Map.of("email", "nobody@example.org", "password", "not-the-password");
    for (String masked : new String[] {first, second, token}) {
      Map<String, String> form = new java.util.HashMap<>(signIn);
      form.put("csrf", masked);
      assertNotEquals(403, visitor.http().postForm("/signin", form).status(), "refused: " + masked);
    }
    // A mask of another browser's token, or a changed character, is refused.
    String others = server.browser().csrf();
    char tenth = first.charAt(10); // a character in the middle: every bit of it counts
    String changed = first.substring(0, 10) + (tenth == 'A' ? 'B' : 'A') + first.substring(11);
    for (String forged : new String[] {others, changed}) {
      Map<String, String> form = new java.util.HashMap<>(signIn);
      form.put("csrf", forged);
      assertEquals(403, visitor.http().postForm("/signin", form).status(), "accepted: " + forged);
    }
  }
}
