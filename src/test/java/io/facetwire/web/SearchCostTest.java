package io.facetwire.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.facetwire.support.BrowserSession;
import io.facetwire.support.HeldExpensivePlace;
import io.facetwire.support.Http;
import io.facetwire.support.ServerExtension;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 12, High 3 and Low 8 on the real server: the abusive queries ({@code a*},
 * {@code a* | b* | … | z*}) are searched without their wildcards and say so; a wildcard with three
 * letters still works; a forged Host header never reaches a feed's absolute links.
 */
class SearchCostTest {

  @RegisterExtension
  static final ServerExtension server = ServerExtension.standard().fixtures("fixtures/wikinews_2019.csv");
  static final Http http = server.http();

  @Test
  void shortWildcardsAreSearchedAsWordsWithANote() {
    StringBuilder az = new StringBuilder();
    for (char c = 'a'; c <= 'z'; c++) {
      az.append(c == 'a' ? "" : " | ").append(c).append('*');
    }
    JsonNode all = http.get("/api/search?q=" + Http.enc(az.toString())).json();
    assertTrue(all.path("notes").get(0).asText().contains("at least 3 letters"), all.toString());
    assertFalse(all.path("partial").asBoolean());

    Http.Response page = http.get("/search.csv?q=" + Http.enc("a*"));
    assertEquals(200, page.status());
    Http.Response html = http.get("/search?q=" + Http.enc("a*"));
    assertTrue(html.html().select(".note").text().contains("searched as typed without the *"), html.body());
  }

  /**
   * Session 26: a quote that Elasticsearch does not read as a phrase — escaped ({@code \"}) or never closed —
   * made the budget skip the rest of the query as one phrase, while Elasticsearch ran every wildcard after
   * it: {@code \" a* | b* | c* | d* "} matched every article, without a note and without counting as
   * expensive work.
   */
  @Test
  void wildcardsAfterAQuoteThatOpensNoPhraseAreBudgetedToo() {
    long plain = http.get("/api/search?q=" + Http.enc("a | b | c | d")).json().path("total").asLong();
    for (String q : new String[] {"\\\" a* | b* | c* | d* \"", "\" a* | b* | c* | d*"}) {
      JsonNode answer = http.get("/api/search?q=" + Http.enc(q)).json();
      assertTrue(answer.path("notes").toString().contains("at least 3 letters"), q + " -> " + answer.path("notes"));
      assertEquals(plain, answer.path("total").asLong(), q);
    }
    // An escaped quote inside a phrase does not end it; the phrase's real end does.
    String inPhrase = "\"x \\\" y\" a* | b* | c* | d* \"";
    assertTrue(http.get("/api/search?q=" + Http.enc(inPhrase)).json().path("notes").toString()
        .contains("at least 3 letters"), inPhrase);
    StringBuilder many = new StringBuilder("\\\"");
    for (String w : new String[] {"presid", "minist", "govern", "electi", "countr"}) {
      many.append(' ').append(w).append('*');
    }
    JsonNode five = http.get("/api/search?q=" + Http.enc(many.toString())).json();
    assertTrue(five.path("notes").toString().contains("Only the first 3 wildcards"), five.path("notes").toString());
  }

  /**
   * Session 26: a saved search's page, shared page and feed ran its wildcards outside the expensive places that every
   * other route's wildcard search takes — the shared page and feed anonymous, four at a time per address — so a
   * shared wildcard search was a way around the places. Now they take one as the search page does.
   */
  @Test
  void aSavedSearchWithAWildcardTakesAnExpensivePlaceOnItsPagesAndFeed() throws Exception {
    BrowserSession owner = server.browser();
    assertEquals(303, owner.signUp("wildcard.saver@example.org", "wildcard saver password").status());
    String page = owner.save("/search?q=" + Http.enc("presiden*"), "wildcard");
    assertEquals(303, owner.post(page + "/share", java.util.Map.of()).status());
    String body = owner.get(page).body();
    java.util.regex.Matcher shared = java.util.regex.Pattern.compile("/shared/[A-Za-z0-9_-]+").matcher(body);
    java.util.regex.Matcher feed = java.util.regex.Pattern.compile("/feeds/[A-Za-z0-9_-]+").matcher(body);
    assertTrue(shared.find() && feed.find(), body);
    try (HeldExpensivePlace held = HeldExpensivePlace.hold(server)) {
      assertEquals(429, http.get(shared.group()).status(), "the shared page");
      assertEquals(429, http.get(feed.group()).status(), "the feed");
      assertEquals(429, owner.get(page).status(), "the owner's page (an account less than an hour old: a visitor's place)");
      assertEquals(429, owner.get("/saved").status(), "the list, which counts the wildcard search's new matches");
    }
    HeldExpensivePlace.await(() -> http.get(shared.group()).status(), 200, 15, "the place never came back");
    assertEquals(200, http.get(feed.group()).status());
    assertEquals(200, owner.get(page).status());
    assertEquals(200, owner.get("/saved").status());
  }

  @Test
  void aWildcardWithThreeLettersFindsWhatTheWordsFind() {
    long prefix = http.get("/api/search?q=" + Http.enc("presiden*")).json().path("total").asLong();
    long word = http.get("/api/search?q=president").json().path("total").asLong();
    assertTrue(word > 0 && prefix >= word, "presiden* " + prefix + ", president " + word);
  }

  @Test
  void aForgedHostHeaderIsNotCopiedIntoTheFeed() throws Exception {
    String feed = rawGet("/search.atom?q=president", "evil.example");
    assertTrue(feed.startsWith("HTTP/1.1 200"), feed);
    assertFalse(feed.contains("evil.example"), feed);
    assertTrue(feed.contains("href=\"http://127.0.0.1:" + port() + "/articles/"), feed);

    String local = rawGet("/search.atom?q=president", "localhost:" + port());
    assertTrue(local.contains("href=\"http://localhost:" + port() + "/articles/"), "loopback names are kept");
  }

  private static int port() {
    return Integer.parseInt(http.base().substring(http.base().lastIndexOf(':') + 1));
  }

  /** A request with any Host header (Java's HttpClient will not send one of our choosing). */
  private static String rawGet(String path, String host) throws Exception {
    try (Socket socket = new Socket("127.0.0.1", port())) {
      OutputStream out = socket.getOutputStream();
      out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
