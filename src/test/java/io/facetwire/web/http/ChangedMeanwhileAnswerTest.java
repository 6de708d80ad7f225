package io.facetwire.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.facetwire.saved.ChangedMeanwhile;
import io.facetwire.support.Http;
import io.javalin.Javalin;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What {@link Errors} answers for {@link ChangedMeanwhile}, to a person and to an API client: 409 and the reason in
 * plain words (changed elsewhere meanwhile, not made, try again). No saved-search route is under {@code /api/} today,
 * so the JSON answer is asked of a route made for it here; the page is also asked through the real server in
 * SavedSearchLostRaceTest.
 */
class ChangedMeanwhileAnswerTest {

  static Javalin app;
  static Http http;

  @BeforeAll
  static void start() {
    app = Javalin.create(c -> {
      c.startup.showJavalinBanner = false;
      Errors.register(c.routes, new Templates());
      c.routes.post("/api/saved/{id}", ctx -> {
        throw new ChangedMeanwhile();
      });
      c.routes.post("/saved/{id}/rename", ctx -> {
        throw new ChangedMeanwhile();
      });
    }).start("127.0.0.1", 0);
    http = new Http("http://127.0.0.1:" + app.port());
  }

  @AfterAll
  static void stop() {
    app.stop();
  }

  @Test
  void anApiClientIsAnswered409WithTheReasonInJson() {
    Http.Response r = http.post("/api/saved/x%3Cb%3E", "application/json", "{\"name\":\"<b>mine</b>\"}");
    assertEquals(409, r.status(), r.body());
    assertTrue(r.header("Content-Type").startsWith("application/json"), r.header("Content-Type"));
    assertEquals(1, r.json().size(), r.body());
    String said = r.json().path("error").asText();
    assertTrue(said.contains("changed elsewhere") && said.contains("not made") && said.contains("try again"), said);
    assertFalse(r.body().contains("mine") || r.body().contains("<b>"), r.body());
  }

  @Test
  void aPersonIsAnswered409WithAChangedMeanwhilePage() {
    Http.Response r = http.postForm("/saved/x/rename", java.util.Map.of("name", "<script>alert(1)</script>"));
    assertEquals(409, r.status(), r.body());
    assertTrue(r.header("Content-Type").startsWith("text/html"), r.header("Content-Type"));
    Document page = r.html();
    assertEquals("Changed meanwhile", page.selectFirst("main h1").text());
    assertTrue(page.selectFirst("main p").text().contains("not made"), page.selectFirst("main p").text());
    assertFalse(r.body().contains("<script>alert"), r.body());
  }
}
