package io.facetwire.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.facetwire.support.BrowserSession;
import io.facetwire.support.Http;
import io.facetwire.support.ServerExtension;
import io.facetwire.support.TestServer;
import java.net.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Session 31: a state change a browser says came from another origin is refused, whatever token it carries. The
 * anonymous CSRF token is a double-submit cookie, so a host that may set cookies for this one (a sibling subdomain, a
 * man on the path of plain HTTP) could plant a token it knows and post the sign-in form with it: the visitor would be
 * signed in to the attacker's account, and what they search and save would land there (docs/limits.md, session 29's
 * "Left"). These tests send the token such a host would hold, as the page's own form does, with the headers the
 * visitor's browser adds.
 */
class CrossOriginFormsTest {

  @RegisterExtension
  static final ServerExtension server = ServerExtension.standard();

  @Test
  void aSiblingSitesSignInFormSignsNoOneIn() {
    server.browser().signUp("attacker@example.org", "attacker password");
    for (String[] from : new String[][] {{"Sec-Fetch-Site", "same-site"}, {"Sec-Fetch-Site", "cross-site"},
        {"Origin", "http://evil.example"}, {"Origin", "http://sub." + host()}}) {
      BrowserSession visitor = server.browser();
      String planted = visitor.csrf();
      Http.Response r = post(visitor, "/signin",
          Map.of("csrf", planted, "email", "attacker@example.org", "password", "attacker password"), from);
      assertEquals(403, r.status(), String.join(": ", from));
      assertTrue(r.body().contains("sent from another site"), r.body());
      assertNull(visitor.cookie("fw_session"), "signed in to the attacker's account: " + String.join(": ", from));
    }
  }

  @Test
  void theSitesOwnFormsStillWorkFromEveryBrowser() {
    // A browser of the last years says same-origin; an older one sends Origin naming this host; a script sends neither.
    int n = 0;
    for (String[] from : new String[][] {{"Sec-Fetch-Site", "same-origin"}, {"Origin", "http://" + host()},
        {"Origin", "null"}, {}}) {
      BrowserSession visitor = server.browser();
      String email = "own" + (n++) + "@example.org";
      assertEquals(303, visitor.signUp(email, "own password").status());
      Http.Response r = post(visitor, "/account/webhook",
          Map.of("csrf", visitor.csrf(), "webhook_url", "http://127.0.0.1:9/hook"), from);
      assertEquals(303, r.status(), String.join(": ", from) + " " + r.body());
      assertEquals("http://127.0.0.1:9/hook",
          server.server().facetwire().accounts().find(email).orElseThrow().webhookUrl());
    }
  }

  @Test
  void aSignedInVisitorsSettingsCannotBeChangedFromAnotherSiteEvenWithTheToken() {
    BrowserSession owner = server.browser();
    assertEquals(303, owner.signUp("owner@example.org", "owner password").status());
    Http.Response r = post(owner, "/account/webhook",
        Map.of("csrf", owner.csrf(), "webhook_url", "http://127.0.0.1:9/stolen"), "Sec-Fetch-Site", "same-site");
    assertEquals(403, r.status(), r.body());
    assertNull(server.server().facetwire().accounts().find("owner@example.org").orElseThrow().webhookUrl());
  }

  @Test
  void theApiRefusesACookieSessionFromAnotherSiteButNotABearerClient() {
    BrowserSession owner = server.browser();
    assertEquals(303, owner.signUp("api@example.org", "api password").status());
    String json = "{\"title\": \"t\", \"body\": \"Vladimir Putin met Angela Merkel in Berlin.\"}";
    HttpRequest.Builder signedIn = owner.http().request("/api/extract").header("Content-Type", "application/json")
        .header("X-CSRF-Token", owner.csrf()).POST(HttpRequest.BodyPublishers.ofString(json));
    assertEquals(403, owner.http().send(signedIn.copy().header("Sec-Fetch-Site", "cross-site").build()).status());
    assertEquals(200, owner.http().send(signedIn.copy().header("Sec-Fetch-Site", "same-origin").build()).status());
    // A program with the API token is no browser: its Sec-Fetch-Site (if it sent one) protects nothing of a visitor's.
    Http api = server.http().withBearer(TestServer.API_TOKEN);
    assertEquals(200, api.send(api.request("/api/extract").header("Content-Type", "application/json")
        .header("Sec-Fetch-Site", "cross-site").POST(HttpRequest.BodyPublishers.ofString(json)).build()).status());
  }

  @Test
  void behindAProxyThatRewritesTheHostTheConfiguredPublicUrlIsThisSitesOrigin() {
    try (TestServer proxied = TestServer.start(TestServer.testConfig().withPublicUrl("https://news.example.org"), java.time.Clock.systemUTC())) {
      BrowserSession visitor = proxied.browser();
      assertEquals(303, visitor.signUp("proxied@example.org", "proxied password").status());
      assertEquals(303, post(visitor, "/account/webhook",
          Map.of("csrf", visitor.csrf(), "webhook_url", "http://127.0.0.1:9/a"), "Origin", "https://news.example.org")
          .status());
      assertEquals(403, post(visitor, "/account/webhook",
          Map.of("csrf", visitor.csrf(), "webhook_url", "http://127.0.0.1:9/b"), "Origin", "https://evil.example.org")
          .status());
    }
  }

  private static String host() {
    return java.net.URI.create(server.http().base()).getRawAuthority();
  }

  private static Http.Response post(BrowserSession b, String path, Map<String, String> form, String... headers) {
    Map<String, String> fields = new LinkedHashMap<>(form);
    String body = fields.entrySet().stream().map(e -> Http.enc(e.getKey()) + "=" + Http.enc(e.getValue()))
        .collect(Collectors.joining("&"));
    HttpRequest.Builder request = b.http().request(path).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return b.http().send(request.build());
  }
}
