package io.facetwire.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch._types.HealthStatus;
import com.fasterxml.jackson.databind.JsonNode;
import io.facetwire.Facetwire;
import io.facetwire.article.ReadOptions;
import io.facetwire.engine.ElasticsearchSettings;
import io.facetwire.engine.IndexLayout;
import io.facetwire.engine.IndexNames;
import io.facetwire.engine.embedded.EmbeddedElasticsearch;
import io.facetwire.engine.embedded.EmbeddedElasticsearch.ClusterNode;
import io.facetwire.ingest.ImportSummary;
import io.facetwire.support.Http;
import io.facetwire.support.TestServer;
import io.facetwire.web.App;
import io.javalin.Javalin;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Facetwire on a real three-node Elasticsearch cluster formed on loopback (three nodes in this JVM,
 * each with its own folder and ports), articles with one replica: a node goes away, every search
 * still finds every article and /health says "degraded"; the node comes back and the cluster is green.
 */
class ThreeNodeClusterTest {

  private static final String OPERATOR_TOKEN = "cluster-operator-token-0123456789";

  private static final List<String> NAMES = List.of("fw-node-1", "fw-node-2", "fw-node-3");

  private final List<ClusterNode> specs = new ArrayList<>();
  private final EmbeddedElasticsearch[] nodes = new EmbeddedElasticsearch[3];
  private Facetwire facetwire;
  private Javalin app;

  @AfterEach
  void tearDown() {
    if (app != null) {
      app.stop();
    }
    if (facetwire != null) {
      facetwire.close();
    }
    for (EmbeddedElasticsearch node : nodes) {
      if (node != null) {
        node.close();
      }
    }
  }

  @Test
  void searchesFindEveryArticleWhileANodeIsAwayAndTheClusterHealsWhenItRejoins() throws Exception {
    startCluster();
    List<String> urls = specs.stream().map(s -> "http://127.0.0.1:" + s.httpPort()).toList();
    ElasticsearchSettings settings = new ElasticsearchSettings(urls, null, null, null, null, null,
        new IndexLayout(2, 1));
    facetwire = Facetwire.open(settings, Files.createTempDirectory("fw-cluster-app"), new IndexNames("c-"),
        TestServer.extractor(), io.facetwire.FacetwireConfig.defaults().withMetricsToken(OPERATOR_TOKEN));
    awaitClusterStatus(HealthStatus.Green, 3);

    ImportSummary wikinews = TestServer.importFixtures(facetwire.importer(), ReadOptions.NONE,
        "fixtures/wikinews_2019.csv", "fixtures/wikinews_2020.csv");
    ImportSummary seed = TestServer.importFixtures(facetwire.importer(),
        new ReadOptions("RT", Instant.parse("2017-07-30T18:00:00Z")), "fixtures/us-embassy-staff-cut.txt");
    assertEquals(0, wikinews.failed() + seed.failed());
    long articles = wikinews.indexed() + seed.indexed();
    assertTrue(articles > 250, "imported " + articles);

    var index = facetwire.engine().client().indices().getSettings(g -> g.index("c-articles"));
    var indexSettings = index.result().values().iterator().next().settings().index();
    assertEquals("2", indexSettings.numberOfShards());
    assertEquals("1", indexSettings.numberOfReplicas());

    app = App.create(facetwire).start("127.0.0.1", 0);
    Http http = new Http("http://127.0.0.1:" + app.port());
    // The cluster's figures on /health are for operators (the metrics token) since session 13.
    Http operator = http.withBearer(OPERATOR_TOKEN);
    assertEquals("ok", http.get("/health").json().path("status").asText());
    Set<String> allIds = allArticleIds(http);
    assertEquals(articles, allIds.size());
    Map<String, List<String>> before = sampleSearches(http);

    // A node other than the elected master leaves: its shard copies are gone until it returns.
    int victim = nonMasterNode();
    nodes[victim].close();
    nodes[victim] = null;

    JsonNode degraded = awaitHealth(operator, "degraded");
    assertEquals(200, http.get("/health").status());
    assertEquals("yellow", degraded.path("elasticsearch").path("status").asText());
    assertEquals(2, degraded.path("elasticsearch").path("nodes").asInt());
    assertEquals(allIds, allArticleIds(http), "every article is still found");
    assertEquals(before, sampleSearches(http), "every search answers as before");
    assertEquals(200, http.get("/search?q=Putin").status());

    // The node comes back on the same folder and ports and takes its shard copies back.
    nodes[victim] = EmbeddedElasticsearch.startClusterNode(specs.get(victim).rejoining());
    awaitClusterStatus(HealthStatus.Green, 3);
    JsonNode healed = awaitHealth(operator, "ok");
    assertEquals(3, healed.path("elasticsearch").path("nodes").asInt());
    assertEquals(0, healed.path("elasticsearch").path("unassigned_shards").asInt());
    assertEquals(allIds, allArticleIds(http));
    assertEquals(before, sampleSearches(http));
  }

  private void startCluster() throws Exception {
    List<Integer> transportPorts = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      transportPorts.add(freePort());
    }
    List<String> seeds = transportPorts.stream().map(p -> "127.0.0.1:" + p).toList();
    for (int i = 0; i < 3; i++) {
      specs.add(new ClusterNode(Files.createTempDirectory("fw-cluster-" + i), "fw-test-cluster", NAMES.get(i),
          freePort(), transportPorts.get(i), seeds, NAMES));
    }
    // In parallel: each node start takes seconds, and none waits for the others to form the cluster.
    ExecutorService starter = Executors.newFixedThreadPool(3);
    try {
      List<Future<EmbeddedElasticsearch>> started = new ArrayList<>();
      for (ClusterNode spec : specs) {
        started.add(starter.submit(() -> EmbeddedElasticsearch.startClusterNode(spec)));
      }
      for (int i = 0; i < 3; i++) {
        nodes[i] = started.get(i).get();
      }
    } finally {
      starter.shutdown();
    }
  }

  private void awaitClusterStatus(HealthStatus status, int nodeCount) throws Exception {
    var health = facetwire.engine().client().cluster().health(h -> h.waitForStatus(status)
        .waitForNodes(Integer.toString(nodeCount)).waitForNoRelocatingShards(true).timeout(t -> t.time("60s")));
    assertTrue(!health.timedOut(), "cluster reached " + status + " with " + nodeCount + " nodes: " + health.status());
  }

  private int nonMasterNode() throws Exception {
    String masterName = facetwire.engine().client().cat().master().valueBody().get(0).node();
    int victim = NAMES.indexOf(masterName) == 2 ? 1 : 2;
    assertNotEquals(masterName, NAMES.get(victim));
    return victim;
  }

  private static JsonNode awaitHealth(Http http, String status) throws InterruptedException {
    JsonNode last = null;
    for (int i = 0; i < 300; i++) {
      Http.Response r = http.get("/health");
      last = r.json();
      if (status.equals(last.path("status").asText())) {
        return last;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("/health never said " + status + ", last: " + last);
  }

  /** Every article id, paging through the API oldest first (ties broken by id, so pages are stable). */
  private static Set<String> allArticleIds(Http http) {
    Set<String> ids = new LinkedHashSet<>();
    for (int page = 1; page <= 10; page++) {
      Http.Response r = http.get("/api/search?sort=oldest&size=100&page=" + page);
      assertEquals(200, r.status(), r.body());
      JsonNode hits = r.json().path("hits");
      hits.forEach(h -> ids.add(h.path("id").asText()));
      if (hits.size() < 100) {
        break;
      }
    }
    return ids;
  }

  /** Totals and first-page ids of searches that use words, phrases, exclusions, facets and sorts. */
  private static Map<String, List<String>> sampleSearches(Http http) {
    Map<String, List<String>> answers = new LinkedHashMap<>();
    for (String query : List.of("q=Putin", "q=election&sort=newest", "q=%22prime+minister%22",
        "q=president+-Trump", "country=United+States", "country=Russia&topic=Sanctions",
        "q=government&country=United+Kingdom&page=2&size=5")) {
      Http.Response r = http.get("/api/search?" + query);
      assertEquals(200, r.status(), query + ": " + r.body());
      List<String> answer = new ArrayList<>();
      answer.add("total=" + r.json().path("total").asLong());
      r.json().path("hits").forEach(h -> answer.add(h.path("id").asText()));
      answers.put(query, answer);
    }
    return answers;
  }

  private static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
