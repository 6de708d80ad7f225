package io.facetwire.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.facetwire.article.ReadOptions;
import io.facetwire.support.BrowserSession;
import io.facetwire.support.HtmlChecker;
import io.facetwire.support.PageKinds;
import io.facetwire.support.RawHttp;
import io.facetwire.support.Http;
import io.facetwire.support.ServerExtension;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every page type through the Nu Html Checker (the W3C's validator): zero errors and zero warnings. Error
 * pages included, Jetty's own (a malformed path escape) too, which must be ours: a doctype, a title, UTF-8
 * and the security headers. The page kinds are the ones src/tools/checkers/crawl.mjs visits on a served jar
 * (docs/quality.md, session 13).
 */
class HtmlValidityTest {

  @RegisterExtension
  static final ServerExtension server = ServerExtension.standard()
      .fixtures("fixtures/wikinews_2019.csv", "fixtures/wikinews_2020.csv")
      .fixtures(new ReadOptions("RT", Instant.parse("2017-07-30T18:00:00Z")), "fixtures/us-embassy-staff-cut.txt");
  static BrowserSession signedIn;
  static String savedPage;
  static String sharedPage;

  @BeforeAll
  static void start() {
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
    // An article whose own URL holds characters a URL cannot (as feeds in the wild give them): its
    // "Original article" link must still be an href the checker accepts.
    Http.Response r = server.api().post("/api/articles", "application/json", "{\"id\":\"odd-url\","
        + "\"title\":\"Oddurl story\",\"text\":\"Oddurl text about Russia.\",\"source\":\"Probe\","
        + "\"url\":\"https://example.org/a b?c=<2>&d=\\\"q\\\"|{x}#one#two\",\"published_at\":\"2020-05-01T10:00:00Z\"}");
    assertEquals(200, r.status(), r.body());
  }

  @Test
  void everyPublicPageTypeHasNoErrors() {
    String id = server.http().get("/api/search?q=Solovyov").json().path("hits").get(0).path("id").asText();
    Map<String, String> pages = new LinkedHashMap<>(PageKinds.anonymous(id));
    pages.put("article with an odd URL", "/articles/odd-url");
    pages.put("share page", sharedPage);
    for (Map.Entry<String, String> page : pages.entrySet()) {
      // A path that is not a URI (a broken %-escape) goes over a raw socket: Java's client refuses to send it.
      boolean uri = page.getValue().indexOf("%ZZ") < 0;
      assertValid(page.getKey(), uri ? server.http().get(page.getValue()) : RawHttp.get(server.http().base(), page.getValue()));
    }
  }

  @Test
  void everyAccountPageTypeHasNoErrors() {
    Map<String, String> pages = new LinkedHashMap<>(PageKinds.signedInAdmin());
    pages.put("saved search page with edit form", savedPage);
    for (Map.Entry<String, String> page : pages.entrySet()) {
      assertValid(page.getKey(), signedIn.get(page.getValue()));
    }
  }

  @Test
  void topicPreviewAndRefusedDefinitionPagesHaveNoErrors() {
    org.jsoup.nodes.Document editor = signedIn.get("/admin/topics/edit?topic=sanctions").html();
    // A preview with articles gained and lost, and the definition error page.
    assertValid("topic preview", signedIn.submit(editor, "form.topic-form",
        Map.of("block", "[sanctions]\nthreshold = 3\nmentions = 1\nshare = 0\n5  election, elections\n")));
    Http.Response refused = signedIn.submit(editor, "form.topic-form", Map.of("block", "[sanctions]\n2 x near y: z\n"));
    assertEquals(400, refused.status());
    assertValid("topic definition refused", refused);
  }

  @Test
  void theSourceFormWithAnErrorIsValid() {
    Http.Response refused = signedIn.submit(signedIn.get("/admin/sources").html(), "form.add-source",
        Map.of("name", "Bad", "url", "ftp://example.org/feed", "interval", "soon"));
    assertEquals(400, refused.status());
    assertValid("admin: sources, refused input", refused);
  }

  @Test
  void refusedFormsAndErrorPagesAreValid() {
    BrowserSession visitor = server.browser();
    Http.Response mismatch = visitor.submit(visitor.get("/signup").html(), "main form[action=/signup]",
        Map.of("email", "x@example.org", "password", "one long password", "password_confirm", "another one"));
    assertEquals(400, mismatch.status());
    assertValid("sign up refused", mismatch);
    Http.Response wrong = visitor.signIn("nobody@example.org", "wrong password");
    assertEquals(401, wrong.status());
    assertValid("sign in refused", wrong);
    Http.Response tooLarge = visitor.http().post("/signin", "application/x-www-form-urlencoded",
        "email=a&password=" + "x".repeat(2_000_000));
    assertEquals(413, tooLarge.status());
    assertValid("413", tooLarge);
    Http.Response noToken = visitor.http().post("/signout", "application/x-www-form-urlencoded", "a=b");
    assertEquals(403, noToken.status());
    assertValid("403 without a CSRF token", noToken);
    // A 429 (too many sign-ins, a search or an export beyond its places) is the sign-in page or the error
    // page above with another status: AccountSecurityTest and the limits' tests reach those.
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
    // The first tab stop must say where it goes (WCAG 2.4.4): every page said "Skip to results", also the sign-in,
    // article, account, admin and error pages, which have none (session 26).
    org.jsoup.nodes.Document doc = response.html();
    org.jsoup.nodes.Element skip = doc.selectFirst("a.skip[href=#main]");
    org.jsoup.nodes.Element main = doc.getElementById("main");
    assertTrue(skip != null && main != null, name + ": a skip link to #main");
    assertEquals(main.hasClass("results") ? "Skip to results" : "Skip to main content", skip.text(),
        name + ": the skip link names what #main holds (" + main.className() + ")");
    List<String> errors = HtmlChecker.errorsAndWarnings(response.body());
    assertTrue(errors.isEmpty(), name + " (" + response.status() + "): " + errors.size() + " errors and warnings: "
        + String.join("\n", errors.subList(0, Math.min(15, errors.size()))));
  }
}
