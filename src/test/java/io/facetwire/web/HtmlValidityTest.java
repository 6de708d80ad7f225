package io.facetwire.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.facetwire.article.ReadOptions;
import io.facetwire.support.BrowserSession;
import io.facetwire.support.HtmlChecker;
import io.facetwire.support.RawHttp;
import io.facetwire.support.Http;
import io.facetwire.support.TestServer;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every page type through the Nu Html Checker (the W3C's validator): zero errors. Error pages
 * included, Jetty's own (a malformed path escape) too, which must be ours: a doctype, a title, UTF-8
 * and the security headers.
 */
class HtmlValidityTest {

  static TestServer server;
  static BrowserSession signedIn;
  static String savedPage;
  static String sharedPage;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    server.importFixtures("fixtures/wikinews_2019.csv", "fixtures/wikinews_2020.csv");
    TestServer.importFixtures(server.facetwire().importer(),
        new ReadOptions("RT", Instant.parse("2017-07-30T18:00:00Z")), "fixtures/us-embassy-staff-cut.txt");
    signedIn = server.browser();
    signedIn.signUp("checker@example.org", "checker password");
    savedPage = signedIn.save("/search?q=election&country=United+States", "Elections");
    signedIn.post(savedPage + "/share", Map.of());
    String link = signedIn.get(savedPage).html().select("input").stream()
        .map(e -> e.val()).filter(v -> v.contains("/shared/")).findFirst().orElseThrow();
    sharedPage = link.substring(link.indexOf("/shared/"));
    // A source in the list, so the admin page shows its table and row actions (added past the
    // address check, which would look the host up: nothing is polled in this test).
    server.facetwire().sources().store().add("Checker feed", "https://news.example.org/feed.xml", 30,
        "checker@example.org");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void everyPublicPageTypeHasNoErrors() {
    String id = server.http().get("/api/search?q=Solovyov").json().path("hits").get(0).path("id").asText();
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("home", "/");
    pages.put("search", "/search?q=election");
    pages.put("search with facets and filters", "/search?q=sanctions&country=Russia&not_person=Donald+Trump"
        + "&from=2017-01-01&to=2021-12-31&sort=newest");
    pages.put("search, page 2", "/search?q=the&page=2");
    pages.put("search without results", "/search?q=zzzqqqxxyy");
    pages.put("search that cannot run", "/search?q=%22unclosed&from=not-a-date");
    pages.put("article", "/articles/" + Http.enc(id).replace("+", "%20"));
    pages.put("country", "/country/Russia");
    pages.put("person", "/person/Vladimir%20Putin");
    pages.put("topic", "/topic/sanctions");
    pages.put("facet All page", "/facets/person?order=az");
    pages.put("map", "/search/map?q=sanctions");
    pages.put("sign in", "/signin");
    pages.put("sign up", "/signup");
    pages.put("share page", sharedPage);
    pages.put("404", "/no/such/page");
    pages.put("missing article", "/articles/no-such-article");
    for (Map.Entry<String, String> page : pages.entrySet()) {
      assertValid(page.getKey(), server.http().get(page.getValue()));
    }
  }

  @Test
  void everyAccountPageTypeHasNoErrors() {
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("account", "/account");
    pages.put("history", "/account/history");
    pages.put("saved list", "/saved");
    pages.put("saved search page with edit form", savedPage);
    pages.put("search signed in (save form)", "/search?q=election");
    pages.put("someone else's saved search (404)", "/saved/not-mine");
    pages.put("admin: sources", "/admin/sources");
    pages.put("admin: sources after an action", "/admin/sources?done=added");
    for (Map.Entry<String, String> page : pages.entrySet()) {
      assertValid(page.getKey(), signedIn.get(page.getValue()));
    }
  }

  @Test
  void theSourceFormWithAnErrorIsValid() {
    Http.Response refused = signedIn.submit(signedIn.get("/admin/sources").html(), "form.add-source",
        Map.of("name", "Bad", "url", "ftp://example.org/feed", "interval", "soon"));
    assertEquals(400, refused.status());
    assertValid("admin: sources, refused input", refused);
  }

  @Test
  void jettysOwnBadRequestPageIsOursAndValid() {
    Http.Response r = RawHttp.get(server.http().base(), "/person/%ZZ");
    assertEquals(400, r.status());
    assertTrue(r.header("Content-Type").toLowerCase().contains("charset=utf-8"), r.header("Content-Type"));
    assertTrue(r.header("Content-Security-Policy") != null, "security headers on Jetty's errors too");
    assertEquals("nosniff", r.header("X-Content-Type-Options"));
    assertTrue(r.html().title().contains("Facetwire"), r.body());
    assertValid("400 from Jetty", r);
  }

  @Test
  void aServerErrorPageIsValid() {
    // A method the route does not accept: the 405 page, the same template as 500.
    Http.Response r = server.http().post("/search", "application/x-www-form-urlencoded", "q=x");
    assertTrue(r.status() >= 400, "status " + r.status());
    assertValid("error " + r.status(), r);
  }

  private static void assertValid(String name, Http.Response response) {
    assertTrue(response.header("Content-Type").startsWith("text/html"), name + ": " + response.header("Content-Type"));
    assertTrue(response.header("Content-Type").toLowerCase().replace(" ", "").contains("charset=utf-8"),
        name + " says its charset: " + response.header("Content-Type"));
    List<String> errors = HtmlChecker.errors(response.body());
    assertTrue(errors.isEmpty(), name + " (" + response.status() + "): " + errors.size() + " errors: "
        + String.join("\n", errors.subList(0, Math.min(15, errors.size()))));
  }
}
