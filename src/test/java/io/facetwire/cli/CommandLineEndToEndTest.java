package io.facetwire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.facetwire.support.Http;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The command line as a newcomer uses it, in real separate processes: {@code serve} on a fresh data
 * folder loads the demo corpus; {@code import} works beside the running server and alone; the summary
 * and exit code tell the truth about bad records.
 */
class CommandLineEndToEndTest {

  /** The demo corpus: the first article and the demo's 293 Wikinews articles. */
  private static final int DEMO_ARTICLES = 294;

  final CliProcesses cli = new CliProcesses();

  @AfterEach
  void stopAll() throws InterruptedException {
    cli.close();
  }

  @Test
  void serveLoadsTheDemoAndImportWorksBesideTheServerAndWithoutIt() throws Exception {
    Path data = Files.createTempDirectory("facetwire-cli");
    int port = CliProcesses.freePort();

    // As a user starts it: with the import warm-up, which the import below meets or follows.
    Process server = cli.start(data.resolve("serve.log"), Map.of("FACETWIRE_IMPORT_WARM_UP", "3000"), "serve",
        "--port", Integer.toString(port), "--data-dir", data.toString());
    CliProcesses.waitForLine(server, data.resolve("serve.log"), "Facetwire is running at");
    Http http = new Http("http://127.0.0.1:" + port);
    JsonNode demo = http.get("/api/search").json();
    assertEquals(DEMO_ARTICLES, demo.path("total").asInt(), "the first article plus 293 Wikinews articles");
    assertEquals(200, http.get("/").status());
    // (Its topic is sanctions; Syria and cybersecurity are passing mentions: see ImportPipelineTest.)
    JsonNode seed = http.get("/api/search?q=Solovyov&country=Russia&person=Vladimir+Putin").json();
    assertEquals(1, seed.path("total").asInt(), "the first article is found under its facets");

    // Import beside the running server: it uses the server's node (whose folder is locked).
    CliProcesses.Result imported = cli.run(data.resolve("import1.log"), "import", "--data-dir", data.toString(),
        fixture("fixtures/reut2-000.sgm"), fixture("fixtures/malformed/articles-with-errors.jsonl"));
    assertEquals(1, imported.exitCode(), imported.output());
    assertTrue(imported.output().contains("Sending the files to the server at"), "the server does the work: "
        + imported.output());
    assertTrue(imported.output().contains("read 1009, indexed 1004, unchanged 0, failed 5"), imported.output());
    assertTrue(imported.output().contains("articles-with-errors.jsonl, line 4: invalid JSON"), imported.output());
    JsonNode after = http.get("/api/search?q=cocoa+Bahia&size=1").json();
    assertTrue(after.path("total").asInt() >= 1, "Reuters cocoa stories are searchable");
    assertTrue(after.path("facets").path("country").toString().contains("Brazil"), "and in the facets");

    CliProcesses.Result again = cli.run(data.resolve("import2.log"), "import", "--data-dir", data.toString(),
        fixture("fixtures/reut2-000.sgm"));
    assertTrue(again.output().contains("read 1000, indexed 0, unchanged 1000, failed 0"), again.output());
    CliProcesses.Result inProcess = cli.run(data.resolve("import2b.log"), "import", "--in-process", "--data-dir", data.toString(),
        fixture("fixtures/reut2-000.sgm"));
    assertTrue(!inProcess.output().contains("Sending the files"), inProcess.output());
    assertTrue(inProcess.output().contains("read 1000, indexed 0, unchanged 1000, failed 0"), inProcess.output());
    JsonNode all = http.get("/api/search").json();
    // Articles, not stories: Reuters' corrected repeats are grouped into one story each (total counts stories).
    assertEquals(DEMO_ARTICLES + 1004, all.path("articles").asInt(), "no duplicates");
    // The warm-up ended (it finished first, or gave way to the import) and wrote none of those articles.
    CliProcesses.waitForLine(server, data.resolve("serve.log"), "Import warm-up:");
    assertFalse(Files.readString(data.resolve("serve.log")).contains("Import warm-up: failed"));
    assertEquals(DEMO_ARTICLES + 1004, http.get("/api/search").json().path("articles").asInt());
    assertTrue(all.path("total").asInt() < all.path("articles").asInt(), "copies are grouped: " + all.path("total"));

    // Without the server: the command starts its own node on the same folder.
    server.destroy(); // SIGTERM: a graceful stop, logged step by step, with the exit code systemd expects
    assertTrue(server.waitFor(60, TimeUnit.SECONDS));
    assertEquals(143, server.exitValue());
    String serveLog = Files.readString(data.resolve("serve.log"), StandardCharsets.UTF_8);
    assertTrue(serveLog.contains("Stopping: no new connections"), serveLog);
    assertTrue(serveLog.matches("(?s).*ServerShutdown Stopped in \\d+ ms.*"), serveLog);
    assertTrue(serveLog.contains("access GET /api/search 200"), "the access log: " + serveLog);
    CliProcesses.Result alone = cli.run(data.resolve("import3.log"), "import", "--data-dir", data.toString(),
        "--source", "Example", "--date", "2021-05-01", fixture("fixtures/bbc/tech/001.txt"));
    assertEquals(0, alone.exitCode(), alone.output());
    assertTrue(alone.output().contains("read 1, indexed 1, unchanged 0, failed 0"), alone.output());

    CliProcesses.Result help = cli.run(data.resolve("help.log"), "import", "--help");
    assertEquals(0, help.exitCode());
    assertTrue(help.output().contains("--source"));
    CliProcesses.Result extract = cli.run(data.resolve("extract.log"), "extract", fixture("fixtures/us-embassy-staff-cut.txt"));
    assertEquals(0, extract.exitCode(), extract.output());
    assertTrue(extract.output().contains("\"persons\":[\"Vladimir Putin\",\"Vladimir Solovyov\"]"), extract.output());

    // The user edits the taxonomy and re-enriches what is indexed, without the source files.
    Path taxonomy = data.resolve("my-topics.txt");
    Files.writeString(taxonomy, "threshold = 2\nmentions = 1\n[cocoa]\n2 cocoa\n", StandardCharsets.UTF_8);
    CliProcesses.Result enriched = cli.run(data.resolve("enrich.log"), "enrich", "--data-dir", data.toString(),
        "--taxonomy", taxonomy.toString());
    assertEquals(0, enriched.exitCode(), enriched.output());
    int indexed = DEMO_ARTICLES + 1004 + 1;
    assertTrue(enriched.output().contains("articles in the index: " + indexed + " before, " + indexed + " after"),
        enriched.output());
    assertTrue(enriched.output().matches("(?s).*Enriched: read " + indexed + " of " + indexed + ", updated [1-9][0-9]*, .*"),
        enriched.output());

    // A server on the same taxonomy (by environment variable) shows what the index holds.
    // ... logging JSON lines this time (what a log shipper reads).
    Process again2 = cli.start(data.resolve("serve2.log"), Map.of("FACETWIRE_TAXONOMY", taxonomy.toString(),
            "FACETWIRE_LOG_FORMAT", "json"),
        "serve", "--port", Integer.toString(port), "--data-dir", data.toString());
    CliProcesses.waitForLine(again2, data.resolve("serve2.log"), "Facetwire is running at");
    for (String line : Files.readAllLines(data.resolve("serve2.log"), StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        JsonNode event = io.facetwire.Json.mapper().readTree(line);
        assertTrue(event.has("@timestamp") && event.has("message") && event.has("log.level"), line);
      }
    }
    JsonNode cocoa = http.get("/api/search?topic=cocoa&size=1").json();
    assertTrue(cocoa.path("total").asInt() >= 1, cocoa.toString());
    List<String> topicValues = new ArrayList<>();
    cocoa.path("facets").path("topic").forEach(v -> topicValues.add(v.path("value").asText()));
    assertEquals(List.of("cocoa"), topicValues, "only the edited taxonomy's topics are left");
    JsonNode hit = cocoa.path("hits").get(0);
    JsonNode stored = http.get("/api/articles/" + Http.enc(hit.path("id").asText())).json();
    JsonNode extracted = http.post("/api/extract", "application/json",
        io.facetwire.Json.mapper().writeValueAsString(Map.of("title", stored.path("title").asText(),
            "body", stored.path("body").asText()))).json();
    assertEquals(stored.path("topics"), extracted.path("topics"));
    assertEquals(stored.path("countries"), extracted.path("countries"));
    assertEquals(stored.path("persons"), extracted.path("persons"));
  }

  @Test
  void anUnreachableClusterStopsStartUpWithOneClearLine() throws Exception {
    Path data = Files.createTempDirectory("facetwire-cli-down");
    Process p = cli.start(data.resolve("down.log"), Map.of("ELASTICSEARCH_URL", "http://127.0.0.1:" + CliProcesses.freePort()),
        "serve", "--port", Integer.toString(CliProcesses.freePort()), "--data-dir", data.toString());
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    String output = Files.readString(data.resolve("down.log"), StandardCharsets.UTF_8).strip();
    assertEquals(3, p.exitValue(), output);
    assertEquals(1, output.lines().count(), output);
    assertTrue(output.startsWith("facetwire: Cannot reach Elasticsearch at http://127.0.0.1:"), output);
  }

  @Test
  void sourcesAreManagedAndPolledFromTheCommandLine() throws Exception {
    Path data = Files.createTempDirectory("facetwire-cli-sources");
    try (io.facetwire.sources.FixtureSite site = new io.facetwire.sources.FixtureSite()) {
      var wiki = io.facetwire.sources.FeedFixtures.wikinews().subList(0, 3);
      site.put("/wire.xml", "application/rss+xml", io.facetwire.sources.FeedFixtures.rss20("Wire", wiki,
          a -> site.url("/story/" + io.facetwire.sources.FeedFixtures.slug(a)), true));
      CliProcesses.Result refused = cli.run(data.resolve("refused.log"), "sources", "add", site.url("/wire.xml"), "--name", "Wire",
          "--data-dir", data.toString());
      assertEquals(1, refused.exitCode(), refused.output());
      assertEquals("facetwire: That address leads to this machine or a private network; Facetwire does not fetch from there.",
          refused.output().strip());
      Map<String, String> allow = Map.of("FACETWIRE_SOURCES_ALLOW_PRIVATE", "true");
      CliProcesses.Result added = cli.run(data.resolve("add.log"), allow, "sources", "add", site.url("/wire.xml"), "--name", "Wire",
          "--interval", "30", "--data-dir", data.toString());
      assertEquals(0, added.exitCode(), added.output());
      assertTrue(added.output().contains("Added Wire ("), added.output());
      CliProcesses.Result polled = cli.run(data.resolve("poll.log"), allow, "sources", "poll", "--data-dir", data.toString());
      assertEquals(0, polled.exitCode(), polled.output());
      assertTrue(polled.output().contains(": 3 items, 3 new, 0 known, 0 item errors"), polled.output());
      CliProcesses.Result listed = cli.run(data.resolve("list.log"), "sources", "list", "--data-dir", data.toString());
      assertTrue(listed.output().contains("Wire  every 30 min  " + site.url("/wire.xml")), listed.output());
      assertTrue(listed.output().contains("articles: 3 last day, 3 last week"), listed.output());
    }
  }

  @Test
  void topicVersionsAreCheckedSetAndListedFromTheCommandLine() throws Exception {
    Path data = Files.createTempDirectory("facetwire-cli-topics");
    Path bad = data.resolve("bad-topics.txt");
    Files.writeString(bad, "[health]\nthreshold = 3\n2 vaccine near ten: virus\n");
    CliProcesses.Result refused = cli.run(data.resolve("bad.log"), "topics", "set", bad.toString(), "--data-dir", data.toString());
    assertEquals(1, refused.exitCode(), refused.output());
    assertTrue(refused.output().startsWith("facetwire: " + bad + ":3: "), refused.output());
    assertTrue(refused.output().strip().endsWith("(nothing saved)"), refused.output());

    Path good = data.resolve("topics.txt");
    Files.writeString(good, "[health]\nthreshold = 3\n3  vaccine, epidemic\n[sport]\n3  football\n");
    CliProcesses.Result set = cli.run(data.resolve("set.log"), "topics", "set", good.toString(), "--note", "two topics",
        "--data-dir", data.toString());
    assertEquals(0, set.exitCode(), set.output());
    assertTrue(set.output().contains("Saved version 1."), set.output());
    assertTrue(set.output().contains("The index is tagged with version 1."), set.output());
    CliProcesses.Result listed = cli.run(data.resolve("list.log"), "topics", "list", "--data-dir", data.toString());
    assertTrue(listed.output().contains("Version in use: 1"), listed.output());
    assertTrue(listed.output().contains("  1  ") && listed.output().contains("cli  two topics"), listed.output());
    assertTrue(listed.output().contains("sport"), listed.output());
  }






  private static String fixture(String resource) throws URISyntaxException {
    return new File(CommandLineEndToEndTest.class.getClassLoader().getResource(resource).toURI()).getPath();
  }


}
