package io.facetwire.sources.fetch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.facetwire.sources.FixtureSite;
import io.facetwire.support.RebindingNames;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The fetcher against a real local web server: every politeness rule and every failure of the issue. */
class PoliteFetcherTest {

  static FixtureSite site;
  static final FetchSettings SETTINGS = FetchSettings.defaults().withAllowPrivate(true)
      .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(800)).withMaxBytes(1024 * 1024)
      .withHostInterval(Duration.ZERO).withContact("mailto:newsroom@example.org");

  @BeforeAll
  static void start() {
    site = new FixtureSite();
  }

  @AfterAll
  static void stop() {
    site.close();
  }

  static PoliteFetcher fetcher() {
    return new PoliteFetcher(SETTINGS, Clock.systemUTC());
  }

  @Test
  void conditionalGetSendsValidatorsAndSeesAChangedEtag() throws Exception {
    site.putWithEtag("/etag.xml", "application/rss+xml", "<rss>one</rss>", "\"v1\"", "Mon, 30 Nov 2026 10:00:00 GMT");
    PoliteFetcher f = fetcher();
    FetchResult first = f.fetchFeed(site.url("/etag.xml"), PoliteFetcher.Validators.NONE);
    assertFalse(first.notModified());
    assertEquals("\"v1\"", first.etag());
    assertEquals("Mon, 30 Nov 2026 10:00:00 GMT", first.lastModified());

    FetchResult second = f.fetchFeed(site.url("/etag.xml"), new PoliteFetcher.Validators(first.etag(), first.lastModified()));
    assertTrue(second.notModified());
    List<FixtureSite.Request> asked = site.requests("/etag.xml");
    assertEquals("\"v1\"", asked.get(1).ifNoneMatch());
    assertEquals("Mon, 30 Nov 2026 10:00:00 GMT", asked.get(1).ifModifiedSince());

    site.putWithEtag("/etag.xml", "application/rss+xml", "<rss>two</rss>", "\"v2\"", null);
    FetchResult third = f.fetchFeed(site.url("/etag.xml"), new PoliteFetcher.Validators("\"v1\"", null));
    assertFalse(third.notModified());
    assertEquals("<rss>two</rss>", new String(third.body(), StandardCharsets.UTF_8));
    assertEquals("\"v2\"", third.etag());
  }

  @Test
  void userAgentNamesFacetwireAndTheContactAndGzipIsDecoded() throws Exception {
    String text = "<rss>" + "gzip me ".repeat(1000) + "</rss>";
    site.putGzip("/gz.xml", "application/rss+xml", text);
    FetchResult r = fetcher().fetchFeed(site.url("/gz.xml"), PoliteFetcher.Validators.NONE);
    assertEquals(text, new String(r.body(), StandardCharsets.UTF_8));
    FixtureSite.Request request = site.requests("/gz.xml").get(0);
    assertTrue(request.acceptEncoding().contains("gzip"));
    assertTrue(request.userAgent().startsWith("Facetwire/"), request.userAgent());
    assertTrue(request.userAgent().contains("+mailto:newsroom@example.org"), request.userAgent());
  }

  @Test
  void redirectsAreFollowedLoopsAndLongChainsAreErrors() throws Exception {
    site.put("/final.xml", "application/xml", "<rss/>");
    site.redirect("/moved.xml", "/final.xml");
    FetchResult r = fetcher().fetchFeed(site.url("/moved.xml"), PoliteFetcher.Validators.NONE);
    assertEquals(site.url("/final.xml"), r.finalUrl());

    site.redirect("/loop-a", "/loop-b").redirect("/loop-b", "/loop-a");
    FetchException loop = assertThrows(FetchException.class, () -> fetcher().fetchFeed(site.url("/loop-a"), PoliteFetcher.Validators.NONE));
    assertTrue(loop.getMessage().startsWith("redirect loop: " + site.url("/loop-a") + " -> " + site.url("/loop-b")), loop.getMessage());
    assertEquals(1, site.requests("/loop-b").size(), "the loop is seen at its first repeat");

    for (int i = 0; i < 8; i++) {
      site.redirect("/chain" + i, "/chain" + (i + 1));
    }
    FetchException chain = assertThrows(FetchException.class, () -> fetcher().fetchFeed(site.url("/chain0"), PoliteFetcher.Validators.NONE));
    assertEquals("more than 5 redirects from " + site.url("/chain0"), chain.getMessage());
  }

  @Test
  void aHugePageIsCutOffAtTheLimit() {
    site.huge("/huge.html", 100);
    // A generous timeout, so the size limit (not the clock of a busy machine) is what stops the transfer.
    PoliteFetcher patient = new PoliteFetcher(SETTINGS.withTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(120)), Clock.systemUTC());
    FetchException e = assertThrows(FetchException.class, () -> patient.fetchFeed(site.url("/huge.html"), PoliteFetcher.Validators.NONE));
    assertEquals(site.url("/huge.html") + " is larger than the limit of 1024 KB", e.getMessage());
    assertFalse(e.isTransient());
  }

  @Test
  void aServerThatAcceptsAndNeverAnswersIsATimeoutNotAHang() {
    FetchException e = assertThrows(FetchException.class,
        () -> fetcher().fetchFeed(site.silentUrl("/feed.xml"), PoliteFetcher.Validators.NONE));
    assertTrue(e.getMessage().contains("within 800 ms"), e.getMessage());
    assertTrue(e.isTransient());
  }

  @Test
  void httpErrorsAreNamed() {
    site.status("/gone.xml", 410).status("/busy.xml", 503);
    FetchException gone = assertThrows(FetchException.class, () -> fetcher().fetchFeed(site.url("/gone.xml"), PoliteFetcher.Validators.NONE));
    assertEquals("HTTP 410 from " + site.url("/gone.xml"), gone.getMessage());
    assertFalse(gone.isTransient());
    FetchException busy = assertThrows(FetchException.class, () -> fetcher().fetchFeed(site.url("/busy.xml"), PoliteFetcher.Validators.NONE));
    assertTrue(busy.isTransient());
  }

  @Test
  void loopbackAndPrivateAddressesAreRefusedUnlessAllowed() {
    site.put("/private.xml", "application/xml", "<rss/>");
    PoliteFetcher strict = new PoliteFetcher(SETTINGS.withAllowPrivate(false), Clock.systemUTC());
    int before = site.requests().size();
    FetchException e = assertThrows(FetchException.class, () -> strict.fetchFeed(site.url("/private.xml"), PoliteFetcher.Validators.NONE));
    assertEquals("refused: " + site.url("/private.xml") + " leads to this machine or a private network", e.getMessage());
    FetchException ten = assertThrows(FetchException.class, () -> strict.fetchPage("http://10.1.2.3/story"));
    assertTrue(ten.getMessage().startsWith("refused: http://10.1.2.3/story"), ten.getMessage());
    assertEquals(before, site.requests().size(), "nothing was sent");
    FetchException scheme = assertThrows(FetchException.class, () -> strict.fetchPage("file:///etc/passwd"));
    assertEquals("not an http(s) address: file:///etc/passwd", scheme.getMessage());
  }

  /** A name service that answers {@code first} to the first lookup of a name and {@code then} to every later one. */
  @Test
  void aNameIsLookedUpOnceAndTheConnectionGoesToTheAddressTheRuleChecked() {
    // Before (until 2026-12-02): the rule looked the name up, then the HTTP client looked it up again to
    // connect, so a rebinding name (public for the check, 127.0.0.1 a moment later) reached this machine.
    // Now the one lookup is both checked and connected to: the public answer is where the fetch goes, and the site
    // on 127.0.0.1 never hears of it. The public answer is IANA's example.com address at this test site's random
    // port, where nothing answers (a documentation address such as 192.0.2.1, used until session 30, is refused by
    // the rule itself now that it refuses the blocks no one can reach).
    site.put("/rebound.xml", "application/xml", "<rss>internal</rss>");
    RebindingNames names = new RebindingNames("93.184.215.14", "127.0.0.1");
    PoliteFetcher strict = new PoliteFetcher(SETTINGS.withAllowPrivate(false).withTimeouts(Duration.ofMillis(300),
        Duration.ofMillis(800)), Clock.systemUTC(), names);
    String url = "http://rebinding.example:" + java.net.URI.create(site.base()).getPort() + "/rebound.xml";
    FetchException e = assertThrows(FetchException.class, () -> strict.fetchFeed(url, PoliteFetcher.Validators.NONE));
    assertTrue(e.isTransient(), e.getMessage()); // could not connect to the public address: a network failure, not a refusal
    assertEquals(java.util.Map.of("rebinding.example", 1), names.lookups, "one lookup per connection");
    assertTrue(site.requests("/rebound.xml").isEmpty(), "the rebound address was never reached");
    // A name that answers a private address when the connection is opened is refused, nothing sent.
    RebindingNames internal = new RebindingNames("10.0.0.7", "10.0.0.7");
    PoliteFetcher strictToo = new PoliteFetcher(SETTINGS.withAllowPrivate(false), Clock.systemUTC(), internal);
    FetchException refused = assertThrows(FetchException.class,
        () -> strictToo.fetchFeed("http://internal.example/feed.xml", PoliteFetcher.Validators.NONE));
    assertEquals("refused: http://internal.example/feed.xml leads to this machine or a private network",
        refused.getMessage());
    assertFalse(refused.isTransient());
  }

  @Test
  void everyRedirectHopIsLookedUpOnceAndStillNamesItsHost() throws Exception {
    // Each hop opens its connection through the same checked lookup; the request keeps the name in Host
    // (and in TLS, the name is what SNI and the certificate check see).
    int port = java.net.URI.create(site.base()).getPort();
    site.redirect("/hop.xml", "http://second.example:" + port + "/landed.xml");
    site.put("/landed.xml", "application/xml", "<rss>landed</rss>");
    RebindingNames names = new RebindingNames("127.0.0.1", "127.0.0.1");
    PoliteFetcher f = new PoliteFetcher(SETTINGS, Clock.systemUTC(), names);
    FetchResult r = f.fetchFeed("http://first.example:" + port + "/hop.xml", PoliteFetcher.Validators.NONE);
    assertEquals("<rss>landed</rss>", new String(r.body(), StandardCharsets.UTF_8));
    assertEquals(java.util.Map.of("first.example", 1, "second.example", 1), names.lookups);
    assertEquals("first.example:" + port, site.requests("/hop.xml").get(0).host());
    assertEquals("second.example:" + port, site.requests("/landed.xml").get(0).host());
  }

  @Test
  void robotsTxtIsHonouredForArticlePagesOnlyAndReadOncePerSite() throws Exception {
    try (FixtureSite other = new FixtureSite()) {
      other.put("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
      other.put("/private/story.html", "text/html", "<p>secret</p>");
      other.put("/news/story.html", "text/html", "<p>news</p>");
      other.put("/private/feed.xml", "application/xml", "<rss/>");
      PoliteFetcher f = fetcher();
      FetchException e = assertThrows(FetchException.class, () -> f.fetchPage(other.url("/private/story.html")));
      assertTrue(e.getMessage().startsWith("robots.txt of 127.0.0.1 disallows"), e.getMessage());
      assertEquals("<p>news</p>", new String(f.fetchPage(other.url("/news/story.html")).body(), StandardCharsets.UTF_8));
      f.fetchFeed(other.url("/private/feed.xml"), PoliteFetcher.Validators.NONE);
      assertEquals(1, other.requests("/robots.txt").size());
      assertTrue(other.requests("/private/story.html").isEmpty());
    }
  }

  @Test
  void oneRequestAtATimePerHost() throws Exception {
    try (FixtureSite slow = new FixtureSite()) {
      slow.put("/slow.html", "text/html", "<p>slow</p>").delay("/slow.html", 150);
      slow.put("/robots.txt", "text/plain", "");
      PoliteFetcher f = fetcher();
      ExecutorService pool = Executors.newFixedThreadPool(4);
      List<Future<FetchResult>> all = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        all.add(pool.submit(() -> f.fetchPage(slow.url("/slow.html"))));
      }
      for (Future<FetchResult> r : all) {
        assertArrayEquals("<p>slow</p>".getBytes(StandardCharsets.UTF_8), r.get().body());
      }
      pool.shutdown();
      assertEquals(4, slow.requests("/slow.html").size());
      assertEquals(1, slow.maxConcurrent(), "never two requests to one host at once");
    }
  }

  @Test
  void aMissingRobotsTxtAllowsEverything() throws Exception {
    try (FixtureSite bare = new FixtureSite()) {
      bare.put("/a.html", "text/html", "<p>a</p>");
      FetchResult r = fetcher().fetchPage(bare.url("/a.html"));
      assertNull(r.etag());
      assertEquals(1, bare.requests("/robots.txt").size());
    }
  }
}
