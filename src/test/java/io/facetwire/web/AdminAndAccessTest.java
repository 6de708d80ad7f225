package io.facetwire.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.facetwire.FacetwireConfig;
import io.facetwire.account.Accounts;
import io.facetwire.support.BrowserSession;
import io.facetwire.support.Http;
import io.facetwire.support.MutableClock;
import io.facetwire.support.ServerExtension;
import io.facetwire.support.TestServer;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Who may do what: the admin rules, the ingest API (admin session or API token only), search that
 * requires an account when configured so, and the security headers on every page.
 */
class AdminAndAccessTest {

  static final String ARTICLE = "{\"title\": \"Harbour reopens\", \"body\": \"The harbour of Valletta reopened.\"}";

  static MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
  @RegisterExtension
  static final ServerExtension server = ServerExtension.standard().clock(clock);

  @Test
  void firstAccountIsAdminUnlessAdminEmailNamesAnother() {
    try (TestServer fresh = TestServer.start(TestServer.testConfig(), clock)) {
      BrowserSession first = fresh.browser();
      first.signUp("first@example.org", "first password");
      BrowserSession second = fresh.browser();
      second.signUp("second@example.org", "second password");
      assertTrue(first.get("/account").body().contains("(admin"), "the first account is admin");
      assertFalse(second.get("/account").body().contains("(admin"), "the second is not");
    }
    try (TestServer named = TestServer.start(TestServer.testConfig().withAdminEmail("Boss@Example.org"), clock)) {
      BrowserSession first = named.browser();
      first.signUp("early@example.org", "early password");
      BrowserSession boss = named.browser();
      boss.signUp("boss@example.org", "boss password");
      assertFalse(first.get("/account").body().contains("(admin"), "with ADMIN_EMAIL set, being first is nothing");
      assertTrue(boss.get("/account").body().contains("(admin"));
    }
  }

  @Test
  void theIngestApiRefusesAnonymousAndNonAdminCallers() {
    try (TestServer s = TestServer.start(TestServer.testConfig(), clock)) {
      BrowserSession admin = s.browser();
      admin.signUp("admin@example.org", "admin password");
      BrowserSession user = s.browser();
      user.signUp("user@example.org", "user password");

      Http.Response anonymous = s.http().post("/api/articles", "application/json", ARTICLE);
      assertEquals(401, anonymous.status());
      assertEquals("Bearer", anonymous.header("WWW-Authenticate"));
      assertEquals(401, s.http().withBearer("not-the-token-but-long-enough").post("/api/articles",
          "application/json", ARTICLE).status());
      assertEquals(403, withCsrf(user, ARTICLE).status(), "signed in but not admin");
      assertEquals(403, admin.http().post("/api/articles", "application/json", ARTICLE).status(),
          "an admin session without the CSRF header could be a forged cross-site request");
      assertEquals(0, s.facetwire().articles().count(), "nothing got in");

      assertEquals(200, withCsrf(admin, ARTICLE).status(), "admin session with its CSRF token");
      assertEquals(200, s.api().post("/api/articles", "application/json",
          "{\"title\": \"Second\", \"body\": \"Another harbour story.\"}").status(), "the API token");
      assertEquals(2, s.facetwire().articles().count());
    }
    // Without FACETWIRE_API_TOKEN configured, no bearer token works at all.
    try (TestServer noToken = TestServer.start(TestServer.testConfig().withApiToken(null), clock)) {
      assertEquals(401, noToken.api().post("/api/articles", "application/json", ARTICLE).status());
    }
  }

  @Test
  void searchCanRequireSignIn() {
    try (TestServer closed = TestServer.start(TestServer.testConfig().withPublicSearch(false), clock)) {
      Http anonymous = closed.http();
      Http.Response page = anonymous.get("/search?q=harbour");
      assertEquals(303, page.status());
      assertEquals("/signin?next=" + Http.enc("/search?q=harbour"), page.header("Location"));
      assertEquals(303, anonymous.get("/").status());
      assertEquals(401, anonymous.get("/api/search?q=x").status());
      assertEquals(401, anonymous.get("/api/articles/some-id").status());
      for (String path : List.of("/country/Russia", "/facets/country", "/articles/some-id")) {
        assertEquals(303, anonymous.get(path).status(), path);
      }
      for (String api : List.of("/api/suggest?q=har", "/api/facets/country?prefix=a", "/search.json?q=x",
          "/search.atom?q=x", "/search.csv?q=x")) {
        assertEquals(401, anonymous.get(api).status(), api);
      }
      assertEquals(200, anonymous.get("/health").status());
      assertEquals(200, anonymous.get("/static/style.css").status());
      assertEquals(200, anonymous.get("/signin").status(), "the sign-in page itself stays open");
      BrowserSession member = closed.browser();
      member.signUp("member@example.org", "member password");
      assertEquals(200, member.get("/search?q=harbour").status());
      assertEquals(200, member.get("/api/search?q=harbour").status());
    }
    assertEquals(200, server.http().get("/search?q=harbour").status(), "public by default");
  }

  @Test
  void pagesCarryTheSecurityHeaders() {
    for (String path : List.of("/search", "/signin", "/signup", "/no-such-page")) {
      Http.Response r = server.http().get(path);
      String csp = r.header("Content-Security-Policy");
      assertNotNull(csp, path);
      assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), path + ": " + csp);
      assertTrue(csp.contains("frame-ancestors 'none'"), path + ": " + csp);
      assertEquals("nosniff", r.header("X-Content-Type-Options"), path);
    }
  }

  private static Http.Response withCsrf(BrowserSession browser, String json) {
    HttpRequest request = browser.http().request("/api/articles").header("Content-Type", "application/json")
        .header("X-CSRF-Token", browser.csrf()).POST(HttpRequest.BodyPublishers.ofString(json)).build();
    return browser.http().send(request);
  }
}
