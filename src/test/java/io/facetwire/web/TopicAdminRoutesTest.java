package io.facetwire.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.facetwire.support.BrowserSession;
import io.facetwire.support.Http;
import io.facetwire.support.ServerExtension;
import io.facetwire.support.TestServer;
import io.facetwire.topics.DefinitionCost;
import io.facetwire.topics.RetagState;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code /admin/topics} over HTTP against the real node: who may use it, CSRF, a bad definition refused
 * by line with nothing stored, the preview's difference against what the re-tag then does, versions,
 * revert, and a second server of the same installation taking up a saved version.
 */
class TopicAdminRoutesTest {

  @RegisterExtension
  static final ServerExtension server = ServerExtension.standard()
      .fixtures("fixtures/wikinews_2019.csv", "fixtures/wikinews_2020.csv");
  static BrowserSession admin;
  static BrowserSession user;

  /** Sport no article can meet: every sport tag would go. */
  static final String NEVER_SPORT = "[sport]\nthreshold = 100\n3  vaccine\n";
  /** Sport for every article naming an election twice: tags would come. */
  static final String ELECTION_SPORT = "[sport]\n# a deliberately wrong definition, for the test\nthreshold = 3\n"
      + "mentions = 1\nshare = 0\n5  election, elections, vote\n";

  @BeforeAll
  static void start() {
    admin = server.browser();
    admin.signUp("topics-admin@example.org", "admin password");
    user = server.browser();
    user.signUp("topics-user@example.org", "user password");
  }

  @Test
  void onlyAdminsMayUseTheTopicPages() {
    assertEquals(303, server.http().get("/admin/topics").status(), "anonymous: sent to sign in");
    assertEquals(403, user.get("/admin/topics").status());
    assertEquals(403, user.get("/admin/topics/edit?topic=sport").status());
    assertEquals(403, user.get("/admin/topics/status").status());
    assertEquals(403, user.post("/admin/topics/preview", Map.of("topic", "sport", "block", NEVER_SPORT)).status());
    assertEquals(403, user.post("/admin/topics/save", Map.of("topic", "sport", "block", NEVER_SPORT)).status());
    assertEquals(403, user.post("/admin/topics/revert", Map.of("version", "0")).status());
    assertEquals(0, server.facetwire().topics().versions().list(10).size(), "nothing was stored");

    Http.Response page = admin.get("/admin/topics");
    assertEquals(200, page.status());
    Document html = page.html();
    assertFalse(html.select("tr.topic-row").isEmpty());
    long sport = apiCount("sport");
    assertTrue(sport > 0, "the fixtures have sport articles");
    assertEquals(Long.toString(sport), row(html, "sport").selectFirst(".topic-count").text(),
        "the count is the index's");
  }

  @Test
  void formsWithoutTheCsrfTokenAreRefused() {
    Http.Response r = admin.http().postForm("/admin/topics/save",
        Map.of("topic", "sport", "block", NEVER_SPORT, "base", "x"));
    assertEquals(403, r.status());
    r = admin.http().postForm("/admin/topics/revert", Map.of("version", "0"));
    assertEquals(403, r.status());
    assertEquals(0, server.facetwire().topics().versions().list(10).size());
  }

  /**
   * A definition that is valid but costly (session 17's attack on the served jar): 30 lines of
   * {@code @bN = @bN-1, @bN-1}, 700 bytes, made the parser copy every list into the next one, 2^30 term ids for
   * one rule; the preview ran the server's heap out (OutOfMemoryError, a 500 with no body; the same file through
   * {@code topics set} or {@code FACETWIRE_TAXONOMY} would too). A list now keeps each term once, so it is
   * as long as the distinct terms it names: the preview answers, and the server goes on serving.
   */
  @Test
  void aListRepeatedInsideListsIsPreviewedWithoutRunningTheHeapOut() {
    StringBuilder block = new StringBuilder("[sport]\n@b0 = football, rugby\n");
    for (int i = 1; i <= 30; i++) {
      block.append("@b").append(i).append(" = @b").append(i - 1).append(", @b").append(i - 1).append('\n');
    }
    block.append("3  match near 5: @b30\n");
    Document editor = admin.get("/admin/topics/edit?topic=sport").html();
    Http.Response preview = admin.submit(editor, "form.topic-form", Map.of("block", block.toString()));
    assertEquals(200, preview.status(), preview.body());
    assertNotNull(preview.html().selectFirst(".added-count"), preview.body());
    assertEquals(200, server.http().get("/api/search?q=football").status(), "the server goes on serving");
  }

  /**
   * A definition that is valid and small but costly to run (session 17's attack): one rule of 3,000
   * {@code near 1000:} clauses on words every sentence holds, 42 KB, would have made every import and the re-tag
   * some 500 times slower. The preview and the save measure its work on the index's newest articles and refuse it
   * with the figures; nothing is stored.
   */
  @Test
  void aDefinitionHundredsOfTimesCostlierThanTodaysIsRefusedWithItsFigures() {
    int before = server.facetwire().topics().live().current().version();
    StringBuilder block = new StringBuilder("[sport]\n1  the");
    for (int i = 0; i < 3000; i++) {
      block.append(" near 1000: of");
    }
    Document editor = admin.get("/admin/topics/edit?topic=sport").html();
    Http.Response preview = admin.submit(editor, "form.topic-form", Map.of("block", block.toString()));
    assertEquals(400, preview.status(), preview.body());
    Element error = preview.html().selectFirst(".definition-error");
    assertNotNull(error, preview.body());
    assertTrue(error.text().contains("would cost about"), error.text());
    assertTrue(error.text().contains("newest articles"), error.text());

    Http.Response save = admin.http().postForm("/admin/topics/save", fields(editor, Map.of("block", block.toString())));
    assertEquals(400, save.status());
    assertTrue(save.html().selectFirst(".definition-error").text().contains("would cost about"), save.body());
    assertEquals(before, server.facetwire().topics().live().current().version(), "still the same version");
    assertTrue(server.facetwire().topics().versions().list(10).isEmpty(), "no version stored");
    // The whole file, as `facetwire topics set FILE` saves it, is measured the same way.
    String file = shippedTopics() + "\n" + block.toString().replace("[sport]", "[costly]");
    DefinitionCost.TooCostly refused = assertThrows(DefinitionCost.TooCostly.class,
        () -> server.facetwire().topics().saveFile(file, "cli", "costly"));
    assertTrue(refused.getMessage().startsWith("this definition would cost about"), refused.getMessage());
    assertTrue(server.facetwire().topics().versions().list(10).isEmpty(), "no version stored");
    assertEquals(200, server.http().get("/api/search?q=football").status(), "the server goes on serving");
  }

  @Test
  void aBadDefinitionIsRefusedWithItsLineAndNothingIsApplied() {
    int before = server.facetwire().topics().live().current().version();
    Document editor = admin.get("/admin/topics/edit?topic=sport").html();
    String bad = "[sport]\nthreshold = 3\ntreshold = 4\n2  vaccine\n";
    Http.Response preview = admin.submit(editor, "form.topic-form", Map.of("block", bad));
    assertEquals(400, preview.status());
    Element error = preview.html().selectFirst(".definition-error");
    assertNotNull(error, preview.body());
    assertTrue(error.text().startsWith("Line 3:"), error.text());
    assertTrue(error.text().contains("unknown setting 'treshold'"), error.text());

    Http.Response save = admin.http().postForm("/admin/topics/save", fields(editor, Map.of("block", bad)));
    assertEquals(400, save.status());
    assertTrue(save.html().selectFirst(".definition-error").text().contains("Line 3:"));
    // Another topic's header inside the block, and a renamed block, are refused the same way.
    Http.Response two = admin.http().postForm("/admin/topics/save",
        fields(editor, Map.of("block", "[sport]\n3  football\n[conflict]\n3  war\n")));
    assertEquals(400, two.status());
    assertTrue(two.html().selectFirst(".definition-error").text().startsWith("Line 3:"), two.body());

    assertEquals(before, server.facetwire().topics().live().current().version(), "still the same version");
    assertTrue(server.facetwire().topics().versions().list(10).isEmpty(), "no version stored");
  }

  @Test
  void previewPredictsTheReTagThenSaveVersionsAndRevert() {
    // A fresh server: this test saves versions, which would change the others' starting point.
    try (TestServer own = TestServer.start()) {
      own.importFixtures("fixtures/wikinews_2019.csv", "fixtures/wikinews_2020.csv");
      BrowserSession boss = own.browser();
      boss.signUp("boss@example.org", "boss password");
      long sportBefore = count(own, "sport");

      // Preview a definition no article meets: every sport article would lose it, none gain it.
      Document editor = boss.get("/admin/topics/edit?topic=sport").html();
      String original = editor.selectFirst("textarea[name=block]").wholeText();
      assertTrue(original.startsWith("[sport]"), original);
      Http.Response never = boss.submit(editor, "form.topic-form", Map.of("block", NEVER_SPORT));
      assertEquals(200, never.status(), never.body());
      assertEquals(sportBefore, number(never.html(), ".removed-count"));
      assertEquals(0, number(never.html(), ".added-count"));

      // Preview one that tags election stories, then save it.
      Http.Response preview = boss.submit(editor, "form.topic-form", Map.of("block", ELECTION_SPORT));
      assertEquals(200, preview.status(), preview.body());
      long added = number(preview.html(), ".added-count");
      long removed = number(preview.html(), ".removed-count");
      assertTrue(added > 0, "election stories would gain sport");
      // Every listed article is linked and its title escaped by the template.
      assertFalse(preview.html().select("ul.added a[href^=/articles/]").isEmpty());
      Http.Response saved = boss.http().postForm("/admin/topics/save", fields(preview.html(), Map.of()));
      assertEquals(303, saved.status(), saved.body());

      assertEquals(1, own.facetwire().topics().live().current().version(), "in use on this server at once");
      RetagState done = awaitRetag(own, 1);
      assertEquals(1, done.tagged());
      assertEquals(sportBefore + added - removed, count(own, "sport"), "the re-tag did what the preview said");

      Document list = boss.get("/admin/topics").html();
      assertEquals("1", list.selectFirst("#v1 .version-number").text());
      assertTrue(list.selectFirst("#v1").text().contains("in use"));
      assertTrue(list.selectFirst("#v1").text().contains("boss@example.org"));
      assertTrue(list.selectFirst(".retag-words").text().contains("tagged with version 1"));

      // One click back to the file the server started with: a new version equal to it.
      Http.Response revert = boss.submit(list, "#v0 form.revert-form", Map.of());
      assertEquals(303, revert.status(), revert.body());
      assertEquals(2, own.facetwire().topics().live().current().version());
      assertEquals(own.facetwire().topics().live().base().topicsText(),
          own.facetwire().topics().versions().get(2).orElseThrow().text());
      awaitRetag(own, 2);
      assertEquals(sportBefore, count(own, "sport"), "the revert re-tagged the index back");
      Document after = boss.get("/admin/topics").html();
      assertTrue(after.selectFirst("#v2 .version-note").text().contains("revert to version 0"));
      assertEquals(List.of("2", "1", "0"), after.select(".version-number").eachText(), "every version kept");
    }
  }

  /**
   * Session 29: a save stores the whole definition file with one block edited, made from the version in use; two
   * saves made from the same version (two tabs, two admins, or two servers of one installation) each took the
   * next free number, so the later one undid the earlier one's edit unseen, both answered 303 (and twelve at once
   * left four a 503, "cannot reach Elasticsearch", after five taken numbers). The clock stands in for "at once":
   * when the first save's store asks it the time, a second tab saves another topic. Before: both 303, the second
   * tab's edit no longer in use. Now the first is told 409 and nothing it sent is stored over the other.
   */
  @Test
  void twoEditsSavedAtOnceNeverUndoEachOther() {
    SavingClock clock = new SavingClock();
    try (TestServer own = TestServer.start(TestServer.testConfig(), clock)) {
      BrowserSession tab = own.browser();
      assertEquals(303, tab.signUp("two-tabs@example.org", "admin password").status());
      BrowserSession otherTab = own.browser();
      assertEquals(303, otherTab.signIn("two-tabs@example.org", "admin password").status());
      Document sport = tab.get("/admin/topics/edit?topic=sport").html();
      Document business = otherTab.get("/admin/topics/edit?topic=business").html();
      String businessBlock = business.selectFirst("textarea[name=block]").wholeText().stripTrailing()
          + "\n# edited in the other tab\n";
      Http.Response[] other = new Http.Response[1];
      clock.whenAVersionIsStored = () -> other[0] = otherTab.http().postForm("/admin/topics/save",
          fields(business, Map.of("block", businessBlock)));

      Http.Response first = tab.http().postForm("/admin/topics/save", fields(sport, Map.of("block", NEVER_SPORT)));
      assertNotNull(other[0], "the other tab saved while the first save was being stored");
      String inUse = own.facetwire().topics().live().extractor().topicsText();
      assertEquals(303, other[0].status(), other[0].body());
      assertTrue(inUse.contains("# edited in the other tab"), "the other tab's edit is in use");
      assertEquals(409, first.status(), "the first tab's text was made before the other's save: " + first.status());
      assertTrue(first.html().text().contains("Nothing was stored"), first.body());
      assertFalse(inUse.contains("threshold = 100"));
      assertEquals(1, own.facetwire().topics().versions().list(10).size(), "one version stored");
      // Saved again from the page it was given back, it lands on top of the other's edit.
      Http.Response again = tab.http().postForm("/admin/topics/save", fields(first.html(), Map.of()));
      assertEquals(303, again.status(), again.body());
      String now = own.facetwire().topics().live().extractor().topicsText();
      assertTrue(now.contains("threshold = 100") && now.contains("# edited in the other tab"), now);
    }
  }

  /** The real time, but once armed, runs its task (once) the moment the topic version store asks it the time. */
  private static final class SavingClock extends java.time.Clock {
    volatile Runnable whenAVersionIsStored;

    @Override
    public java.time.Instant instant() {
      Runnable task = whenAVersionIsStored;
      if (task != null && StackWalker.getInstance().walk(frames -> frames.anyMatch(f ->
          f.getClassName().equals("io.facetwire.topics.TopicVersionStore")))) {
        whenAVersionIsStored = null;
        task.run();
      }
      return java.time.Instant.now();
    }

    @Override
    public java.time.ZoneId getZone() {
      return java.time.ZoneOffset.UTC;
    }

    @Override
    public java.time.Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }

  @Test
  void aSecondServerOfTheInstallationTakesUpASavedVersion() {
    try (TestServer first = TestServer.start(); TestServer second = TestServer.startBeside(first)) {
      String text = "An election was held. The election result and the vote count were disputed.";
      assertFalse(second.facetwire().extractor().extract("Vote", text).values(io.facetwire.facet.Facet.TOPIC)
          .contains("sport"));
      assertTrue(first.facetwire().topics().save("sport", ELECTION_SPORT, "first@example.org", "test").ok());
      assertEquals(1, first.facetwire().topics().live().current().version());
      // Nobody tells the second server: its own scheduler job finds the version within a tick or two.
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (second.facetwire().topics().live().current().version() != 1 && System.nanoTime() < deadline) {
        pause();
      }
      assertEquals(1, second.facetwire().topics().live().current().version());
      assertTrue(second.facetwire().extractor().extract("Vote", text).values(io.facetwire.facet.Facet.TOPIC)
          .contains("sport"));
    }
  }

  static RetagState awaitRetag(TestServer s, int version) {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      RetagState state = s.facetwire().topics().versions().retagState();
      if (state.tagged() == version && !state.pending()) {
        return state;
      }
      s.facetwire().topics().tick();
    }
    throw new AssertionError("re-tag to version " + version + " did not finish: "
        + s.facetwire().topics().versions().retagState());
  }

  /** Between looks at another server's state: a short wait, not a measurement. */
  private static String shippedTopics() {
    try (java.io.InputStream in = TopicAdminRoutesTest.class.getResourceAsStream("/io/facetwire/extract/topics.txt")) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void pause() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static Map<String, String> fields(Document page, Map<String, String> values) {
    Element form = page.selectFirst("form.topic-form");
    Map<String, String> out = new java.util.LinkedHashMap<>();
    for (Element input : form.select("input[name], textarea[name]")) {
      out.put(input.attr("name"), input.tagName().equals("textarea") ? input.wholeText() : input.attr("value"));
    }
    out.putAll(values);
    return out;
  }

  private static Element row(Document page, String topic) {
    return page.select("tr.topic-row").stream().filter(r -> r.selectFirst(".topic-name").text().equals(topic))
        .findFirst().orElseThrow();
  }

  private static long number(Document page, String selector) {
    Element e = page.selectFirst(selector);
    assertNotNull(e, "no " + selector);
    return Long.parseLong(e.text());
  }

  private static long apiCount(String topic) {
    return count(server.server(), topic);
  }

  private static long count(TestServer s, String topic) {
    return s.http().get("/api/search?topic=" + Http.enc(topic)).json().path("total").asLong();
  }
}
