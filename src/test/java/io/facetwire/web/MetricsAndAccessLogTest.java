package io.facetwire.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.facetwire.support.BrowserSession;
import io.facetwire.support.Http;
import io.facetwire.support.ServerExtension;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Property;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code /metrics} is for an admin or the metrics token, and counts what happened: requests per route
 * template (never the raw path), Elasticsearch calls, imported and extracted articles, alert
 * deliveries. The access log has method, path, status, time and bytes of every request, and none of
 * the secrets a request can carry (tokens in paths or query strings, cookies, passwords).
 */
class MetricsAndAccessLogTest {

  static final String METRICS_TOKEN = "metrics-token-0123456789";
  @RegisterExtension
  static final ServerExtension server = ServerExtension.with(config -> config.withMetricsToken(METRICS_TOKEN))
      .fixtures("fixtures/wikinews_2019.csv");
  static final List<LogEvent> access = new CopyOnWriteArrayList<>();
  static AbstractAppender capture;

  @BeforeAll
  static void start() {
    capture = new AbstractAppender("capture", null, null, true, Property.EMPTY_ARRAY) {
      @Override
      public void append(LogEvent event) {
        access.add(event.toImmutable());
      }
    };
    capture.start();
    LoggerContext context = (LoggerContext) LogManager.getContext(false);
    LoggerConfig access = new LoggerConfig("io.facetwire.access", Level.INFO, true);
    access.addAppender(capture, Level.INFO, null);
    context.getConfiguration().addLogger("io.facetwire.access", access);
    context.updateLoggers();
  }

  @AfterAll
  static void stop() {
    LoggerContext context = (LoggerContext) LogManager.getContext(false);
    context.getConfiguration().removeLogger("io.facetwire.access");
    context.updateLoggers();
  }

  @Test
  void metricsNeedTheTokenOrAnAdmin() {
    Http http = server.http();
    assertEquals(401, http.get("/metrics").status());
    assertEquals(401, http.withBearer("wrong-token-0123456789").get("/metrics").status());
    BrowserSession admin = server.browser();
    admin.signUp("first-admin@example.org", "a long enough password 1");
    BrowserSession reader = server.browser();
    reader.signUp("reader@example.org", "a long enough password 2");
    assertEquals(403, reader.get("/metrics").status());
    Http.Response byAdmin = admin.get("/metrics");
    assertEquals(200, byAdmin.status());
    assertTrue(byAdmin.header("Content-Type").startsWith("text/plain; version=0.0.4"), byAdmin.header("Content-Type"));
  }

  @Test
  void healthTellsAnyoneTheStatusAndOnlyAnOperatorTheCluster() {
    // Before (until session 13): anyone read the cluster's name, its nodes and shard counts here.
    Http http = server.http();
    BrowserSession reader = server.browser();
    reader.signUp("health-reader@example.org", "a long enough password 3");
    for (String path : List.of("/health", "/health/ready")) {
      for (Http.Response r : List.of(http.get(path), reader.get(path))) {
        assertEquals(200, r.status(), path);
        assertEquals(List.of("status"), fieldNames(r.json()), path + ": " + r.body());
        assertEquals("ok", r.json().path("status").asText());
      }
      Http.Response operator = http.withBearer(METRICS_TOKEN).get(path);
      assertEquals(200, operator.status());
      assertEquals("green", operator.json().path("elasticsearch").path("status").asText(), operator.body());
      assertTrue(operator.json().path("elasticsearch").path("cluster").asText().length() > 0, operator.body());
      assertTrue(operator.json().path("elasticsearch").path("active_shards").asInt() > 0, operator.body());
      // Another token (an API client sends its own everywhere): the public answer, never a failed probe.
      Http.Response other = http.withBearer("wrong-token-0123456789").get(path);
      assertEquals(200, other.status(), other.body());
      assertEquals(List.of("status"), fieldNames(other.json()), other.body());
    }
  }

  private static List<String> fieldNames(com.fasterxml.jackson.databind.JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void metricsCountRequestsByRouteElasticsearchCallsImportsAndExtraction() throws Exception {
    Http http = server.http();
    String before = scrape();
    List<String> ids = List.of(
        http.get("/api/search?q=election").json().path("hits").get(0).path("id").asText(),
        http.get("/api/search?q=president").json().path("hits").get(0).path("id").asText());
    for (String id : ids) {
      assertEquals(200, http.get("/articles/" + Http.enc(id)).status());
    }
    assertEquals(200, server.api().post("/api/articles", "application/x-ndjson",
        "{\"id\":\"m1\",\"title\":\"Oil in Norway\",\"body\":\"Talks in Oslo.\"}\n"
            + "{\"id\":\"m2\",\"title\":\"Gas in Russia\",\"body\":\"Vladimir Putin spoke.\"}\n"
            + "{\"id\":\"m3\",\"title\":\"Coal in Poland\",\"body\":\"Miners in Warsaw.\"}\n").status());
    server.facetwire().alerts().awaitIdle(java.time.Duration.ofSeconds(30));
    String after = scrape();

    String apiSearch = "facetwire_http_requests_seconds_count{method=\"GET\",route=\"/api/search\",status=\"200\"}";
    assertEquals(2, value(after, apiSearch) - value(before, apiSearch), "two searches counted under their route");
    String article = "facetwire_http_requests_seconds_count{method=\"GET\",route=\"/articles/{id}\",status=\"200\"}";
    assertEquals(2, value(after, article) - value(before, article), "two article pages under one route template");
    for (String id : ids) {
      assertFalse(after.contains(id), "no raw path or id in the metrics: " + id);
    }
    assertTrue(after.contains("facetwire_http_requests_seconds_bucket{method=\"GET\",route=\"/api/search\",status=\"200\",le=\""),
        "a latency histogram per route");
    assertTrue(value(after, "facetwire_elasticsearch_requests_seconds_count{api=\"search\",outcome=\"ok\"}")
        - value(before, "facetwire_elasticsearch_requests_seconds_count{api=\"search\",outcome=\"ok\"}") >= 4,
        "Elasticsearch searches are timed");
    assertEquals(3, value(after, "facetwire_import_articles_total{outcome=\"indexed\"}")
        - value(before, "facetwire_import_articles_total{outcome=\"indexed\"}"));
    assertEquals(3, value(after, "facetwire_extraction_seconds_count") - value(before, "facetwire_extraction_seconds_count"));
    assertTrue(after.contains("facetwire_import_runs_seconds_count"), "import runs are timed");
    assertTrue(after.contains("facetwire_alert_deliveries_total{outcome=\"delivered\"}"), "alert deliveries are counted");
    assertTrue(after.contains("jvm_memory_used_bytes"), "and the JVM's own meters");
  }

  @Test
  void theAccessLogHasTheRequestButNoSecret() throws Exception {
    Http http = server.http();
    http.get("/search?q=confidentialword&token=querysecret123");
    http.get("/shared/pathsecret123456789");
    http.get("/feeds/feedsecret123456789?key=feedkey987");
    http.send(HttpRequest.newBuilder(URI.create(http.base() + "/api/search?q=oil"))
        .header("Cookie", "fw_session=cookiesecret123").header("Authorization", "Bearer headersecret123").build());
    server.browser().post("/signin", Map.of("email", "nobody@example.org", "password", "passwordsecret123"));

    String search = awaitLine("GET /search 200");
    assertTrue(search.matches("GET /search 200 \\d+ ms \\d+ B"), search);
    assertTrue(awaitLine("GET /shared/{token} ").startsWith("GET /shared/{token} 404"));
    awaitLine("GET /feeds/{token} ");
    awaitLine("GET /api/search 200");
    awaitLine("POST /signin ");
    LogEvent event = access.stream().filter(e -> e.getMessage().getFormattedMessage().startsWith("GET /search 200"))
        .findFirst().orElseThrow();
    assertEquals("/search", event.getContextData().getValue("url.path"), "structured fields for JSON logs");
    assertEquals("200", String.valueOf((Object) event.getContextData().getValue("http.response.status_code")));
    String everything = String.join("\n", access.stream().map(e -> e.getMessage().getFormattedMessage()
        + " " + e.getContextData().toMap()).toList());
    for (String secret : List.of("confidentialword", "querysecret123", "pathsecret", "feedsecret", "feedkey987",
        "cookiesecret123", "headersecret123", "passwordsecret123")) {
      assertFalse(everything.contains(secret), secret + " in the access log:\n" + everything);
    }
  }

  /** Jetty logs a request once it has sent all of it, which can be just after the client has read it. */
  private static String awaitLine(String start) throws InterruptedException {
    for (int i = 0; i < 3000; i++) {
      for (LogEvent e : access) {
        String line = e.getMessage().getFormattedMessage();
        if (line.startsWith(start)) {
          return line;
        }
      }
      Thread.sleep(20);
    }
    throw new AssertionError("no access log line starting with '" + start + "' in " + access.size() + " lines");
  }

  private static String scrape() {
    Http.Response r = server.http().withBearer(METRICS_TOKEN).get("/metrics");
    assertEquals(200, r.status());
    return r.body();
  }

  /** The value of one series in the Prometheus text (0 when absent). */
  static double value(String text, String series) {
    return text.lines().filter(l -> l.startsWith(series + " ")).findFirst()
        .map(l -> Double.parseDouble(l.substring(series.length() + 1).strip())).orElse(0.0);
  }
}
