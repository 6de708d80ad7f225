package io.facetwire.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.facetwire.support.BrowserSession;
import io.facetwire.support.ServerExtension;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Search history: per signed-in user, newest first, capped, no duplicates, clearable. */
class SearchHistoryTest {

  @RegisterExtension
  static final ServerExtension server = ServerExtension.with(config -> config.withHistoryCap(3))
      .fixtures("fixtures/wikinews_2019.csv");

  @Test
  void searchesAreRememberedPerUserCappedAndClearable() throws Exception {
    BrowserSession ann = server.browser();
    ann.signUp("history@example.org", "history password");
    BrowserSession bob = server.browser();
    bob.signUp("other@example.org", "other password");
    server.http().get("/search?q=anonymous+search");

    for (String q : List.of("q=court", "q=storm", "q=court", "q=vote&country=United+States", "q=police")) {
      assertEquals(200, ann.get("/search?" + q + "&page=2").status());
      awaitFirst(ann, q);
    }
    bob.get("/search?q=bob");
    awaitFirst(bob, "q=bob");

    List<String> links = entries(ann);
    assertEquals(List.of("/search?q=police", "/search?q=vote&country=United+States", "/search?q=court"), links,
        "newest first, at most 3, the repeated search once, without the page number");
    assertTrue(server.browser().get("/account/history").status() == 303, "anonymous visitors have no history");
    assertEquals(List.of("/search?q=bob"), entries(bob));

    assertEquals(303, ann.submit(ann.get("/account/history").html(), "form[action=/account/history/clear]", Map.of()).status());
    assertTrue(entries(ann).isEmpty());
    assertEquals(List.of("/search?q=bob"), entries(bob), "one user's clearing leaves the others");
  }

  /**
   * Another site's link or script cannot write into a signed-in visitor's history (session 30): a navigation the
   * browser marks cross-site or same-site, or one from another site's page by its Referer, is not recorded; the
   * visitor's own searches (same-origin, typed, or from this host's page) still are, so the check is not vacuous.
   */
  @Test
  void anotherSitesNavigationIsNotRecorded() throws Exception {
    BrowserSession cara = server.browser();
    cara.signUp("cara@example.org", "cara password");
    for (String[] h : new String[][] {{"Sec-Fetch-Site", "cross-site"}, {"Sec-Fetch-Site", "same-site"},
        {"Referer", "https://evil.example/page"}, {"Referer", "not a url at all"}}) {
      var request = cara.http().request("/search?q=" + h[1].replaceAll("[^a-z]", "")).header(h[0], h[1]).GET().build();
      assertEquals(200, cara.http().send(request).status());
    }
    String own = server.http().request("/").build().uri().getRawAuthority();
    cara.http().send(cara.http().request("/search?q=fromhere").header("Referer", "http://" + own + "/search").GET().build());
    awaitFirst(cara, "q=fromhere");
    cara.http().send(cara.http().request("/search?q=typed").header("Sec-Fetch-Site", "none").GET().build());
    awaitFirst(cara, "q=typed");
    assertEquals(List.of("/search?q=typed", "/search?q=fromhere"), entries(cara));
  }

  /** History is written in the background: wait until the search shows up at the top. */
  private static void awaitFirst(BrowserSession b, String query) throws InterruptedException {
    for (int i = 0; i < 100; i++) {
      List<String> e = entries(b);
      if (!e.isEmpty() && e.get(0).equals("/search?" + query)) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("Not recorded: " + query + " in " + entries(b));
  }

  private static List<String> entries(BrowserSession b) {
    return b.get("/account/history").html().select("ol.history li a").stream().map(a -> a.attr("href")).toList();
  }
}
