package io.facetwire.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.facetwire.article.Article;
import io.facetwire.article.ArticleIds;
import io.facetwire.sources.fetch.FetchSettings;
import io.facetwire.sources.poll.PollReport;
import io.facetwire.sources.store.Source;
import io.facetwire.support.BrowserSession;
import io.facetwire.support.Http;
import io.facetwire.support.MutableClock;
import io.facetwire.support.ServerExtension;
import io.facetwire.support.WebhookReceiver;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The issue's "done when", end to end on the real server and node: an admin adds feeds in the browser,
 * a poll runs against a loopback site serving the shipped articles, the articles are searchable with
 * their extracted text and facets, a saved search's alert fires, and every failure of the issue is a
 * status line on the admin page while the good sources are unaffected.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SourcesEndToEndTest {

  static final MutableClock clock = new MutableClock(Instant.parse("2026-05-01T08:00:00Z"));
  static final SourcesConfig SOURCES = SourcesConfig.defaults().withFetch(FetchSettings.defaults()
      .withAllowPrivate(true).withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(10))
      .withMaxBytes(256 * 1024).withHostInterval(Duration.ZERO).withContact("mailto:desk@example.org"));
  static final List<Article> WIKI = FeedFixtures.wikinews();
  static final List<Article> FULL = WIKI.subList(0, 4);
  static final List<Article> SUMMARIES = WIKI.subList(4, 10);

  @RegisterExtension
  static final ServerExtension server = ServerExtension.standard().clock(clock).sources(SOURCES);
  static FixtureSite site;
  static WebhookReceiver receiver;
  static BrowserSession admin;

  static String pagePath(Article a) {
    return "/story/" + FeedFixtures.slug(a);
  }

  @BeforeAll
  static void start() {
    site = new FixtureSite();
    receiver = new WebhookReceiver();
    Function<Article, String> pageLink = a -> site.url(pagePath(a)) + "?utm_source=rss&utm_medium=feed";
    site.putGzip("/full.xml", "application/rss+xml; charset=utf-8",
        FeedFixtures.rss20("Wiki full text", FULL, a -> site.url("/full/" + FeedFixtures.slug(a)), true));
    site.putWithEtag("/summaries.xml", "application/rss+xml",
        FeedFixtures.rss20("Wiki summaries", SUMMARIES, pageLink, false), "\"s1\"", null);
    // The same stories in a news sitemap, linked with other tracking parameters: one article each.
    site.put("/sitemap.xml", "application/xml", FeedFixtures.newsSitemap(SUMMARIES, a -> site.url(pagePath(a)) + "?utm_source=sitemap"));
    PageTemplates.Layout[] layouts = PageTemplates.Layout.values();
    for (int i = 0; i < SUMMARIES.size(); i++) {
      Article a = SUMMARIES.get(i);
      site.put(pagePath(a), "text/html; charset=utf-8", PageTemplates.page(a, layouts[i % layouts.length], site.url(pagePath(a)), WIKI.subList(20, 30)));
    }
    site.put("/robots.txt", "text/plain", "User-agent: *\nDisallow: /members/\n");
    site.putText("/latin1.html", "text/html; charset=ISO-8859-1", latin1Page(), StandardCharsets.ISO_8859_1);
    site.put("/feed-latin.xml", "application/rss+xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>L</title>"
        + "<item><title>Réunion à Paris</title><link>" + site.url("/latin1.html") + "</link><description>Une réunion.</description>"
        + "<pubDate>Mon, 04 May 2026 10:00:00 GMT</pubDate></item>"
        + "<item><title>Members only</title><link>" + site.url("/members/secret.html") + "</link><description>Locked.</description></item>"
        + "</channel></rss>");
    // The failures of the issue, one source each.
    site.put("/page.html", "text/html", "<!doctype html><html><head><title>Home</title></head><body><p>Welcome</p></body></html>");
    site.put("/laughs.xml", "application/rss+xml", FeedFixtures.billionLaughs());
    site.put("/xxe.xml", "application/rss+xml", FeedFixtures.xxe("file:///etc/passwd"));
    site.huge("/huge.xml", 100);
    site.redirect("/loop-a.xml", "/loop-b.xml").redirect("/loop-b.xml", "/loop-a.xml");
    site.status("/broken.xml", 500);

    admin = server.browser();
    admin.signUp("editor@example.org", "editor password"); // the first account is the admin
    Document account = admin.get("/account").html();
    assertEquals(303, admin.submit(account, "form[action=/account/webhook]", Map.of("webhook_url", receiver.url())).status());
  }

  static String latin1Page() {
    String p = "Le président de la République a reçu jeudi à l'Élysée les représentants des syndicats, "
        + "après trois semaines de grève dans les transports. Selon l'entourage du chef de l'État, "
        + "la réunion a duré près de quatre heures et s'est achevée sans accord.";
    return "<html><head><title>Réunion à l'Élysée</title><link rel=canonical href=\"/latin1.html\"></head><body>"
        + "<nav><a href=/>Accueil</a> <a href=/monde>Monde</a></nav><article><h1>Réunion à l'Élysée</h1><p>" + p
        + "</p><p>" + p + "</p></article><footer>© Le Journal</footer></body></html>";
  }

  @AfterAll
  static void stop() {
    receiver.close();
    site.close();
  }

  static Http.Response add(String name, String url) {
    Document page = admin.get("/admin/sources").html();
    return admin.submit(page, "form.add-source", Map.of("name", name, "url", url, "interval", "15"));
  }

  static Source source(String name) {
    return server.facetwire().sources().store().list().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
  }

  static List<PollReport> pollDue() {
    List<PollReport> reports = server.facetwire().sources().scheduler().pollDueNow();
    server.facetwire().alerts().awaitIdle(Duration.ofSeconds(30));
    return reports;
  }

  @Test
  @Order(1)
  void onlyAdminsManageSources() {
    Http.Response anonymous = server.browser().get("/admin/sources");
    assertEquals(303, anonymous.status());
    assertTrue(anonymous.header("Location").startsWith("/signin"));
    BrowserSession reader = server.browser();
    reader.signUp("reader@example.org", "reader password");
    assertEquals(403, reader.get("/admin/sources").status());
    assertEquals(403, reader.post("/admin/sources", Map.of("name", "x", "url", site.url("/full.xml"))).status());
    // Without the CSRF token even the admin's form is refused.
    assertEquals(403, admin.http().postForm("/admin/sources", Map.of("name", "x", "url", site.url("/full.xml"))).status());
    assertTrue(server.facetwire().sources().store().list().isEmpty());
  }

  @Test
  @Order(2)
  void addingChecksTheInputAndEscapesIt() {
    Http.Response bad = add("", site.url("/full.xml"));
    assertEquals(400, bad.status());
    assertTrue(bad.html().selectFirst("p.error").text().startsWith("Give the source a name"));
    Http.Response ftp = add("FTP", "ftp://example.org/feed");
    assertTrue(ftp.html().selectFirst("p.error").text().startsWith("The address must start with https://"));
    assertEquals(303, add("<b>Wiki</b> full", site.url("/full.xml")).status());
    Http.Response twice = add("Again", site.url("/full.xml"));
    assertEquals("That address is already a source: <b>Wiki</b> full.", twice.html().selectFirst("p.error").text());
    String html = admin.get("/admin/sources").body();
    assertTrue(html.contains("&lt;b&gt;Wiki&lt;/b&gt; full") && !html.contains("<b>Wiki</b>"));
  }

  @Test
  @Order(3)
  void aPollBringsSearchableArticlesWithFacetsAndFiresAlerts() {
    String savedPage = admin.save("/search?q=" + URLEncoder.encode("\"" + SUMMARIES.get(1).title() + "\"", StandardCharsets.UTF_8), "Watch");
    assertEquals(303, admin.post(savedPage + "/alerts", Map.of("alerts", "on")).status());
    assertEquals(303, add("Wiki summaries", site.url("/summaries.xml")).status());
    assertEquals(303, add("Wiki sitemap", site.url("/sitemap.xml")).status());
    assertEquals(303, add("Le Journal", site.url("/feed-latin.xml")).status());
    int alertsBefore = receiver.received().size();
    clock.advance(Duration.ofSeconds(1));

    List<PollReport> reports = pollDue();
    assertEquals(4, reports.size(), reports.toString());
    reports.forEach(r -> assertTrue(r.ok(), r.toString()));

    // Full-text items need no page; summary items were fetched and extracted; the sitemap added nothing new.
    Map<String, Long> bySource = countsBySource();
    assertEquals(4L, bySource.get("<b>Wiki</b> full"));
    assertEquals(6L, bySource.getOrDefault("Wiki summaries", 0L) + bySource.getOrDefault("Wiki sitemap", 0L), bySource.toString());
    assertEquals(1L, bySource.get("Le Journal"));
    assertTrue(site.requests("/full/" + FeedFixtures.slug(FULL.get(0))).isEmpty(), "full text needs no page");
    for (Article a : SUMMARIES) {
      assertEquals(1, site.requests().stream().filter(r -> r.path().split("\\?")[0].equals(pagePath(a))).count(),
          "each page fetched once, by feed or sitemap: " + a.title());
    }
    assertTrue(site.requests("/members/secret.html").isEmpty(), "robots.txt honoured");
    assertTrue(site.requests("/full.xml").get(0).userAgent().contains("mailto:desk@example.org"));

    // The extracted article: canonical URL as identity, the page's text without its comments, facets.
    Article summary = SUMMARIES.get(0);
    String canonical = site.url(pagePath(summary));
    String id = ArticleIds.derive(Article.fromInput(null, canonical, null, null, null, null, null));
    JsonNode stored = server.http().get("/api/articles/" + id).json();
    assertEquals(canonical, stored.path("url").asText());
    assertEquals(summary.title(), stored.path("title").asText());
    assertTrue(stored.path("body").asText().contains(summary.body().strip().substring(0, 100)));
    assertFalse(stored.path("body").asText().contains("I think this matters a lot"), "no comments");
    assertEquals(summary.publishedAt(), Instant.parse(stored.path("published_at").asText()));
    JsonNode search = server.http().get("/api/search?q=" + URLEncoder.encode("\"" + summary.title() + "\"", StandardCharsets.UTF_8)).json();
    assertEquals(1, search.path("total").asInt());
    JsonNode expected = server.http().get("/api/search?q=" + URLEncoder.encode("\"" + summary.title() + "\"", StandardCharsets.UTF_8)).json();
    assertTrue(search.path("hits").get(0).path("countries").size() + search.path("hits").get(0).path("persons").size() > 0,
        "facets extracted: " + expected.path("hits").get(0));
    assertTrue(search.path("facets").path("country").size() + search.path("facets").path("person").size() > 0);

    // The Latin-1 page reads right.
    JsonNode latin = server.http().get("/api/search?q=syndicats").json();
    assertEquals(1, latin.path("total").asInt(), latin.toString());
    JsonNode latinArticle = server.http().get("/api/articles/" + latin.path("hits").get(0).path("id").asText()).json();
    assertTrue(latinArticle.path("body").asText().contains("Le président de la République a reçu jeudi à l'Élysée"),
        latinArticle.path("body").asText());
    assertTrue(latin.path("hits").get(0).path("title").asText().equals("Réunion à Paris"));
    assertEquals("Le Journal", latin.path("hits").get(0).path("source").asText());

    // The alert fired for the saved search's story.
    List<io.facetwire.support.WebhookReceiver.Received> alerts = receiver.received().subList(alertsBefore, receiver.received().size());
    assertEquals(1, alerts.size(), alerts.toString());
    JsonNode alert = alerts.get(0).json().path("saved_searches").get(0);
    assertEquals("Watch", alert.path("name").asText());
    assertEquals(SUMMARIES.get(1).title(), alert.path("articles").get(0).path("title").asText());
    assertTrue(List.of("Wiki summaries", "Wiki sitemap").contains(alert.path("articles").get(0).path("source").asText()),
        alert.toString());

    // Status on the admin page: counts, next poll, the robots.txt note.
    Document page = admin.get("/admin/sources").html();
    Element full = page.getElementById("source-" + source("<b>Wiki</b> full").id());
    assertEquals("4", full.selectFirst(".last-day").text());
    assertNull(full.selectFirst(".source-error"));
    Element journal = page.getElementById("source-" + source("Le Journal").id());
    assertTrue(journal.selectFirst(".source-note").text().contains("robots.txt of 127.0.0.1 disallows"), journal.text());
  }

  static Map<String, Long> countsBySource() {
    JsonNode all = server.http().get("/api/search?size=100").json();
    return java.util.stream.StreamSupport.stream(all.path("hits").spliterator(), false)
        .collect(Collectors.groupingBy(h -> h.path("source").asText(), Collectors.counting()));
  }

  @Test
  @Order(4)
  void theNextPollIsConditionalAndAChangedFeedBringsOnlyTheNewStory() {
    clock.advance(Duration.ofMinutes(16));
    int pagesBefore = site.requests().size();
    List<PollReport> again = pollDue();
    PollReport summaries = again.stream().filter(r -> r.sourceId().equals(source("Wiki summaries").id())).findFirst().orElseThrow();
    assertTrue(summaries.notModified(), summaries.toString());
    List<FixtureSite.Request> feedRequests = site.requests("/summaries.xml");
    assertEquals("\"s1\"", feedRequests.get(feedRequests.size() - 1).ifNoneMatch());
    assertTrue(again.stream().allMatch(r -> r.indexed() == 0), again.toString());
    long storyPagesFetched = site.requests().subList(pagesBefore, site.requests().size()).stream()
        .filter(r -> r.path().startsWith("/story/")).count();
    assertEquals(0, storyPagesFetched, "known stories are not fetched again");

    // The feed changes (new ETag) with one more story: only that one is fetched and indexed.
    Article extra = WIKI.get(10);
    List<Article> more = new java.util.ArrayList<>(SUMMARIES);
    more.add(extra);
    site.put(pagePath(extra), "text/html", PageTemplates.page(extra, PageTemplates.Layout.PORTAL, site.url(pagePath(extra)), WIKI.subList(20, 30)));
    site.putWithEtag("/summaries.xml", "application/rss+xml",
        FeedFixtures.rss20("Wiki summaries", more, a -> site.url(pagePath(a)) + "?utm_source=rss", false), "\"s2\"", null);
    clock.advance(Duration.ofMinutes(16));
    List<PollReport> third = pollDue();
    PollReport changed = third.stream().filter(r -> r.sourceId().equals(source("Wiki summaries").id())).findFirst().orElseThrow();
    assertFalse(changed.notModified());
    assertEquals(1, changed.indexed(), changed.toString());
    assertEquals(1, changed.fetchedPages());
    assertEquals(7, changed.items());
  }

  @Test
  @Order(5)
  void everyFailureOfTheIssueIsAStatusLineAndTheOthersAreUnaffected() {
    Map<String, String> failing = new java.util.LinkedHashMap<>();
    failing.put("Not a feed", site.url("/page.html"));
    failing.put("Laughs", site.url("/laughs.xml"));
    failing.put("XXE", site.url("/xxe.xml"));
    failing.put("Huge", site.url("/huge.xml"));
    failing.put("Loop", site.url("/loop-a.xml"));
    failing.put("Hangs", site.silentUrl("/feed.xml"));
    failing.put("Broken", site.url("/broken.xml"));
    failing.forEach((name, url) -> assertEquals(303, add(name, url).status(), name));
    Article extra = WIKI.get(11);
    site.put("/late.xml", "application/rss+xml", FeedFixtures.rss20("Late", List.of(extra), a -> site.url("/late/1"), true));
    assertEquals(303, add("Late", site.url("/late.xml")).status());
    clock.advance(Duration.ofSeconds(1));

    List<PollReport> reports = pollDue();
    Map<String, PollReport> byName = reports.stream().collect(Collectors.toMap(
        r -> server.facetwire().sources().store().get(r.sourceId()).orElseThrow().name(), r -> r));
    assertEquals(1, byName.get("Late").indexed(), "a good source polled alongside the bad ones");

    Map<String, String> expected = Map.of(
        "Not a feed", "not a feed: the address serves an HTML page",
        "Laughs", "refused: the XML declares a DOCTYPE",
        "XXE", "refused: the XML declares a DOCTYPE",
        "Huge", site.url("/huge.xml") + " is larger than the limit of 256 KB",
        "Loop", "redirect loop: " + site.url("/loop-a.xml") + " -> " + site.url("/loop-b.xml"),
        "Hangs", "within 10 s",
        "Broken", "HTTP 500 from " + site.url("/broken.xml"));
    Document page = admin.get("/admin/sources").html();
    assertFalse(page.text().contains("Exception") || page.text().contains("\tat "), "no stack traces");
    for (var e : expected.entrySet()) {
      Source s = source(e.getKey());
      assertNotNull(byName.get(e.getKey()), e.getKey());
      assertFalse(byName.get(e.getKey()).ok());
      String line = page.getElementById("source-" + s.id()).selectFirst(".source-error").text();
      assertTrue(line.startsWith("Failing: ") && line.contains(e.getValue()), e.getKey() + ": " + line);
      assertEquals(1, s.failures());
      assertEquals(clock.instant().plus(Duration.ofMinutes(15)).getEpochSecond() / 60,
          s.nextPollAt().getEpochSecond() / 60, "first failure: the normal interval");
    }
    assertFalse(page.text().contains("root:x:0:0"), "no local file was read");

    // Failing again doubles the wait (exponential backoff); a paused source is not polled at all.
    Source broken = source("Broken");
    admin.post("/admin/sources/" + source("Loop").id() + "/pause", Map.of());
    clock.advance(Duration.ofMinutes(16));
    Instant second = clock.instant();
    int loopRequests = site.requests("/loop-a.xml").size();
    pollDue();
    Source after = source("Broken");
    assertEquals(2, after.failures());
    assertEquals(second.plus(Duration.ofMinutes(30)), after.nextPollAt());
    assertTrue(after.nextPollAt().isAfter(broken.nextPollAt()));
    assertEquals(loopRequests, site.requests("/loop-a.xml").size(), "paused");
    assertTrue(source("Loop").paused());
  }

  @Test
  @Order(6)
  void removingASourceKeepsItsArticles() {
    Source late = source("Late");
    long before = server.http().get("/api/search").json().path("total").asLong();
    assertEquals(303, admin.post("/admin/sources/" + late.id() + "/remove", Map.of()).status());
    assertTrue(server.facetwire().sources().store().get(late.id()).isEmpty());
    assertEquals(before, server.http().get("/api/search").json().path("total").asLong());
    assertEquals(404, admin.post("/admin/sources/" + late.id() + "/remove", Map.of()).status());
    // Session 19: an id no source can have is not asked for. Before: 503 "cannot reach Elasticsearch" (the
    // 5,000-character id made a request line past the node's 4 KB).
    for (String id : List.of("a".repeat(5000), "%E2%80%8B".repeat(500), "ABCDEF0123456789")) {
      for (String action : List.of("pause", "resume", "poll", "remove")) {
        assertEquals(404, admin.post("/admin/sources/" + id + "/" + action, Map.of()).status(), action);
      }
    }
  }
}
