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
import io.facetwire.support.TestServer;
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

/**
 * A saved search counts and lists stories, as the search page does: one wire story in three outlets is
 * "1 new", one hit on the saved search's page, one feed entry and one article in the alert, on the
 * real server with the copies grouped at ingest.
 */
class SavedSearchStoriesTest {

  /** A word only the articles of this test carry, so the saved search matches exactly them. */
  static final String MARK = "quillwort";
  static final List<Article> WIKI = FeedFixtures.wikinews();
  static MutableClock clock = new MutableClock(Instant.parse("2026-06-01T09:00:00Z"));
  static TestServer server;
  static WebhookReceiver receiver;

  @BeforeAll
  static void start() {
    server = TestServer.start(TestServer.testConfig(), clock);
    receiver = new WebhookReceiver();
  }

  @AfterAll
  static void stop() {
    receiver.close();
    server.close();
  }

  @Test
  void copiesOfOneStoryAreOneNewMatchInTheListThePageTheFeedAndTheAlert() {
    BrowserSession ann = server.browser();
    ann.signUp("stories@example.org", "stories password");
    assertEquals(303, ann.submit(ann.get("/account").html(), "form[action=/account/webhook]",
        Map.of("webhook_url", receiver.url())).status());
    String page = ann.save("/search?q=" + MARK, "Quillworts");
    assertEquals(303, ann.post(page + "/alerts", Map.of("alerts", "on")).status());
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

    // Seen now. A fourth outlet's copy later: the story has a new version, so it is new again, once
    // (1 new, not 4), listed as that newest version, in the page and in the alert.
    assertEquals("0", newCount(ann, "Quillworts"));
    int alertsSeen = receiver.received().size();
    post(line("q-copy-4", wire.title(), wire.body() + " " + MARK + "\nEdited by the night desk.", "Wire Four",
        "2020-05-04"));
    assertEquals("1", newCount(ann, "Quillworts"));
    Document again = ann.get(page).html();
    assertEquals(2, again.select("li.hit").size(), "still two stories");
    assertEquals(1, again.select("li.hit.new").size());
    assertTrue(again.selectFirst(".new-summary").text().contains("2 matching stories in all"));
    JsonNode later = receiver.received().get(alertsSeen).json().path("saved_searches").get(0);
    assertEquals(1, later.path("new_count").asInt(), later.toString());
    assertEquals(List.of("q-copy-4"), later.path("articles").findValuesAsText("id"));
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
