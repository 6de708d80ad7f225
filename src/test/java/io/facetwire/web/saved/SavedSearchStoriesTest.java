package io.facetwire.web.saved;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.facetwire.Json;
import io.facetwire.article.Article;
import io.facetwire.sources.FeedFixtures;
import io.facetwire.support.BrowserSession;
import io.facetwire.support.Http;
import io.facetwire.support.MutableClock;
import io.facetwire.support.ServerExtension;
import io.facetwire.support.WebhookReceiver;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A saved search counts and lists stories, as the search page does: one wire story in three outlets is
 * "1 new", one hit on the saved search's page, one feed entry and one article in the alert, on the
 * real server with the copies grouped at ingest. And a story is new once: a later copy of a story
 * matched before the visit (or alerted before) is not new again.
 */
class SavedSearchStoriesTest {

  /** A word only the articles of this test carry, so the saved search matches exactly them. */
  static final String MARK = "quillwort";
  static final List<Article> WIKI = FeedFixtures.wikinews();
  static MutableClock clock = new MutableClock(Instant.parse("2026-06-01T09:00:00Z"));
  @RegisterExtension
  static final ServerExtension server = ServerExtension.standard().clock(clock);
  static WebhookReceiver receiver;

  @BeforeAll
  static void start() {
    receiver = new WebhookReceiver();
  }

  @AfterAll
  static void stop() {
    receiver.close();
  }

  @Test
  void copiesOfOneStoryAreOneNewMatchInTheListThePageTheFeedAndTheAlert() {
    BrowserSession ann = server.browser();
    String page = savedWithAlerts(ann, "stories@example.org", MARK, "Quillworts");
    int alertsBefore = receiver.received().size();

    Article wire = WIKI.get(50);
    Article other = WIKI.get(70);
    // One import: the wire story in three outlets, and one story of its own.
    post(line("q-orig", wire.title(), wire.body() + " " + MARK, "Wire One", "2020-05-01")
        + line("q-copy-2", wire.title(), "MAGNITOGORSK (Wire Two) - " + wire.body() + " " + MARK
            + "\nReporting by staff; editing by the desk.", "Wire Two", "2020-05-02")
        + line("q-copy-3", wire.title(), wire.body() + " " + MARK, "Wire Three", "2020-05-02")
        + line("q-alone", other.title(), other.body() + " " + MARK, "Wire One", "2020-05-03"));
    JsonNode search = server.http().get("/api/search?q=" + MARK).json();
    assertEquals(4, search.path("articles").asInt(), "four articles came in");
    assertEquals(2, search.path("total").asInt(), "as two stories on the search page: " + search);

    // The list: 2 new, not 4.
    assertEquals("2", newCount(ann, "Quillworts"));

    // The alert: one saved search with 2 new stories, each listed once.
    List<WebhookReceiver.Received> got = receiver.received().subList(alertsBefore, receiver.received().size());
    assertEquals(1, got.size(), got.toString());
    JsonNode news = got.get(0).json().path("saved_searches").get(0);
    assertEquals(2, news.path("new_count").asInt(), news.toString());
    List<String> alertTitles = news.path("articles").findValuesAsText("title");
    assertEquals(Set.of(wire.title(), other.title()), new HashSet<>(alertTitles));
    assertEquals(2, alertTitles.size(), "each story once: " + alertTitles);

    // The page: 2 new of 2 stories, each shown once.
    Document opened = ann.get(page).html();
    assertEquals("2 new", opened.selectFirst(".new-summary strong").text());
    assertTrue(opened.selectFirst(".new-summary").text().contains("2 matching stories in all"),
        opened.selectFirst(".new-summary").text());
    assertEquals(2, opened.select("li.hit").size());
    assertEquals(2, opened.select("li.hit.new").size());

    // The feed: one entry per story.
    String feedUrl = opened.selectFirst("input[aria-label=Feed URL]").val();
    Document feed = Jsoup.parse(server.http().get(feedUrl.substring(feedUrl.indexOf("/feeds/"))).body(), "",
        Parser.xmlParser());
    List<String> feedTitles = feed.select("entry > title").stream().map(Element::text).toList();
    assertEquals(2, feedTitles.size(), feedTitles.toString());
    assertEquals(Set.of(wire.title(), other.title()), new HashSet<>(feedTitles));

    // Seen now. A fourth outlet's copy later: the story was matched before the visit and alerted before,
    // so it is not new again: not in the list's count, not marked on the page, no alert, no feed entry.
    List<String> feedIds = entryIds(feedUrl);
    assertEquals("0", newCount(ann, "Quillworts"));
    int alertsSeen = receiver.received().size();
    post(line("q-copy-4", wire.title(), wire.body() + " " + MARK + "\nEdited by the night desk.", "Wire Four",
        "2020-05-04"));
    assertEquals(5, server.http().get("/api/search?q=" + MARK).json().path("articles").asInt(), "it came in");
    assertEquals("0", newCount(ann, "Quillworts"));
    Document again = ann.get(page).html();
    assertEquals(2, again.select("li.hit").size(), "still two stories");
    assertEquals(0, again.select("li.hit.new").size());
    assertTrue(again.selectFirst(".new-summary").text().contains("2 matching stories in all"));
    assertEquals(alertsSeen, receiver.received().size(), "no alert for a story alerted before");
    assertEquals(feedIds, entryIds(feedUrl), "the feed's entries are the same: each story's first version");
  }

  /**
   * Copies on both sides of a visit (and of an alert): a story with a version before the visit stays seen
   * when more copies come; a story whose versions all came after it is new, once.
   */
  @Test
  void aStoryIsNewOnceWithCopiesOnBothSidesOfAVisitAndOfAnAlert() {
    String mark = "moonwort";
    BrowserSession bea = server.browser();
    String page = savedWithAlerts(bea, "new-once@example.org", mark, "Moonworts");
    Article a = WIKI.get(80);
    Article b = WIKI.get(90);
    Article c = WIKI.get(100);
    Article d = WIKI.get(110);

    int alerts = receiver.received().size();
    post(line("m-a1", a.title(), a.body() + " " + mark, "Wire One", "2020-06-01")
        + line("m-c1", c.title(), c.body() + " " + mark, "Wire One", "2020-06-01"));
    assertEquals(2, lastAlert(alerts).path("new_count").asInt());
    assertEquals("2", newCount(bea, "Moonworts"));
    assertEquals(2, bea.get(page).html().select("li.hit.new").size(), "the visit: both new, now seen");

    // After the visit: a copy of A (seen), and story B in two outlets.
    alerts = receiver.received().size();
    post(line("m-a2", a.title(), a.body() + " " + mark + "\nEdited by the desk.", "Wire Two", "2020-06-02")
        + line("m-b1", b.title(), b.body() + " " + mark, "Wire One", "2020-06-02")
        + line("m-b2", b.title(), b.body() + " " + mark + "\nEdited by the desk.", "Wire Two", "2020-06-03"));
    assertEquals(3, server.http().get("/api/search?q=" + mark).json().path("total").asInt(), "three stories");
    assertEquals("1", newCount(bea, "Moonworts"), "B once; A was matched before the visit");
    JsonNode alert = lastAlert(alerts);
    assertEquals(1, alert.path("new_count").asInt(), alert.toString());
    assertEquals(List.of(b.title()), alert.path("articles").findValuesAsText("title"), "B once, A not again");
    Document opened = bea.get(page).html();
    assertEquals("1 new", opened.selectFirst(".new-summary strong").text());
    assertEquals(3, opened.select("li.hit").size());
    assertEquals(List.of(b.title()), opened.select("li.hit.new h2 a").eachText(), "only B is marked new");
    String feedUrl = opened.selectFirst("input[aria-label=Feed URL]").val();
    List<String> entries = entryIds(feedUrl);
    assertEquals(3, entries.size(), entries.toString());
    assertTrue(entries.stream().anyMatch(e -> e.endsWith("m-a1")) && entries.stream().anyMatch(e -> e.endsWith("m-b1"))
        && entries.stream().anyMatch(e -> e.endsWith("m-c1")), "each story as its first version: " + entries);

    // Another copy of A after this visit and alert: nothing new anywhere. Then story D: it alone is new.
    alerts = receiver.received().size();
    post(line("m-a3", a.title(), a.body() + " " + mark + "\nCorrected.", "Wire Three", "2020-06-04"));
    assertEquals(alerts, receiver.received().size(), "no alert");
    assertEquals("0", newCount(bea, "Moonworts"));
    assertEquals(entries, entryIds(feedUrl));
    post(line("m-d1", d.title(), d.body() + " " + mark, "Wire One", "2020-06-05"));
    JsonNode onlyD = lastAlert(alerts);
    assertEquals(1, onlyD.path("new_count").asInt());
    assertEquals(List.of("m-d1"), onlyD.path("articles").findValuesAsText("id"));
    assertEquals("1", newCount(bea, "Moonworts"));
  }

  /** Signs up with a webhook, saves a search for {@code word} with alerts on; returns its page. */
  private static String savedWithAlerts(BrowserSession b, String email, String word, String name) {
    b.signUp(email, email + " password");
    assertEquals(303, b.submit(b.get("/account").html(), "form[action=/account/webhook]",
        Map.of("webhook_url", receiver.url())).status());
    String page = b.save("/search?q=" + word, name);
    assertEquals(303, b.post(page + "/alerts", Map.of("alerts", "on")).status());
    return page;
  }

  /** The saved search of the one alert sent since {@code before} alerts were received. */
  private static JsonNode lastAlert(int before) {
    List<WebhookReceiver.Received> got = receiver.received().subList(before, receiver.received().size());
    assertEquals(1, got.size(), got.toString());
    return got.get(0).json().path("saved_searches").get(0);
  }

  private static List<String> entryIds(String feedUrl) {
    Document feed = Jsoup.parse(server.http().get(feedUrl.substring(feedUrl.indexOf("/feeds/"))).body(), "",
        Parser.xmlParser());
    return feed.select("entry > id").stream().map(Element::text).toList();
  }

  private static String newCount(BrowserSession b, String name) {
    for (Element row : b.get("/saved").html().select("tbody tr")) {
      if (row.selectFirst("a.name").text().equals(name)) {
        return row.selectFirst("td.new-count").text();
      }
    }
    throw new AssertionError("no saved search " + name);
  }

  private static void post(String lines) {
    clock.advance(Duration.ofMinutes(1));
    Http.Response r = server.api().post("/api/articles", "application/x-ndjson", lines);
    assertEquals(200, r.status(), r.body());
    server.facetwire().alerts().awaitIdle(Duration.ofSeconds(30));
  }

  private static String line(String id, String title, String body, String source, String date) {
    ObjectNode o = Json.mapper().createObjectNode();
    o.put("id", id).put("title", title).put("body", body).put("source", source).put("published_at", date);
    return o.toString() + "\n";
  }
}
